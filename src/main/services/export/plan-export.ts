// Says, before anything is written, what an export holds and what each chosen format cannot carry: how
// many losses, how many distinct annotations they touch, and a sample of them, so the analyst (or a
// pipeline with `--strict`) can stop instead of losing annotations silently.
import { byCodeUnits } from '@shared/formats/export-order'
import type { CorpusFormat, ExportInput, FormatId, Loss } from '@shared/formats/format'

/** How many losses of one format are kept for display; the count is always complete. */
export const LOSS_SAMPLE_SIZE = 200

export interface FormatLosses {
  readonly format: FormatId
  /** Every loss (an annotation may lose several things). */
  readonly count: number
  /** Distinct annotations concerned. */
  readonly annotations: number
  readonly sample: readonly Loss[]
}

export interface ExportPlan {
  readonly documents: number
  readonly annotators: readonly string[]
  readonly annotations: number
  readonly losses: readonly FormatLosses[]
}

export function planExport(input: ExportInput, formats: readonly CorpusFormat[]): ExportPlan {
  const annotators = [...new Set(input.documents.flatMap((d) => d.sets.map((s) => s.annotator)))].sort(
    byCodeUnits,
  )
  let annotations = 0
  for (const document of input.documents)
    for (const set of document.sets) annotations += set.annotations.length
  const losses = formats.map((format): FormatLosses => {
    const all = format.losses(input)
    const touched = new Set(all.map((l) => JSON.stringify([l.documentId, l.annotator, l.annotationId])))
    return {
      format: format.id,
      count: all.length,
      annotations: touched.size,
      sample: all.slice(0, LOSS_SAMPLE_SIZE),
    }
  })
  return { documents: input.documents.length, annotators, annotations, losses }
}

export const hasLosses = (plan: ExportPlan): boolean => plan.losses.some((l) => l.count > 0)
