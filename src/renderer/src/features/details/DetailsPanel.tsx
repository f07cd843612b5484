// The details of the selected annotation: label and type, attributes, roles (filled by clicking an entity
// in the text or creating one on the spot), a note (always shown as text), schema problems, author and
// times. Every edit is one undoable step. A newly selected annotation (a click, undo of a delete) shows its
// label, delete button and words in the edit's own frame; the fields below follow in the next render.
import { useDeferredValue } from 'react'
import { useTranslation } from 'react-i18next'
import type { Annotation } from '@shared/model/annotation'
import { findCategory, flatLabel, TYPE_ATTRIBUTE, type TagSchema } from '@shared/model/tag-schema'
import { findSchemaProblems } from '@shared/model/schema-problems'
import { displayShortcut } from '../../commands/command'
import { formatDateTime } from '../../i18n/format'
import { attributeLabel, categoryLabel, typeLabel, valueLabel } from '../../i18n/schema-text'
import type { AnnotationEditing } from '../../state/annotation-editing'
import { editorMode } from '../../state/editor-mode'
import { useStore } from '../../state/store'
import { CommitField } from './CommitField'
import { problemText } from './problem-text'
import { RoleEditor } from './RoleEditor'

interface DetailsPanelProps {
  readonly editing: AnnotationEditing
  readonly schema: TagSchema
}

export function DetailsPanel({ editing, schema }: DetailsPanelProps) {
  // Only the selected annotation re-renders the panel: other edits leave it alone. The annotations its
  // roles point to are read when it renders (they change only when selected themselves, or deleted,
  // which also edits this one).
  const a = useStore(editing.state, (s) => (s.selectedId ? s.annotations.byId.get(s.selectedId) : undefined))
  const { t } = useTranslation('details')
  // False on the panel's first render only, then true in a deferred re-render: the selection's frame
  // does not wait for the attribute fields, roles and problems.
  const fieldsShown = useDeferredValue(true, false)
  if (!a) return null
  return (
    <section className="details" aria-label={t('region')} data-testid="details-panel">
      <div className="details-head">
        <span className={`chip strong cat-${a.label}`}>
          <span className="swatch" aria-hidden="true" />
          {flatLabel(a)}
        </span>
        <button
          type="button"
          className="small danger"
          onClick={() => editing.remove(a.id)}
          title={t('deleteTitle', { key: displayShortcut('Delete') })}
        >
          {t('delete')}
        </button>
      </div>
      <blockquote className="details-quote" data-testid="details-quote">
        {a.fragments
          ? a.fragments.map((f) => sliceQuote(editing, f.start, f.end)).join(' … ')
          : a.quote.exact}
      </blockquote>
      {fieldsShown && <DetailsFields a={a} editing={editing} schema={schema} />}
    </section>
  )
}

/** Everything under the quote: label and attributes, roles, note, schema problems, provenance. */
function DetailsFields({ a, editing, schema }: DetailsPanelProps & { readonly a: Annotation }) {
  const { t } = useTranslation('details')
  const byId = editing.state.get().annotations.byId
  const category = findCategory(schema, a.label)
  const problems = findSchemaProblems(a, schema, byId)
  return (
    <>
      <div className="field-grid">
        <label htmlFor="details-category">{t('category')}</label>
        <select
          id="details-category"
          value={a.label}
          data-testid="details-category"
          onChange={(e) => editing.retag(a.id, e.target.value, undefined)}
        >
          {schema.categories.map((c) => (
            <option key={c.id} value={c.id}>
              {categoryLabel(c)}
            </option>
          ))}
          {!category && <option value={a.label}>{t('notInSchema', { label: a.label })}</option>}
        </select>
        {category && category.types.length > 0 && (
          <ValueSelect
            id="details-type"
            label={t('type')}
            value={a.attributes[TYPE_ATTRIBUTE]}
            values={category.types.map((v) => ({ id: v.id, label: typeLabel(category, v) }))}
            onChange={(v) => editing.retag(a.id, a.label, v ?? undefined)}
          />
        )}
        {category?.attributes.map((attr) =>
          attr.kind === 'enum' ? (
            <ValueSelect
              key={attr.id}
              id={`details-${attr.id}`}
              label={attributeLabel(category, attr)}
              value={a.attributes[attr.id]}
              values={attr.values.map((v) => ({ id: v.id, label: valueLabel(category, attr, v) }))}
              onChange={(v) => editing.setAttribute(a.id, attr.id, v)}
            />
          ) : (
            <CommitField
              key={`${a.id}-${attr.id}`}
              id={`details-${attr.id}`}
              label={attributeLabel(category, attr)}
              value={a.attributes[attr.id] ?? ''}
              onCommit={(v) => editing.setAttribute(a.id, attr.id, v || null)}
            />
          ),
        )}
      </div>
      {category?.roles.map((role) => (
        <RoleEditor
          key={role.id}
          annotation={a}
          role={role}
          schema={schema}
          byId={byId}
          onChange={(fillers) => editing.setRole(a.id, role.id, fillers)}
          onPick={() =>
            editorMode.set({ kind: 'pick-role', annotationId: a.id, role: role.id, targets: role.targets })
          }
        />
      ))}
      <CommitField
        key={`${a.id}-note`}
        id="details-note"
        label={t('note')}
        multiline
        value={a.note}
        onCommit={(v) => editing.setNote(a.id, v)}
      />
      {problems.length > 0 && (
        <ul className="problems" data-testid="schema-problems">
          {problems.map((p) => (
            <li key={`${p.kind}-${p.attribute ?? ''}-${p.role ?? ''}-${p.value ?? ''}`}>
              ⚠ {problemText(p, a, schema, byId)}
            </li>
          ))}
        </ul>
      )}
      <dl className="provenance">
        <dt>{t('author')}</dt>
        <dd>{a.author}</dd>
        <dt>{t('created')}</dt>
        <dd>{formatDateTime(a.created)}</dd>
        <dt>{t('modified')}</dt>
        <dd>{formatDateTime(a.modified)}</dd>
      </dl>
    </>
  )
}

function ValueSelect(props: {
  id: string
  label: string
  value: string | undefined
  values: readonly { id: string; label: string }[]
  onChange: (value: string | null) => void
}) {
  const { id, label, value, values, onChange } = props
  const { t } = useTranslation('details')
  const known = value === undefined || values.some((v) => v.id === value)
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} data-testid={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">—</option>
        {values.map((v) => (
          <option key={v.id} value={v.id}>
            {v.label}
          </option>
        ))}
        {!known && <option value={value}>{t('removedFromSchema', { value })}</option>}
      </select>
    </>
  )
}

const sliceQuote = (editing: AnnotationEditing, start: number, end: number): string => {
  const { text, index } = editing.document
  return text.slice(index.toUtf16(start as Annotation['start']), index.toUtf16(end as Annotation['end']))
}
