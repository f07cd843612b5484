// What the agreement report's tables share (CSV, Markdown, the command line's text): the measures in
// their column order with their names, the rows of one set of figures (each category, then each of its
// labels, then everything), and figures written to three decimals.
import type { AgreementFigures, AgreementMeasures, AgreementReport, ReviewKind } from './review-types'

export const MEASURES: readonly { readonly key: keyof AgreementMeasures; readonly title: string }[] = [
  { key: 'f1Exact', title: 'F1 exact' },
  { key: 'f1Overlap', title: 'F1 overlap' },
  { key: 'cohenKappa', title: 'Cohen’s κ' },
  { key: 'fleissKappa', title: 'Fleiss’ κ' },
  { key: 'krippendorffAlpha', title: 'Krippendorff’s α' },
  { key: 'alphaU', title: 'αu' },
]

/** The category id a row of everything is filed under. */
export const OVERALL = 'overall'

export interface FigureRow {
  /** A category id, or OVERALL. */
  readonly category: string
  /** A full label, or null for the whole category. */
  readonly label: string | null
  readonly measures: AgreementMeasures
}

/** Each category (then each of its labels), then everything, in the figures' order. */
export function figureRows(figures: AgreementFigures): FigureRow[] {
  return [
    ...Object.entries(figures.categories).flatMap(([category, c]): FigureRow[] => [
      { category, label: null, measures: c },
      ...Object.entries(c.labels).map(([label, measures]) => ({ category, label, measures })),
    ]),
    { category: OVERALL, label: null, measures: figures.overall },
  ]
}

/** A figure to three decimals, or null; never `-0.000`. */
export function threeDecimals(value: number | null): string | null {
  if (value === null || !Number.isFinite(value)) return null
  const text = value.toFixed(3)
  return text === '-0.000' ? '0.000' : text
}

export const DISAGREEMENT_KINDS: readonly Exclude<ReviewKind, 'agreed'>[] = ['label', 'boundary', 'single']

/** How many disagreements of each kind the report lists. */
export function disagreementCounts(report: AgreementReport): Record<Exclude<ReviewKind, 'agreed'>, number> {
  const counts = { label: 0, boundary: 0, single: 0 }
  for (const d of report.disagreements) counts[d.kind]++
  return counts
}
