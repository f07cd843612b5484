// What the editor does to a mouse or keyboard selection before it becomes a span: trim white space, quotes
// and punctuation from the edges, then widen an edge that falls inside a word part to that part's
// boundary. Word parts are the tokens of french-words.ts cut at hyphens, so an elided clitic (`l’`) and each
// half of a compound (`Chine`, `Asie`) are parts of their own; a symbol token (an emoji with its skin tone,
// a flag) counts as one part too, so no character cluster or surrogate pair is ever cut.
import { codePointAt, codePointBefore, isHyphen, isInsidePair, isSpace, unitsOf } from './chars'
import { tokenize } from './french-words'
import { asUtf16, type Utf16Offset } from './offsets'
import type { Utf16Span } from './span'

/** Characters trimmed from the edges of a selection (besides white space). */
const EDGE_PUNCTUATION = new Set([
  ...['«', '»', '“', '”', '„', '"', '‘', '’', "'", '‹', '›', '‚'],
  ...['.', ',', ';', ':', '!', '?', '…', '(', ')', '[', ']', '{', '}'],
  ...['-', '‐', '‑', '–', '—'],
])
const isTrimmed = (cp: number): boolean =>
  cp >= 0 && (isSpace(cp) || EDGE_PUNCTUATION.has(String.fromCodePoint(cp)))

interface Part {
  readonly start: number
  readonly end: number
  readonly word: boolean
}

/** The word parts of the white-space-delimited chunk around `offset` (tokens never cross white space). */
function partsAround(text: string, offset: number): Part[] {
  let lo = offset
  while (lo > 0 && !isSpace(codePointBefore(text, lo))) lo -= unitsOf(codePointBefore(text, lo))
  let hi = offset
  while (hi < text.length && !isSpace(codePointAt(text, hi))) hi += unitsOf(codePointAt(text, hi))
  const parts: Part[] = []
  for (const token of tokenize(text.slice(lo, hi))) {
    const word = token.kind !== 'punct'
    let start = lo + token.start
    if (word) {
      for (let i = start; i < lo + token.end; i++) {
        if (isHyphen(text.charCodeAt(i))) {
          parts.push({ start, end: i, word })
          start = i + 1
        }
      }
    }
    parts.push({ start, end: lo + token.end, word })
  }
  return parts
}

function checkOffset(text: string, offset: number): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) {
    throw new RangeError(`UTF-16 offset ${offset} outside 0–${text.length}`)
  }
}

/**
 * Snaps a selection `[start, end)` (either order) to whole word parts: `Asi` in `l’Asie` gives `Asie`,
 * `l’As` gives `l’Asie`, `Chin` in `Chine-Asie` gives `Chine`. An edge on an apostrophe or a hyphen moves
 * past it, inward. Returns null for an empty selection or one of only white space and punctuation.
 */
export function snapToWords(text: string, start: Utf16Offset, end: Utf16Offset): Utf16Span | null {
  checkOffset(text, start)
  checkOffset(text, end)
  if (start === end) return null
  let s: number = Math.min(start, end)
  let e: number = Math.max(start, end)
  if (isInsidePair(text, s)) s--
  if (isInsidePair(text, e)) e++
  while (s < e && isTrimmed(codePointAt(text, s))) s += unitsOf(codePointAt(text, s))
  while (e > s && isTrimmed(codePointBefore(text, e))) e -= unitsOf(codePointBefore(text, e))
  if (s >= e) return null
  const startPart = partsAround(text, s).find((p) => p.start < s && s < p.end)
  const endPart = partsAround(text, e).find((p) => p.start < e && e < p.end)
  return { start: asUtf16(startPart?.start ?? s), end: asUtf16(endPart?.end ?? e) }
}

/**
 * The word part under a caret, for tagging the word at the cursor: the part around `offset`, else the one
 * starting at it, else the one ending at it (`l’|Asie` gives `Asie`, `Asie|.` gives `Asie`). Null when the
 * caret touches no word or number.
 */
export function expandToWordAt(text: string, offset: Utf16Offset): Utf16Span | null {
  checkOffset(text, offset)
  const at = isInsidePair(text, offset) ? offset - 1 : offset
  const parts = partsAround(text, at).filter((p) => p.word)
  const part =
    parts.find((p) => p.start < at && at < p.end) ??
    parts.find((p) => p.start === at) ??
    parts.find((p) => p.end === at)
  return part === undefined ? null : { start: asUtf16(part.start), end: asUtf16(part.end) }
}
