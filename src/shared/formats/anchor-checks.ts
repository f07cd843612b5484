// Checks an imported annotation against the text its offsets claim to refer to: the span must lie within
// the text (offsets in code points), and its stored quote must be the text there. A mismatch means the
// source changed since the annotation was made, and is refused rather than silently shifted.
import type { Annotation } from '../model/annotation'
import { sliceCodePoints, type CodePointOffset, type OffsetIndex } from '../text/offsets'

/** Why the annotation does not fit the text, or null when it does. */
export function anchorProblem(annotation: Annotation, text: string, index: OffsetIndex): string | null {
  const outside = rangeProblem(annotation.start, annotation.end, index)
  if (outside) return outside
  const exact = sliceCodePoints(text, index, annotation.start, annotation.end)
  return exact === annotation.quote.exact ? null : quoteMismatch(annotation.start, annotation.end)
}

/** Why `[start, end)` does not lie within the text, or null. */
export function rangeProblem(start: number, end: number, index: OffsetIndex): string | null {
  const length = index.codePointLength
  if (end > length || start > length)
    return `${start}–${end} is beyond the end of the text (${length} code points)`
  return null
}

export const quoteMismatch = (start: CodePointOffset | number, end: CodePointOffset | number): string =>
  `quote does not match the text at ${start}–${end} (source changed?)`
