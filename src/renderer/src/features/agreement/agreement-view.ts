// What the agreement panel shows of a report: its rows in the analyst's order (ENTITY, POSITION,
// COMMITMENT, any other category, then everything), figures written in the UI's language to three
// decimals (`–` where a measure does not apply), and the disagreements behind a figure.
import type {
  AgreementFigures,
  AgreementMeasures,
  AgreementReport,
  Disagreement,
} from '@shared/review/review-types'

export const MEASURE_KEYS: readonly (keyof AgreementMeasures)[] = [
  'f1Exact',
  'f1Overlap',
  'cohenKappa',
  'fleissKappa',
  'krippendorffAlpha',
  'alphaU',
]

const CATEGORY_ORDER = ['ENTITY', 'POSITION', 'COMMITMENT']

/** A row's figures: a category (label null), one of its labels, or everything (category null). */
export interface FigureRow {
  readonly category: string | null
  readonly label: string | null
  readonly measures: AgreementMeasures
}

/** The categories in the analyst's order, each followed by its labels when expanded; everything last. */
export function figureRows(figures: AgreementFigures, expanded: ReadonlySet<string>): FigureRow[] {
  const known = Object.keys(figures.categories)
  const order = [
    ...CATEGORY_ORDER.filter((c) => known.includes(c)),
    ...known.filter((c) => !CATEGORY_ORDER.includes(c)).sort(),
  ]
  const rows: FigureRow[] = []
  for (const category of order) {
    const c = figures.categories[category]!
    rows.push({ category, label: null, measures: c })
    if (expanded.has(category))
      for (const label of Object.keys(c.labels).sort())
        rows.push({ category, label, measures: c.labels[label]! })
  }
  rows.push({ category: null, label: null, measures: figures.overall })
  return rows
}

/** The figures of everyone together, or of one pair. */
export function figuresFor(report: AgreementReport, pair: number | null): AgreementFigures {
  return pair === null ? report : (report.pairs[pair] ?? report)
}

const formats = new Map<string, Intl.NumberFormat>()

/** `0.857` in English, `0,857` in French; `–` for a measure that does not apply. */
export function formatFigure(value: number | null, language: string): string {
  if (value === null || !Number.isFinite(value)) return '–'
  let format = formats.get(language)
  if (!format) {
    format = new Intl.NumberFormat(language, { minimumFractionDigits: 3, maximumFractionDigits: 3 })
    formats.set(language, format)
  }
  const text = format.format(value)
  // Never show a negative zero: it reads as a disagreement that is not there.
  return /^[-−]0[.,]000$/.test(text) ? text.slice(1) : text
}

/**
 * The disagreements behind a row: of its category (or label), and, for a pair, those where at least one
 * of the two marked something (a disagreement between the others alone is not theirs).
 */
export function disagreementsBehind(
  report: AgreementReport,
  row: Pick<FigureRow, 'category' | 'label'>,
  pair: number | null,
): Disagreement[] {
  const two = pair === null ? null : report.pairs[pair]?.annotators
  return report.disagreements.filter(
    (d) =>
      (row.category === null || d.category === row.category) &&
      (row.label === null || d.labels.includes(row.label)) &&
      (!two || d.annotators.some((a) => two.includes(a))),
  )
}
