// What fits on one line of a brat .ann file. brat reads .ann files with Python's `str.splitlines`, so
// besides `\n` and `\r` it also ends a line at VT, FF, FS, GS, RS, NEL, LINE SEPARATOR and PARAGRAPH
// SEPARATOR. A span's text is copied onto its line, so a span that crosses a line break is written as
// fragments around the break (as brat itself does) and read back as one span: on import, fragments whose
// gap is only line breaks are merged. Free text (notes, text attributes, author) gets its line breaks and
// other control characters replaced by spaces, which the export lists as a loss.
import type { Fragment } from '../model/annotation'
import { asCodePoint, type OffsetIndex } from '../text/offsets'

const LINE_BREAK = /[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/
/** C0 controls but TAB, DEL, C1 controls, and the Unicode line and paragraph separators. */
const UNSAFE_IN_LINE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]/g

export const isBratLineBreak = (char: string): boolean => LINE_BREAK.test(char)

/** The first character a .ann line may not hold (a control character), with its UTF-16 index, or null. */
export function findControlCharacter(text: string): { readonly char: string; readonly index: number } | null {
  const match = new RegExp(UNSAFE_IN_LINE.source).exec(text)
  return match ? { char: match[0], index: match.index } : null
}

/** Free text made fit for one .ann line: every control character and line break becomes a space. */
export const toOneLine = (text: string): string => text.replace(UNSAFE_IN_LINE, ' ')

/** `U+000A`: how problems name an invisible character. */
export const codePointName = (char: string): string =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`

/** Cuts each piece at brat line breaks, dropping the breaks; pieces that hold nothing else disappear. */
export function splitAtLineBreaks(text: string, index: OffsetIndex, pieces: readonly Fragment[]): Fragment[] {
  const out: Fragment[] = []
  for (const piece of pieces) {
    let start = piece.start as number
    let at = start
    for (const char of text.slice(index.toUtf16(piece.start), index.toUtf16(piece.end))) {
      if (isBratLineBreak(char)) {
        if (at > start) out.push({ start: asCodePoint(start), end: asCodePoint(at) })
        start = at + 1
      }
      at++
    }
    if (at > start) out.push({ start: asCodePoint(start), end: asCodePoint(at) })
  }
  return out
}

/** Joins sorted pieces whose gap is not empty and holds only line breaks: the inverse of the split above. */
export function mergeLineBreakGaps(
  text: string,
  index: OffsetIndex,
  pieces: readonly Fragment[],
): Fragment[] {
  const out: Fragment[] = []
  for (const piece of pieces) {
    const last = out.at(-1)
    const gap = last ? text.slice(index.toUtf16(last.end), index.toUtf16(piece.start)) : ''
    if (last && gap !== '' && [...gap].every(isBratLineBreak))
      out[out.length - 1] = { start: last.start, end: piece.end }
    else out.push(piece)
  }
  return out
}
