// One role of the selected annotation: its fillers (another annotation, or free text where allowed),
// a button to pick a filler in the text, and a field for free text.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Annotation, RoleFiller } from '@shared/model/annotation'
import { findCategory, flatLabel, type RoleDefinition, type TagSchema } from '@shared/model/tag-schema'
import { displayShortcut } from '../../commands/command'
import { formatList } from '../../i18n/format'
import { categoryLabel, roleName } from '../../i18n/schema-text'
import { editorMode } from '../../state/editor-mode'
import { useStore } from '../../state/store'

interface RoleEditorProps {
  readonly annotation: Annotation
  readonly role: RoleDefinition
  readonly schema: TagSchema
  readonly byId: ReadonlyMap<string, Annotation>
  readonly onChange: (fillers: readonly RoleFiller[]) => void
  readonly onPick: () => void
}

export function RoleEditor({ annotation, role, schema, byId, onChange, onPick }: RoleEditorProps) {
  const { t } = useTranslation('details')
  const fillers = annotation.roles[role.id] ?? []
  const mode = useStore(editorMode, (m) => m)
  const picking = mode.kind === 'pick-role' && mode.annotationId === annotation.id && mode.role === role.id
  const [text, setText] = useState('')
  const full = !role.multiple && fillers.length > 0
  const name = roleName(findCategory(schema, annotation.label), role.id)
  const targets = role.targets.map((id) => {
    const category = findCategory(schema, id)
    return category ? categoryLabel(category) : id
  })
  return (
    <div className="role" data-testid={`role-${role.id}`}>
      <div className="role-head">
        <span className="role-name">{name}</span>
        <span className="role-targets">
          → {formatList(role.allowsText ? [...targets, t('role.text')] : targets, 'or')}
        </span>
      </div>
      <ul className="fillers">
        {fillers.map((f, i) => {
          const target = 'ref' in f ? byId.get(f.ref) : undefined
          return (
            <li key={'ref' in f ? f.ref : `text-${i}`} className="filler" data-testid="role-filler">
              {'ref' in f ? (
                target ? (
                  <>
                    {flatLabel(target)}{' '}
                    <span className="quote">{t('role.quoted', { quote: target.quote.exact })}</span>
                  </>
                ) : (
                  t('role.missing', { ref: f.ref })
                )
              ) : (
                <span className="quote">{t('role.freeText', { text: f.text })}</span>
              )}
              <button
                type="button"
                className="link"
                aria-label={t('role.remove', { role: name })}
                onClick={() => onChange(fillers.filter((_, j) => j !== i))}
              >
                ×
              </button>
            </li>
          )
        })}
      </ul>
      <div className="role-actions">
        <button
          type="button"
          className={`small${picking ? ' active' : ''}`}
          disabled={full && !picking}
          data-testid={`pick-${role.id}`}
          onClick={() => (picking ? editorMode.set({ kind: 'normal' }) : onPick())}
          title={t('role.pickTitle')}
        >
          {picking
            ? t('role.picking', { key: displayShortcut('Escape') })
            : full
              ? t('role.filled')
              : t('role.pick')}
        </button>
        {role.allowsText && !full && (
          <form
            onSubmit={(e) => {
              e.preventDefault()
              if (text.trim()) onChange([...fillers, { text: text.trim() }])
              setText('')
            }}
          >
            <input
              value={text}
              placeholder={t('role.typeTarget')}
              aria-label={t('role.asText', { role: name })}
              onChange={(e) => setText(e.target.value)}
            />
          </form>
        )}
      </div>
    </div>
  )
}
