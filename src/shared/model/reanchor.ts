// Re-anchors spans on a source text that changed after they were made, by their quote (the W3C
// TextQuoteSelector, as hypothesis re-anchors): if the stored offsets still hold the quote, the span is
// kept; otherwise it moves to the one place the quote occurs or, of several, to the one whose surrounding
// text best matches the stored prefix and suffix. A quote that is gone, or a choice that stays a tie, is
// flagged for the analyst: a span is never silently shifted onto other words.
import type { Annotation, Fragment, TextQuote } from './annotation'
import { quoteAt } from './quote'
import { asCodePoint, asUtf16, type CodePointOffset, type OffsetIndex } from '../text/offsets'

export interface AnchoredSpan {
  readonly start: CodePointOffset
  readonly end: CodePointOffset
  readonly quote: TextQuote
}

export type FlagReason = 'quote-not-found' | 'ambiguous'

export type Reanchoring =
  | { readonly status: 'kept' }
  | { readonly status: 'moved'; readonly start: CodePointOffset; readonly end: CodePointOffset }
  | { readonly status: 'flagged'; readonly reason: FlagReason }

export function reanchorSpan(text: string, index: OffsetIndex, span: AnchoredSpan): Reanchoring {
  const { exact, prefix, suffix } = span.quote
  const inRange = span.start <= span.end && span.end <= index.codePointLength
  if (inRange && text.slice(index.toUtf16(span.start), index.toUtf16(span.end)) === exact)
    return { status: 'kept' }
  if (exact === '') return { status: 'flagged', reason: 'quote-not-found' }
  const candidates: { at: number; score: number }[] = []
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    const before = text.slice(Math.max(0, at - prefix.length), at)
    const after = text.slice(at + exact.length, at + exact.length + suffix.length)
    candidates.push({ at, score: commonSuffixLength(before, prefix) + commonPrefixLength(after, suffix) })
  }
  const best = Math.max(...candidates.map((c) => c.score))
  const winners = candidates.filter((c) => c.score === best)
  const [winner] = winners
  if (!winner) return { status: 'flagged', reason: 'quote-not-found' }
  if (winners.length > 1) return { status: 'flagged', reason: 'ambiguous' }
  const start = index.toCodePoint(asUtf16(winner.at))
  return { status: 'moved', start, end: index.toCodePoint(asUtf16(winner.at + exact.length)) }
}

export interface ReanchoredSet {
  /** Every annotation: kept ones unchanged, moved ones at their new place with a fresh quote context. */
  readonly annotations: readonly Annotation[]
  readonly moved: readonly string[]
  /** Left at their old offsets (which may no longer fit the text): the analyst must place them again. */
  readonly flagged: readonly { readonly id: string; readonly reason: FlagReason }[]
}

/** Re-anchors a whole annotation set on the changed text. */
export function reanchorAnnotations(
  text: string,
  index: OffsetIndex,
  annotations: readonly Annotation[],
): ReanchoredSet {
  const moved: string[] = []
  const flagged: { id: string; reason: FlagReason }[] = []
  const result = annotations.map((a): Annotation => {
    const found = reanchorSpan(text, index, a)
    if (found.status === 'kept') return a
    if (found.status === 'flagged') {
      flagged.push({ id: a.id, reason: found.reason })
      return a
    }
    moved.push(a.id)
    // The whole extent matched, so the text between fragments is unchanged: they shift by the same amount.
    const shift = (f: Fragment): Fragment => ({
      start: asCodePoint(f.start + found.start - a.start),
      end: asCodePoint(f.end + found.start - a.start),
    })
    const fragments = a.fragments?.map(shift)
    const quote = quoteAt(text, index, found.start, found.end)
    return { ...a, start: found.start, end: found.end, quote, ...(fragments ? { fragments } : {}) }
  })
  return { annotations: result, moved, flagged }
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++
  return n
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[n] === b[n]) n++
  return n
}
