// The disagreements behind a figure: where, of what kind, which labels and who marked it. Each one opens
// the review of its document at that place.
import { useTranslation } from 'react-i18next'
import type { AgreementReport, Disagreement } from '@shared/review/review-types'
import { disagreementsBehind, type FigureRow } from './agreement-view'

const SHOWN = 200

interface DisagreementListProps {
  readonly report: AgreementReport
  readonly row: FigureRow
  readonly measure: string
  readonly pair: number | null
  readonly onOpen: (disagreement: Disagreement) => void
}

export function DisagreementList({ report, row, measure, pair, onOpen }: DisagreementListProps) {
  const { t } = useTranslation('agreement')
  const list = disagreementsBehind(report, row, pair)
  const several = report.documentIds.length > 1
  return (
    <section className="agreement-behind" aria-live="polite">
      <h3>
        {t('behind.title', {
          count: list.length,
          measure: t(`measures.${measure}`),
          row: row.label ?? row.category ?? t('overall'),
        })}
      </h3>
      {list.length === 0 ? (
        <p className="hint">{t('behind.none')}</p>
      ) : (
        <ul data-testid="agreement-disagreements">
          {list.slice(0, SHOWN).map((d) => (
            <li
              key={`${d.documentId}:${d.start}:${d.end}:${d.kind}:${d.labels.join('|')}:${d.annotators.join('|')}`}
            >
              <button
                type="button"
                className="disagreement"
                onClick={() => onOpen(d)}
                data-testid="agreement-disagreement"
                title={t('behind.open')}
              >
                <span className={`agreement-kind agreement-kind-${d.kind}`}>{t(`kinds.${d.kind}`)}</span>
                {several && <span className="hint">{d.documentId}</span>}
                <q>{d.excerpt}</q>
                <span className="disagreement-labels">{d.labels.join(' / ')}</span>
                <span className="hint">{t('behind.by', { names: d.annotators.join(', ') })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {list.length > SHOWN && <p className="hint">{t('behind.more', { count: list.length - SHOWN })}</p>}
    </section>
  )
}
