// One role of the selected annotation: its fillers (another annotation, or free text where allowed),
// a button to pick a filler in the text, and a field for free text.
import { useState } from 'react'
import type { Annotation, RoleFiller } from '@shared/model/annotation'
import { flatLabel, type RoleDefinition } from '@shared/model/tag-schema'
import { editorMode } from '../../state/editor-mode'
import { useStore } from '../../state/store'

interface RoleEditorProps {
  readonly annotation: Annotation
  readonly role: RoleDefinition
  readonly byId: ReadonlyMap<string, Annotation>
  readonly onChange: (fillers: readonly RoleFiller[]) => void
  readonly onPick: () => void
}

export function RoleEditor({ annotation, role, byId, onChange, onPick }: RoleEditorProps) {
  const fillers = annotation.roles[role.id] ?? []
  const mode = useStore(editorMode, (m) => m)
  const picking = mode.kind === 'pick-role' && mode.annotationId === annotation.id && mode.role === role.id
  const [text, setText] = useState('')
  const full = !role.multiple && fillers.length > 0
  return (
    <div className="role" data-testid={`role-${role.id}`}>
      <div className="role-head">
        <span className="role-name">{role.label}</span>
        <span className="role-targets">
          → {role.targets.join(', ')}
          {role.allowsText ? ' or text' : ''}
        </span>
      </div>
      <ul className="fillers">
        {fillers.map((f, i) => {
          const target = 'ref' in f ? byId.get(f.ref) : undefined
          return (
            <li key={'ref' in f ? f.ref : `text-${i}`} className="filler" data-testid="role-filler">
              {'ref' in f
                ? target
                  ? `${flatLabel(target)} « ${target.quote.exact} »`
                  : `missing ${f.ref}`
                : `“${f.text}”`}
              <button
                type="button"
                className="link"
                aria-label={`Remove from ${role.label}`}
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
          title="Click an entity in the text, or select text to create one"
        >
          {picking ? 'Picking… (Esc)' : full ? 'Filled' : 'Pick in text'}
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
              placeholder="or type a target"
              aria-label={`${role.label} as free text`}
              onChange={(e) => setText(e.target.value)}
            />
          </form>
        )}
      </div>
    </div>
  )
}
