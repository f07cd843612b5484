// Asks who is annotating: on first start (prefilled with the OS user name) and from File › Change Annotator.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useModalFocus } from '../../components/use-modal-focus'

interface AnnotatorDialogProps {
  readonly initialName: string
  readonly firstStart: boolean
  readonly onSave: (name: string) => void
  readonly onCancel?: () => void
}

export function AnnotatorDialog({ initialName, firstStart, onSave, onCancel }: AnnotatorDialogProps) {
  const dialog = useModalFocus<HTMLFormElement>(onCancel)
  const { t } = useTranslation('annotator')
  const [name, setName] = useState(initialName)
  const trimmed = name.trim()
  return (
    <div className="modal-backdrop">
      <form
        className="modal"
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby="annotator-title"
        data-testid="annotator-dialog"
        onSubmit={(event) => {
          event.preventDefault()
          if (trimmed) onSave(trimmed)
        }}
      >
        <h2 id="annotator-title">{firstStart ? t('welcome') : t('change')}</h2>
        <p>{t('why')}</p>
        <label>
          {t('name')}
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
              {t('cancel')}
            </button>
          )}
          <button type="submit" className="primary" disabled={!trimmed} data-testid="annotator-save">
            {firstStart ? t('start') : t('save')}
          </button>
        </div>
      </form>
    </div>
  )
}
