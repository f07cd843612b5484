// A text field that commits its value when it loses focus or on Enter (Ctrl+Enter in a note), so typing
// is one undo step, not one per keystroke.
import { useState } from 'react'

interface CommitFieldProps {
  readonly id: string
  readonly label: string
  readonly value: string
  readonly multiline?: boolean
  readonly onCommit: (value: string) => void
}

export function CommitField({ id, label, value, multiline, onCommit }: CommitFieldProps) {
  const [draft, setDraft] = useState(value)
  const commit = (): void => {
    if (draft !== value) onCommit(draft)
  }
  const common = {
    id,
    'data-testid': id,
    value: draft,
    onBlur: commit,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setDraft(e.target.value),
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Escape') setDraft(value)
      if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
        e.preventDefault()
        commit()
      }
    },
  }
  return (
    <div className={multiline ? 'note-field' : 'inline-field'}>
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={3} {...common} /> : <input {...common} />}
    </div>
  )
}
