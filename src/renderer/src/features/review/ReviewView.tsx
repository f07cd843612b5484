// Review mode for one document, in place of the editor: the legend and the text painted by kind of item
// on the left, the panel with the item in hand and the queue on the right, driven from the keyboard.
import { useTranslation } from 'react-i18next'
import type { TagSchema } from '@shared/model/tag-schema'
import type { ReviewSession } from '../../state/review-session'
import { ReviewLegend } from './ReviewLegend'
import { ReviewPanel } from './ReviewPanel'
import { ReviewText } from './ReviewText'
import { useReviewKeys } from './use-review-keys'
import './review.css'

interface ReviewViewProps {
  readonly session: ReviewSession
  readonly schema: TagSchema
  readonly onOpenCurated: () => void
  readonly onAgreement: () => void
  readonly onLeave: () => void
}

export function ReviewView(props: ReviewViewProps) {
  const { session, schema, onLeave } = props
  const { t } = useTranslation('review')
  useReviewKeys(session, schema, onLeave)
  return (
    <>
      <section className="document-pane review-pane" aria-label={t('textPane')} data-testid="review-view">
        <div className="mode-banner review-banner" role="status">
          {t('banner', { title: session.document.meta.title })}
        </div>
        <ReviewLegend session={session} />
        <ReviewText session={session} />
      </section>
      <ReviewPanel {...props} />
    </>
  )
}
