// The agreement figures as a table: a row per category (expandable to its labels), then everything; a
// column per measure. The figures are everyone's or one pair's. Each figure is a button that lists the
// disagreements behind it.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AgreementReport } from '@shared/review/review-types'
import { figureRows, figuresFor, formatFigure, MEASURE_KEYS, type FigureRow } from './agreement-view'

interface AgreementTableProps {
  readonly report: AgreementReport
  /** Index into report.pairs; null for everyone together. */
  readonly pair: number | null
  readonly onPair: (pair: number | null) => void
  readonly selected: { readonly row: FigureRow; readonly measure: string } | null
  readonly onFigure: (row: FigureRow, measure: string) => void
}

const rowId = (row: Pick<FigureRow, 'category' | 'label'>): string =>
  `${row.category ?? 'overall'}${row.label ? `-${row.label}` : ''}`

export function AgreementTable({ report, pair, onPair, selected, onFigure }: AgreementTableProps) {
  const { t, i18n } = useTranslation('agreement')
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set())
  const figures = figuresFor(report, pair)
  const toggle = (category: string): void =>
    setExpanded((e) => {
      const next = new Set(e)
      if (!next.delete(category)) next.add(category)
      return next
    })
  return (
    <>
      <label className="agreement-pair">
        {t('pair.label')}{' '}
        <select
          value={pair ?? ''}
          onChange={(e) => onPair(e.target.value === '' ? null : Number(e.target.value))}
          data-testid="agreement-pair"
        >
          <option value="">{t('pair.everyone', { names: report.annotators.join(', ') })}</option>
          {report.pairs.map((p, i) => (
            <option key={p.annotators.join('×')} value={i}>
              {p.annotators.join(' × ')}
            </option>
          ))}
        </select>
      </label>
      <div className="agreement-table-scroll">
        <table className="agreement-table" data-testid="agreement-table">
          <caption className="hint">{t('caption', { count: report.documentIds.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('category')}</th>
              {MEASURE_KEYS.map((m) => (
                <th key={m} scope="col" title={t(`measureHints.${m}`)}>
                  {t(`measures.${m}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {figureRows(figures, expanded).map((row) => {
              const id = rowId(row)
              const labels =
                row.category && !row.label ? Object.keys(figures.categories[row.category]?.labels ?? {}) : []
              return (
                <tr
                  key={id}
                  className={row.label ? 'label-row' : row.category ? 'category-row' : 'overall-row'}
                >
                  <th scope="row">
                    {labels.length > 0 ? (
                      <button
                        type="button"
                        className="link expand"
                        aria-expanded={expanded.has(row.category!)}
                        onClick={() => toggle(row.category!)}
                        data-testid={`agreement-expand-${row.category}`}
                      >
                        {expanded.has(row.category!) ? '▾' : '▸'} {row.category}
                      </button>
                    ) : (
                      (row.label ?? row.category ?? t('overall'))
                    )}
                  </th>
                  {MEASURE_KEYS.map((m) => {
                    const isSelected =
                      selected !== null && rowId(selected.row) === id && selected.measure === m
                    return (
                      <td key={m}>
                        <button
                          type="button"
                          className="figure"
                          aria-pressed={isSelected}
                          aria-label={t('figureLabel', {
                            measure: t(`measures.${m}`),
                            row: row.label ?? row.category ?? t('overall'),
                            value: formatFigure(row.measures[m], i18n.language),
                          })}
                          onClick={() => onFigure(row, m)}
                          data-testid={`figure-${id}-${m}`}
                        >
                          {formatFigure(row.measures[m], i18n.language)}
                        </button>
                      </td>
                    )
                  })}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </>
  )
}
