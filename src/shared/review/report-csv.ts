// The agreement report as CSV (RFC 4180: comma-separated, CRLF after every record, a field holding `,` `"`
// CR or LF quoted with `"` doubled), one wide table: a row per scope × category × label, a column per
// measure. Wide rather than one row per measure because each row then reads as one line of the report in
// Excel, and R's `read.csv` gives one numeric column per measure (a measure that does not apply is an
// empty field: a blank cell in Excel, NA in R) ready to plot or filter; the long form is one
// `pivot_longer` away. Columns: `scope` (`all` or `pair`), `annotators` (joined by ` + `), `category` (a
// category id, or `overall` for everything), `label` (a full label, empty for the whole category), then
// the measures under the JSON's names, to three decimals. Text fields are defused against spreadsheet
// formulas as the CSV export does; figures are written as plain numbers (a `-0.250` stays a number).
// Without a byte-order mark by default (R and most tools read UTF-8 as is); `bom` adds one for Excel, which
// otherwise misreads accented annotator names.
import { csvField } from '../formats/csv'
import { figureRows, MEASURES, threeDecimals } from './report-rows'
import type { AgreementFigures, AgreementReport } from './review-types'

export const REPORT_CSV_COLUMNS = ['scope', 'annotators', 'category', 'label', ...MEASURES.map((m) => m.key)]

const record = (fields: readonly string[]): string => `${fields.join(',')}\r\n`

function rows(scope: 'all' | 'pair', annotators: readonly string[], figures: AgreementFigures): string[] {
  const who = csvField(annotators.join(' + '))
  return figureRows(figures).map((row) =>
    record([
      scope,
      who,
      csvField(row.category),
      csvField(row.label ?? ''),
      ...MEASURES.map((m) => threeDecimals(row.measures[m.key]) ?? ''),
    ]),
  )
}

export function reportToCsv(report: AgreementReport, options: { readonly bom?: boolean } = {}): string {
  return [
    options.bom ? '\uFEFF' : '',
    record(REPORT_CSV_COLUMNS),
    ...rows('all', report.annotators, report),
    ...report.pairs.flatMap((pair) => rows('pair', pair.annotators, pair)),
  ].join('')
}
