// The review's side panel: whose sets are compared, progress ("n of m decided"), the switch that accepts
// agreed items automatically, whether the decisions are saved, then the item in hand (or its edit form),
// what is left in the queue and the keys. When nothing is left it says so and offers the curated set.
import { useTranslation } from 'react-i18next'
import type { TagSchema } from '@shared/model/tag-schema'
import { displayShortcut } from '../../commands/command'
import { REVIEW_KEYS } from '../../state/review-keys'
import { saveReviewPreferences } from '../../state/review-preferences'
import type { ReviewSession } from '../../state/review-session'
import type { SaveStatus } from '../../state/save-queue'
import { useStore } from '../../state/store'
import { CurrentItem } from './CurrentItem'
import { EditForm } from './EditForm'
import { KeyList } from './KeyList'
import { QueueList } from './QueueList'

interface ReviewPanelProps {
  readonly session: ReviewSession
  readonly schema: TagSchema
  readonly onOpenCurated: () => void
  readonly onAgreement: () => void
  readonly onLeave: () => void
}

export function ReviewPanel({ session, schema, onOpenCurated, onAgreement, onLeave }: ReviewPanelProps) {
  const { t } = useTranslation('review')
  const state = useStore(session.state, (s) => s)
  const save = useStore(session.saves.status, (s) => s)
  const item = session.item(state.currentKey)
  const done = state.toDecide - state.queue.length
  return (
    <aside className="side-column review-side" aria-label={t('panel.label')} data-testid="review-panel">
      <header className="review-head">
        <div className="review-title-row">
          <h2>{t('panel.title')}</h2>
          <button type="button" className="small" onClick={onAgreement} data-testid="review-open-agreement">
            {t('panel.agreement')}
          </button>
          <button
            type="button"
            className="small"
            onClick={onLeave}
            data-testid="review-leave"
            title={displayShortcut('Escape')}
          >
            {t('panel.leave')}
          </button>
        </div>
        <p className="review-who">{session.annotators.join(' × ')}</p>
        <div className="review-progress">
          <progress max={Math.max(1, state.toDecide)} value={done} aria-label={t('panel.progressLabel')} />
          <span data-testid="review-progress">{t('panel.progress', { done, total: state.toDecide })}</span>
        </div>
        <label className="toggle review-auto">
          <input
            type="checkbox"
            checked={state.autoAcceptAgreed}
            data-testid="review-auto-accept"
            onChange={(e) => {
              saveReviewPreferences({ autoAcceptAgreed: e.target.checked })
              session.setAutoAcceptAgreed(e.target.checked)
            }}
          />
          {t('panel.autoAccept')}
        </label>
        <SaveLine save={save} onRetry={() => session.saves.retry()} />
      </header>
      <div className="review-body">
        {item && state.draft ? (
          <EditForm session={session} item={item} draft={state.draft} schema={schema} />
        ) : item ? (
          <CurrentItem session={session} item={item} decision={state.decided.get(item.key)} />
        ) : null}
        {state.queue.length === 0 && (
          <div className="review-done" data-testid="review-done" role="status">
            <p>{state.toDecide === 0 ? t('done.none') : t('done.text', { count: state.toDecide })}</p>
            <button
              type="button"
              className="primary"
              onClick={onOpenCurated}
              data-testid="review-open-curated"
            >
              {t('done.openCurated')}
            </button>
          </div>
        )}
        <QueueList session={session} queue={state.queue} currentKey={state.currentKey} />
        <section className="review-keys-section" aria-label={t('keys.title')}>
          <h3>{t('keys.title')}</h3>
          <KeyList keys={REVIEW_KEYS.filter((k) => k.does !== 'keys.enter')} />
        </section>
      </div>
    </aside>
  )
}

function SaveLine({ save, onRetry }: { save: SaveStatus; onRetry: () => void }) {
  const { t } = useTranslation('review')
  if (save.state === 'failed')
    return (
      <p className="review-save failed" role="alert" data-testid="review-save-status">
        {t('save.failed', { message: save.message })}{' '}
        <button type="button" className="link" onClick={onRetry}>
          {t('save.retry')}
        </button>
      </p>
    )
  return (
    <p className={`review-save ${save.state}`} role="status" data-testid="review-save-status">
      {t(`save.${save.state}`)}
    </p>
  )
}
