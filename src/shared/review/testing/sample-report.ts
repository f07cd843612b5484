// A small agreement report written by hand for the golden tests of its CSV and Markdown forms: names that
// need quoting or escaping, a negative figure, one that rounds to -0, figures that do not apply (null).
import type { AgreementMeasures, AgreementReport, Disagreement } from '../review-types'

const measures = (
  f1Exact: number | null,
  f1Overlap: number | null,
  cohenKappa: number | null,
  krippendorffAlpha: number | null,
  alphaU: number | null,
): AgreementMeasures => ({ f1Exact, f1Overlap, cohenKappa, fleissKappa: null, krippendorffAlpha, alphaU })

const disagreement = (kind: Disagreement['kind'], start: number): Disagreement => ({
  documentId: 'doc-1',
  category: 'ENTITY',
  labels: ['ENTITY:PERSON'],
  kind,
  start,
  end: start + 4,
  excerpt: 'Wang',
  annotators: ['Aïcha Benali'],
})

const figures = {
  categories: {
    POSITION: {
      ...measures(0.5, 2 / 3, -0.25, -0.0001, null),
      labels: { POSITION: measures(0.5, 2 / 3, -0.25, -0.0001, null) },
    },
    ENTITY: {
      ...measures(1, 1, 1, 1, 0.98765),
      labels: {
        'ENTITY:PERSON': measures(1, 1, 1, 1, 1),
        'ENTITY:A|B_*x*': measures(null, null, null, null, null),
      },
    },
  },
  overall: measures(0.75, 0.8333333, 0.6, 0.6, 0.5),
}

export const SAMPLE_REPORT: AgreementReport = {
  annotators: ['Aïcha Benali', 'Jean "JD" Dupont, Jr.'],
  documentIds: ['doc-1', 'doc_2'],
  ...figures,
  pairs: [{ annotators: ['Aïcha Benali', 'Jean "JD" Dupont, Jr.'], ...figures }],
  disagreements: [disagreement('label', 0), disagreement('single', 10), disagreement('single', 20)],
}
