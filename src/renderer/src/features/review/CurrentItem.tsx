// The item in hand: what kind it is, the text it covers, and each chosen annotator's candidate side by
// side (with the key that accepts it), then the actions with their keys. A decided item says what was
// decided, by whom, and can be taken back.
import { useTranslation } from 'react-i18next'
import type { CurationDecision, ReviewItem } from '@shared/review/review-types'
import type { ReviewSession } from '../../state/review-session'
import { excerpt, labelWithAttributes } from './item-text'
import { KindTag } from './KindTag'

interface CurrentItemProps {
  readonly session: ReviewSession
  readonly item: ReviewItem
  readonly decision: CurationDecision | undefined
}

export function CurrentItem({ session, item, decision }: CurrentItemProps) {
  const { t } = useTranslation('review')
  const { document, annotators } = session
  return (
    <section className="review-current" data-testid="review-current" aria-label={t('current.label')}>
      <div className="review-current-head">
        <KindTag kind={item.kind} />
        <span className="review-current-place">
          {t('current.place', { start: item.start, end: item.end })}
        </span>
      </div>
      <blockquote className="review-current-text">{excerpt(document, item.start, item.end, 160)}</blockquote>
      <div className="review-candidates" data-testid="review-candidates">
        {annotators.map((annotator, i) => {
          const own = item.candidates.filter((c) => c.annotator === annotator)
          return (
            <div key={annotator} className={`review-candidate${own.length ? '' : ' silent'}`}>
              <div className="candidate-who">
                {i < 9 && <kbd>{i + 1}</kbd>} <strong>{annotator}</strong>
              </div>
              {own.length === 0 && <p className="candidate-none">{t('current.nothing')}</p>}
              {own.map(({ annotation }) => (
                <div key={annotation.id} className="candidate-span" data-testid="review-candidate">
                  <span className={`chip strong cat-${annotation.label}`}>
                    {labelWithAttributes(annotation)}
                  </span>
                  <q>{excerpt(document, annotation.start, annotation.end, 120)}</q>
                </div>
              ))}
            </div>
          )
        })}
      </div>
      {decision ? (
        <div className="review-decided" data-testid="review-decided">
          <p>
            ✓{' '}
            {t(`decided.${decision.action}`, {
              who: decision.sources.map((s) => s.annotator).join(', '),
              curator: decision.curator,
            })}
          </p>
          <button type="button" className="small" onClick={() => session.takeBack(item.key)}>
            {t('decided.takeBack')}
          </button>
        </div>
      ) : (
        <div className="review-buttons" role="group" aria-label={t('actions.label')}>
          {annotators.slice(0, 9).map((annotator, i) =>
            item.candidates.some((c) => c.annotator === annotator) ? (
              <button
                key={annotator}
                type="button"
                className="small"
                onClick={() => session.decide({ kind: 'accept', annotator })}
              >
                {t('actions.accept', { who: annotator })} <kbd>{i + 1}</kbd>
              </button>
            ) : null,
          )}
          {item.candidates.length > 1 && (
            <button type="button" className="small" onClick={() => session.decide({ kind: 'accept-all' })}>
              {t('actions.acceptAll')} <kbd>B</kbd>
            </button>
          )}
          <button type="button" className="small" onClick={() => session.decide({ kind: 'reject' })}>
            {t('actions.reject')} <kbd>X</kbd>
          </button>
          <button type="button" className="small" onClick={() => session.startEdit()}>
            {t('actions.edit')} <kbd>E</kbd>
          </button>
        </div>
      )}
    </section>
  )
}
