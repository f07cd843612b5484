// A document as the text view needs it: the canonical text split into paragraphs (one block each), with
// each paragraph's start in UTF-16 units for binary search, and the code-point ↔ UTF-16 index.
import { offsetIndexOf, type OffsetIndex, type Utf16Offset } from '@shared/text/offsets'
import type { DocumentMeta } from '@shared/model/document'

export interface Paragraph {
  readonly start: Utf16Offset
  readonly text: string
}

export interface DocumentModel {
  readonly meta: DocumentMeta
  readonly text: string
  readonly index: OffsetIndex
  readonly paragraphs: readonly Paragraph[]
}

export function createDocumentModel(meta: DocumentMeta, text: string): DocumentModel {
  const paragraphs: Paragraph[] = []
  let start = 0
  for (const line of text.split('\n')) {
    paragraphs.push({ start: start as Utf16Offset, text: line })
    start += line.length + 1
  }
  return { meta, text, index: offsetIndexOf(text), paragraphs }
}

/** The paragraph holding a UTF-16 offset (the last one starting at or before it). */
export function paragraphAt(paragraphs: readonly Paragraph[], offset: number): number {
  let lo = 0
  let hi = paragraphs.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1
    if (paragraphs[mid]!.start <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}
