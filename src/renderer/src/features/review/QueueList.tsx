// The queue: only the items that still need a decision, in document order, each with its kind (in words
// and in its pattern), an excerpt, and who said what. The item in hand is marked and kept in view; a
// long queue shows the rows around it, not thousands of rows.
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReviewItem } from '@shared/review/review-types'
import type { ReviewSession } from '../../state/review-session'
import { excerpt, whoSaidWhat } from './item-text'
import { KindTag } from './KindTag'

const BEFORE = 30
const AFTER = 120

interface QueueListProps {
  readonly session: ReviewSession
  readonly queue: readonly ReviewItem[]
  readonly currentKey: string | null
}

export function QueueList({ session, queue, currentKey }: QueueListProps) {
  const { t } = useTranslation('review')
  const list = useRef<HTMLOListElement>(null)
  const at = Math.max(
    0,
    queue.findIndex((item) => item.key === currentKey),
  )
  const from = Math.max(0, at - BEFORE)
  const shown = queue.slice(from, at + AFTER)
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' })
  }, [currentKey])
  if (queue.length === 0) return null
  return (
    <div className="review-queue">
      <h3 className="review-queue-title">{t('queue.title', { count: queue.length })}</h3>
      {from > 0 && <p className="hint">{t('queue.earlier', { count: from })}</p>}
      <ol
        ref={list}
        role="listbox"
        aria-label={t('queue.title', { count: queue.length })}
        data-testid="review-queue"
      >
        {shown.map((item) => (
          <li
            key={item.key}
            role="option"
            aria-selected={item.key === currentKey}
            className={`queue-row${item.key === currentKey ? ' current' : ''}`}
            data-testid="review-queue-item"
            data-kind={item.kind}
            onClick={() => session.select(item.key)}
          >
            <div className="queue-row-head">
              <KindTag kind={item.kind} />
              <span className="queue-excerpt">{excerpt(session.document, item.start, item.end, 60)}</span>
            </div>
            <ul className="queue-said">
              {whoSaidWhat(item, session.annotators).map((said) => (
                <li key={said.annotator} className={said.labels ? undefined : 'silent'}>
                  <span className="said-who">{said.annotator}</span>{' '}
                  <span className="said-what">
                    {said.labels ? said.labels.join(' + ') : t('queue.nothing')}
                  </span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {from + shown.length < queue.length && (
        <p className="hint">{t('queue.later', { count: queue.length - from - shown.length })}</p>
      )}
    </div>
  )
}
