// A half-open range `[start, end)` of a JavaScript string, in UTF-16 code units: what the editor's text
// functions (snapping, search, sentence segmentation) return. Stored annotations use code points instead
// (see offsets.ts); convert at the boundary with an OffsetIndex.
import type { Utf16Offset } from './offsets'

export interface Utf16Span {
  readonly start: Utf16Offset
  readonly end: Utf16Offset
}
