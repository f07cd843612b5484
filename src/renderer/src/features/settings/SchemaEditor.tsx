// The tag schema settings: each category's label, key and colour, and the values of its types and
// attributes (rename, rekey, add, remove). Edits apply to a draft; Save writes a new schema version.
// Removing a value never touches annotations: those that use it are flagged until fixed.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useModalFocus } from '../../components/use-modal-focus'
import type { Result } from '@shared/result'
import {
  addValue,
  removeValue,
  renameCategory,
  renameValue,
  setCategoryColor,
  setCategoryKey,
  setValueKey,
  type ValueListRef,
} from '@shared/model/schema-edits'
import type { TagSchema, ValueDefinition } from '@shared/model/tag-schema'
import { attributeLabel, schemaName } from '../../i18n/schema-text'

interface SchemaEditorProps {
  readonly schema: TagSchema
  readonly onSave: (schema: TagSchema) => Promise<boolean>
  readonly onClose: () => void
}

export function SchemaEditor({ schema, onSave, onClose }: SchemaEditorProps) {
  const dialog = useModalFocus<HTMLDivElement>(onClose)
  const { t } = useTranslation('settings')
  const [draft, setDraft] = useState(schema)
  const [problem, setProblem] = useState<string | null>(null)
  const edit = (result: Result<TagSchema>): void => {
    if (result.ok) {
      setDraft(result.value)
      setProblem(null)
    } else setProblem(result.error.message)
  }
  return (
    <div className="modal-backdrop">
      <div
        className="modal wide"
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby="schema-title"
        data-testid="schema-editor"
      >
        <h2 id="schema-title">{t('title', { name: schemaName(draft) })}</h2>
        <p className="hint">
          {draft.version !== schema.version
            ? t('versionUnsaved', { version: schema.version, next: draft.version })
            : t('version', { version: schema.version })}{' '}
          {t('removalHint')}
        </p>
        {problem && (
          <p className="form-error" role="alert" data-testid="schema-error">
            {problem}
          </p>
        )}
        {draft.categories.map((c) => (
          <fieldset key={c.id} className={`schema-category cat-${c.id}`}>
            <legend>
              <span className="swatch" aria-hidden="true" /> {c.id}
            </legend>
            <div className="schema-row">
              <label>
                {t('label')}
                <input
                  defaultValue={c.label}
                  onBlur={(e) => edit(renameCategory(draft, c.id, e.target.value))}
                />
              </label>
              <label>
                {t('key')}
                <input
                  className="key"
                  maxLength={1}
                  defaultValue={c.key}
                  onBlur={(e) => edit(setCategoryKey(draft, c.id, e.target.value))}
                />
              </label>
              <label>
                {t('colour')}
                <input
                  type="color"
                  value={c.color}
                  onChange={(e) => edit(setCategoryColor(draft, c.id, e.target.value))}
                />
              </label>
            </div>
            {c.types.length > 0 && (
              <ValueList
                title={t('types')}
                list={{ category: c.id, attribute: 'type' }}
                values={c.types}
                draft={draft}
                edit={edit}
              />
            )}
            {c.attributes
              .filter((a) => a.kind === 'enum')
              .map((a) => (
                <ValueList
                  key={a.id}
                  title={attributeLabel(c, a)}
                  list={{ category: c.id, attribute: a.id }}
                  values={a.values}
                  draft={draft}
                  edit={edit}
                />
              ))}
          </fieldset>
        ))}
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={draft === schema}
            data-testid="schema-save"
            onClick={() => void onSave(draft).then((saved) => saved && onClose())}
          >
            {t('save')}
          </button>
        </div>
      </div>
    </div>
  )
}

interface ValueListProps {
  readonly title: string
  readonly list: ValueListRef
  readonly values: readonly ValueDefinition[]
  readonly draft: TagSchema
  readonly edit: (result: Result<TagSchema>) => void
}

function ValueList({ title, list, values, draft, edit }: ValueListProps) {
  const { t } = useTranslation('settings')
  const [newValue, setNewValue] = useState('')
  const testid = `values-${list.category}-${list.attribute}`
  return (
    <div className="value-list" data-testid={testid}>
      <h3>{title}</h3>
      <ul>
        {values.map((v) => (
          <li key={v.id}>
            <code>{v.id}</code>
            <input
              aria-label={t('valueLabel', { id: v.id })}
              defaultValue={v.label}
              onBlur={(e) => edit(renameValue(draft, list, v.id, e.target.value))}
            />
            <input
              aria-label={t('valueKey', { id: v.id })}
              className="key"
              maxLength={1}
              defaultValue={v.key}
              onBlur={(e) => edit(setValueKey(draft, list, v.id, e.target.value))}
            />
            <button
              type="button"
              className="link"
              aria-label={t('removeValue', { id: v.id })}
              data-testid={`remove-${v.id}`}
              onClick={() => edit(removeValue(draft, list, v.id))}
            >
              {t('remove')}
            </button>
          </li>
        ))}
      </ul>
      <form
        className="add-value"
        onSubmit={(e) => {
          e.preventDefault()
          const id = newValue.trim()
          if (!id) return
          const key =
            [...id.toLowerCase()].find((ch) => /[a-z]/.test(ch) && !values.some((v) => v.key === ch)) ?? ''
          edit(addValue(draft, list, { id, label: id, key }))
          setNewValue('')
        }}
      >
        <input
          placeholder={t('newValue', { list: title })}
          aria-label={t('newValue', { list: title })}
          value={newValue}
          onChange={(e) => setNewValue(e.target.value)}
        />
        <button type="submit" className="small">
          {t('add')}
        </button>
      </form>
    </div>
  )
}
