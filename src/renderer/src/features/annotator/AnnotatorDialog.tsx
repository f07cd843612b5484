// Asks who is annotating: on first start (prefilled with the OS user name) and from File › Change Annotator.
import { useState } from 'react'

interface AnnotatorDialogProps {
  readonly initialName: string
  readonly firstStart: boolean
  readonly onSave: (name: string) => void
  readonly onCancel?: () => void
}

export function AnnotatorDialog({ initialName, firstStart, onSave, onCancel }: AnnotatorDialogProps) {
  const [name, setName] = useState(initialName)
  const trimmed = name.trim()
  return (
    <div className="modal-backdrop">
      <form
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby="annotator-title"
        data-testid="annotator-dialog"
        onSubmit={(event) => {
          event.preventDefault()
          if (trimmed) onSave(trimmed)
        }}
      >
        <h2 id="annotator-title">{firstStart ? 'Welcome to Parley' : 'Change annotator'}</h2>
        <p>Your name is stored with every tag you make, so colleagues can compare and review your work.</p>
        <label>
          Annotator name
          <input
            autoFocus
            value={name}
            maxLength={80}
            onChange={(event) => setName(event.target.value)}
            data-testid="annotator-input"
          />
        </label>
        <div className="modal-actions">
          {onCancel && (
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
          )}
          <button type="submit" className="primary" disabled={!trimmed} data-testid="annotator-save">
            {firstStart ? 'Start annotating' : 'Save'}
          </button>
        </div>
      </form>
    </div>
  )
}
