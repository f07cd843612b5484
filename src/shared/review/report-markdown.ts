// The agreement report as Markdown, for a memo or a pull request: who and what was compared, a table per
// category (the category as a whole, then each of its labels), everything together, a table per pair of
// annotators, and how many disagreements of each kind. Figures to three decimals; `–` where a measure
// does not apply. Names and labels are escaped so they can neither break a table nor turn into markup.
import {
  DISAGREEMENT_KINDS,
  disagreementCounts,
  figureRows,
  MEASURES,
  OVERALL,
  threeDecimals,
} from './report-rows'
import type { AgreementMeasures, AgreementReport } from './review-types'

/** Backslash-escapes the ASCII punctuation that could make markup or end a table cell. */
const escape = (text: string): string => text.replace(/[\\|*_`[\]<>#]/g, '\\$&')

const figures = (measures: AgreementMeasures): string[] =>
  MEASURES.map((m) => threeDecimals(measures[m.key]) ?? '–')

const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`

function table(head: readonly string[], body: readonly (readonly string[])[]): string[] {
  return [
    line([...head, ...MEASURES.map((m) => m.title)]),
    line([...head.map(() => '---'), ...MEASURES.map(() => '---:')]),
    ...body.map(line),
  ]
}

export function reportToMarkdown(report: AgreementReport): string {
  const out: string[] = ['# Agreement', '']
  const documents = report.documentIds
  out.push(
    `- Annotators: ${report.annotators.map(escape).join(', ')}`,
    `- Documents (${documents.length}): ${documents.map(escape).join(', ') || 'none'}`,
    '',
  )
  for (const [category, c] of Object.entries(report.categories)) {
    out.push(`## ${escape(category)}`, '')
    const rows = [
      [`${escape(category)} (all labels)`, ...figures(c)],
      ...Object.entries(c.labels).map(([label, m]) => [escape(label), ...figures(m)]),
    ]
    out.push(...table(['label'], rows), '')
  }
  out.push('## All categories', '', ...table(['scope'], [['overall', ...figures(report.overall)]]), '')
  if (report.pairs.length > 0) out.push('## Pairs', '')
  for (const pair of report.pairs) {
    out.push(`### ${pair.annotators.map(escape).join(' + ')}`, '')
    const rows = figureRows(pair).map((row) => [
      row.category === OVERALL ? 'overall' : escape(row.category),
      row.label === null ? '(all labels)' : escape(row.label),
      ...figures(row.measures),
    ])
    out.push(...table(['category', 'label'], rows), '')
  }
  const counts = disagreementCounts(report)
  out.push('## Disagreements', '', '| kind | count |', '| --- | ---: |')
  out.push(...DISAGREEMENT_KINDS.map((kind) => line([kind, String(counts[kind])])))
  out.push(line(['total', String(report.disagreements.length)]), '')
  return out.join('\n')
}
