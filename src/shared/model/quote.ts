// Builds the TextQuoteSelector stored with each annotation (hypothesis stores 32 characters each side).
import type { TextQuote } from './annotation'
import { asCodePoint, type CodePointOffset, type OffsetIndex } from '../text/offsets'

export const QUOTE_CONTEXT = 32

export function quoteAt(
  text: string,
  index: OffsetIndex,
  start: CodePointOffset,
  end: CodePointOffset,
): TextQuote {
  const from = index.toUtf16(asCodePoint(Math.max(0, start - QUOTE_CONTEXT)))
  const to = index.toUtf16(asCodePoint(Math.min(index.codePointLength, end + QUOTE_CONTEXT)))
  const s = index.toUtf16(start)
  const e = index.toUtf16(end)
  return { exact: text.slice(s, e), prefix: text.slice(from, s), suffix: text.slice(e, to) }
}
