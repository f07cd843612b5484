// The first-run guide: four short steps over the sample communiqué (the three categories with an example
// of each, how to tag, the main keys, where review is). Shown once after the annotator question, dismissed
// for good with "Skip" or at the last step, reopened from Help › Getting Started.
import { useId, useState } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import { displayShortcut } from '../../commands/command'
import { useModalFocus } from '../../components/use-modal-focus'
import './guide.css'

const STEPS = ['categories', 'tagging', 'keys', 'review'] as const

/** Words of the sample communiqué (French in either UI language: they are the text, not the UI). */
const EXAMPLES = {
  COMMITMENT: ['Les deux parties ont convenu de …'],
  POSITION: ['Le Kazakhstan soutient fermement …'],
  ENTITY: ['Wang Yi', 'Kazakhstan', 'OCS'],
} as const

interface FirstRunGuideProps {
  readonly onClose: () => void
  readonly onOpenGuidelines: () => void
}

export function FirstRunGuide({ onClose, onOpenGuidelines }: FirstRunGuideProps) {
  const { t } = useTranslation('guide')
  const [step, setStep] = useState(0)
  const dialog = useModalFocus<HTMLDivElement>(onClose)
  const id = useId()
  const name = STEPS[step] ?? 'categories'
  const last = step === STEPS.length - 1

  return (
    <div className="modal-backdrop guide-backdrop">
      <div
        ref={dialog}
        className="modal guide"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        data-testid="first-run-guide"
        data-step={name}
      >
        <p className="guide-progress" aria-hidden="true">
          {STEPS.map((s, i) => (
            <span key={s} className={i === step ? 'dot current' : i < step ? 'dot done' : 'dot'} />
          ))}
        </p>
        <p className="guide-step">{t('stepOf', { step: step + 1, count: STEPS.length })}</p>
        <h2 id={`${id}-title`}>{t(`${name}.title`)}</h2>
        <div id={`${id}-body`} className="guide-body" aria-live="polite">
          {name === 'categories' && <Categories onOpenGuidelines={onOpenGuidelines} />}
          {name === 'tagging' && <Tagging />}
          {name === 'keys' && <Keys />}
          {name === 'review' && <Review />}
        </div>
        <div className="modal-actions guide-actions">
          <button type="button" className="skip" onClick={onClose} data-testid="guide-skip">
            {t('skip')}
          </button>
          {step > 0 && (
            <button type="button" onClick={() => setStep(step - 1)} data-testid="guide-back">
              {t('back')}
            </button>
          )}
          <button
            type="button"
            className="primary"
            onClick={() => (last ? onClose() : setStep(step + 1))}
            data-testid={last ? 'guide-done' : 'guide-next'}
          >
            {last ? t('done') : t('next')}
          </button>
        </div>
      </div>
    </div>
  )
}

function Categories({ onOpenGuidelines }: { onOpenGuidelines: () => void }) {
  const { t } = useTranslation('guide')
  return (
    <>
      <p>{t('categories.intro')}</p>
      <dl className="guide-categories">
        {(['COMMITMENT', 'POSITION', 'ENTITY'] as const).map((category) => (
          <div key={category} className={`cat-${category}`} data-testid={`guide-${category}`}>
            <dt>
              <span className="swatch" aria-hidden="true" />
              {t(`categories.${category}.name`)} <code>{category}</code>
            </dt>
            <dd>
              {t(`categories.${category}.what`)}
              <span className="guide-examples" lang="fr">
                {EXAMPLES[category].map((example) =>
                  category === 'ENTITY' ? (
                    <span key={example} className="guide-sample">
                      {example}
                    </span>
                  ) : (
                    <span key={example}>
                      «{'\u00a0'}
                      <span className="guide-sample">{example}</span>
                      {'\u00a0'}»
                    </span>
                  ),
                )}
              </span>
            </dd>
          </div>
        ))}
      </dl>
      <p className="hint">
        <button type="button" className="link" onClick={onOpenGuidelines} data-testid="guide-guidelines">
          {t('categories.guidelines')}
        </button>{' '}
        <kbd>G</kbd>
      </p>
    </>
  )
}

function Tagging() {
  const { t } = useTranslation('guide')
  return (
    <ol className="guide-list">
      <li>{t('tagging.select')}</li>
      <li>
        <Trans t={t} i18nKey="tagging.keys" components={{ k: <kbd /> }} />
      </li>
      <li>
        <Trans t={t} i18nKey="tagging.details" components={{ k: <kbd /> }} />
      </li>
    </ol>
  )
}

function Review() {
  const { t } = useTranslation('guide')
  return (
    <>
      <ol className="guide-list">
        <li>{t('review.import')}</li>
        <li>
          <Trans t={t} i18nKey="review.compare" components={{ k: <kbd /> }} />
        </li>
        <li>{t('review.agreement')}</li>
      </ol>
      <p className="hint">
        <Trans t={t} i18nKey="review.reopen" components={{ k: <kbd /> }} />
      </p>
    </>
  )
}

const KEYS: readonly { keys: readonly string[]; what: string }[] = [
  { keys: ['J', 'K'], what: 'walk' },
  { keys: ['Enter', 'F2'], what: 'relabel' },
  { keys: ['Delete'], what: 'delete' },
  { keys: ['Mod+Z'], what: 'undo' },
  { keys: ['Mod+F'], what: 'find' },
  { keys: ['Mod+K'], what: 'palette' },
  { keys: ['G'], what: 'guidelines' },
  { keys: ['?'], what: 'shortcuts' },
]

function Keys() {
  const { t } = useTranslation('guide')
  return (
    <table className="guide-keys">
      <tbody>
        {KEYS.map((k) => (
          <tr key={k.what}>
            <td>
              {k.keys.map((key) => (
                <kbd key={key}>{displayShortcut(key)}</kbd>
              ))}
            </td>
            <td>{t(`keys.${k.what}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
