// The legend above the text under review: each kind of item as it is painted, named, with its count, so
// colour is never the only cue (each kind has its own line style too), plus how decided items look.
import { useTranslation } from 'react-i18next'
import type { ReviewKind } from '@shared/review/review-types'
import type { ReviewSession } from '../../state/review-session'
import { KindTag } from './KindTag'

const KINDS: readonly ReviewKind[] = ['agreed', 'label', 'boundary', 'single']

export function ReviewLegend({ session }: { session: ReviewSession }) {
  const { t } = useTranslation('review')
  return (
    <div className="review-legend" data-testid="review-legend" aria-label={t('legend.label')} role="group">
      {KINDS.map((kind) => (
        <span key={kind} className="legend-entry" data-testid={`review-legend-${kind}`}>
          <KindTag kind={kind} />
          <span className="legend-count" data-testid={`review-count-${kind}`}>
            {session.counts[kind]}
          </span>
        </span>
      ))}
      <span className="legend-entry">
        <span className="kind-tag kind-decided">{t('legend.decided')}</span>
        <span className="review-check-inline" aria-hidden="true">
          ✓
        </span>
      </span>
    </div>
  )
}
