// The name of a kind of review item, drawn in that kind's own style (tint, double, dashed or dotted line),
// so the legend and the queue say in words and in pattern what the colour also says.
import { useTranslation } from 'react-i18next'
import type { ReviewKind } from '@shared/review/review-types'

export function KindTag({ kind }: { kind: ReviewKind }) {
  const { t } = useTranslation('review')
  return <span className={`kind-tag kind-${kind}`}>{t(`kind.${kind}`)}</span>
}
