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
    const end = index.toUtf16(piece.end)
    // Unit by unit, counting code points: a surrogate pair is one, and never a line break.
    for (let i = index.toUtf16(piece.start); i < end; i++, at++) {
      const unit = text.charCodeAt(i)
      if (LINE_BREAKS.has(unit)) {
        if (at > start) out.push({ start: asCodePoint(start), end: asCodePoint(at) })
        start = at + 1
      } else if (isHighSurrogate(unit) && i + 1 < end && isLowSurrogate(text.charCodeAt(i + 1))) i++
    }
    if (at > start) out.push({ start: asCodePoint(start), end: asCodePoint(at) })
  }
  return out
}

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff

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
