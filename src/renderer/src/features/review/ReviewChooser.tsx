// Entering review for the open document: choose two or more annotators whose sets to compare, among
// those with a set for it; the last choice is ticked again. Enter starts the review.
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Bridge } from '@shared/ipc/contract'
import { ReviewNeedsTwoAnnotators } from '../../components/EmptyStates'
import { useModalFocus } from '../../components/use-modal-focus'
import { patchUi } from '../../state/ui-state'

interface ReviewChooserProps {
  readonly api: Pick<Bridge, 'annotatorsOf'>
  readonly documentId: string
  readonly title: string
  /** Who was compared last time: ticked again where they have a set. */
  readonly remembered: readonly string[]
  readonly onStart: (annotators: readonly string[]) => void
  readonly onCancel: () => void
}

export function ReviewChooser({ api, documentId, title, remembered, onStart, onCancel }: ReviewChooserProps) {
  const { t } = useTranslation('review')
  const dialog = useModalFocus<HTMLFormElement>(onCancel)
  const [available, setAvailable] = useState<readonly string[] | null>(null)
  const [chosen, setChosen] = useState<readonly string[]>([])
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    void api.annotatorsOf(documentId).then((result) => {
      if (!live) return
      if (!result.ok) return setProblem(result.error.message)
      const names = result.value
      const again = remembered.filter((name) => names.includes(name))
      setAvailable(names)
      setChosen(again.length >= 2 ? again : names)
    })
    return () => {
      live = false
    }
  }, [api, documentId, remembered])
  const toggle = (name: string): void =>
    setChosen((c) => (c.includes(name) ? c.filter((n) => n !== name) : [...c, name]))
  const ordered = (available ?? []).filter((name) => chosen.includes(name))

  return (
    <div className="modal-backdrop">
      <form
        ref={dialog}
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby="review-chooser-title"
        data-testid="review-chooser"
        onSubmit={(e) => {
          e.preventDefault()
          if (ordered.length >= 2) onStart(ordered)
        }}
        onKeyDown={(e) => {
          // Enter starts from anywhere in the form, a ticked box included (forms submit only from text fields).
          if (e.key !== 'Enter' || e.target instanceof HTMLButtonElement) return
          e.preventDefault()
          if (ordered.length >= 2) onStart(ordered)
        }}
      >
        <h2 id="review-chooser-title">{t('chooser.title')}</h2>
        <p>{t('chooser.intro', { title })}</p>
        {available && available.length < 2 && (
          <ReviewNeedsTwoAnnotators
            onImport={() => {
              onCancel()
              patchUi({ importing: true })
            }}
          />
        )}
        {available && available.length > 0 && (
          <fieldset className="review-chooser-list">
            <legend>{t('chooser.annotators')}</legend>
            {available.map((name, i) => (
              <label key={name} className="toggle">
                <input
                  type="checkbox"
                  // The list arrives after the dialog opened: bring the focus to it, so Enter starts.
                  autoFocus={i === 0}
                  checked={chosen.includes(name)}
                  onChange={() => toggle(name)}
                  data-testid="review-annotator"
                  value={name}
                />
                {name}
              </label>
            ))}
          </fieldset>
        )}
        {problem && (
          <p className="form-error" role="alert">
            {problem}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" onClick={onCancel}>
            {t('chooser.cancel')}
          </button>
          <button type="submit" className="primary" disabled={ordered.length < 2} data-testid="review-start">
            {t('chooser.start')}
          </button>
        </div>
      </form>
    </div>
  )
}
