// Checks a brat text-bound line against the document text: offsets within the text, fragments neither
// empty nor overlapping, and the text written on the line equal to the text the offsets select (brat joins
// the fragments' texts with one space). Offsets count code points, as brat slices a Python str. When they
// only fit the file as given (with CRLF line ends or a byte-order mark, which the canonical text drops),
// the problem says so rather than letting every later span shift silently.
import type { Fragment } from '../model/annotation'
import { asCodePoint, createOffsetIndex, type OffsetIndex } from '../text/offsets'
import type { Piece } from './brat-ann-read'
import { mergeLineBreakGaps } from './brat-lines'

export interface SpanText {
  /** The text as brat shows it: canonical, or the file's own when it differs (CRLF, BOM). */
  readonly text: string
  readonly index: OffsetIndex
}

const textAt = (source: SpanText, pieces: readonly Piece[]): string | null =>
  pieces.every((p) => p.end <= source.index.codePointLength)
    ? pieces
        .map((p) =>
          source.text.slice(
            source.index.toUtf16(asCodePoint(p.start)),
            source.index.toUtf16(asCodePoint(p.end)),
          ),
        )
        .join(' ')
    : null

/** brat's rule: the line holds the span text, then nothing or white space and a comment. */
const holds = (written: string, expected: string): boolean =>
  written === expected || (written.startsWith(expected) && /^\s/.test(written.slice(expected.length)))

/** Why the offsets fit the file as given but not the canonical text. */
function rawHint(raw: string): string {
  if (raw.startsWith('\uFEFF')) return ' (the offsets count the byte-order mark, which Parley removes)'
  return ' (the offsets count CR characters; the text was normalised to LF)'
}

/**
 * The fragments of a span, sorted, with those split only by line breaks merged back; or the reason the
 * line does not fit the text. `raw` is the file's text when it differs from the canonical one.
 */
export function checkSpan(
  pieces: readonly Piece[],
  written: string,
  canonical: SpanText,
  raw: string | null,
): { readonly fragments: Fragment[] } | { readonly problem: string } {
  const empty = pieces.find((p) => p.end <= p.start)
  if (empty)
    return { problem: `empty fragment ${empty.start} ${empty.end}: a span holds at least one character` }
  const sorted = [...pieces].sort((a, b) => a.start - b.start)
  if (sorted.some((p, i) => i > 0 && p.start < sorted[i - 1]!.end)) return { problem: 'fragments overlap' }
  const rawText = raw === null ? null : textAt({ text: raw, index: createOffsetIndex(raw) }, pieces)
  const hint = raw !== null && rawText !== null && holds(written, rawText) ? rawHint(raw) : ''
  const expected = textAt(canonical, pieces)
  if (expected === null) {
    const length = canonical.index.codePointLength
    return { problem: `offsets beyond the end of the text (${length} characters)${hint}` }
  }
  if (!holds(written, expected))
    return {
      problem: `span text « ${written} » is not the text at these offsets, « ${expected} »${hint}`,
    }
  const fragments = sorted.map((p) => ({ start: asCodePoint(p.start), end: asCodePoint(p.end) }))
  return { fragments: mergeLineBreakGaps(canonical.text, canonical.index, fragments) }
}
