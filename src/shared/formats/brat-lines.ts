// What fits on one line of a brat .ann file. brat reads .ann files with Python's `str.splitlines`, so
// besides `\n` and `\r` it also ends a line at VT, FF, FS, GS, RS, NEL, LINE SEPARATOR and PARAGRAPH
// SEPARATOR. A span's text is copied onto its line, so a span that crosses a line break is written as
// fragments around the break (as brat itself does) and read back as one span: on import, fragments whose
// gap is only line breaks are merged. Free text (notes, text attributes, author) gets its line breaks and
// other control characters replaced by spaces, which the export lists as a loss.
import type { Fragment } from '../model/annotation'
import { asCodePoint, type OffsetIndex } from '../text/offsets'

/** Where Python's `str.splitlines` ends a line: LF, VT, FF, CR, FS, GS, RS, NEL, LS and PS. */
const LINE_BREAKS: ReadonlySet<number> = new Set([
  0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029,
])

export const isBratLineBreak = (char: string): boolean => LINE_BREAKS.has(char.charCodeAt(0))

/** C0 controls but TAB, DEL and C1 controls, and the line and paragraph separators: all BMP. */
const isUnsafeInLine = (unit: number): boolean =>
  (unit < 0x20 && unit !== 0x09) || (unit >= 0x7f && unit <= 0x9f) || unit === 0x2028 || unit === 0x2029

/** The first character a .ann line may not hold (a control character), with its UTF-16 index, or null. */
export function findControlCharacter(text: string): { readonly char: string; readonly index: number } | null {
  for (let i = 0; i < text.length; i++)
    if (isUnsafeInLine(text.charCodeAt(i))) return { char: text.charAt(i), index: i }
  return null
}

/** Free text made fit for one .ann line: every control character and line break becomes a space. */
export function toOneLine(text: string): string {
  if (findControlCharacter(text) === null) return text
  return Array.from(text, (char) => (isUnsafeInLine(char.charCodeAt(0)) ? ' ' : char)).join('')
}

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
