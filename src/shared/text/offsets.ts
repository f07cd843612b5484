// The one place where offsets change units. Stored and exported offsets count Unicode code points (as
// Python, brat, spaCy and the W3C model do); JavaScript strings and the DOM count UTF-16 code units.
// Branded types keep the two from being mixed up by accident.

declare const codePointBrand: unique symbol
declare const utf16Brand: unique symbol

/** An offset counted in Unicode code points, half-open ranges `[start, end)`. */
export type CodePointOffset = number & { readonly [codePointBrand]: true }
/** An offset counted in UTF-16 code units (JavaScript string indices). */
export type Utf16Offset = number & { readonly [utf16Brand]: true }

export const asCodePoint = (n: number): CodePointOffset => n as CodePointOffset
export const asUtf16 = (n: number): Utf16Offset => n as Utf16Offset

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff
/** Whole numbers only: NaN or 1.5 would otherwise pass the range check and yield NaN or a fraction. */
const isIndexWithin = (offset: number, length: number): boolean =>
  Number.isInteger(offset) && offset >= 0 && offset <= length

/**
 * Converts between the two units for one text in O(log n) per call: it remembers the UTF-16 index of
 * every astral character (those that take two units), which are rare in political texts.
 */
export interface OffsetIndex {
  readonly utf16Length: number
  readonly codePointLength: number
  toUtf16(offset: CodePointOffset): Utf16Offset
  /** An offset between the two halves of a surrogate pair maps to the start of that character. */
  toCodePoint(offset: Utf16Offset): CodePointOffset
  /** True when the UTF-16 offset falls between the two halves of a surrogate pair. */
  isInsideSurrogatePair(offset: Utf16Offset): boolean
}

/** The last text `offsetIndexOf` was asked about, and its index. */
let last: { text: string; index: OffsetIndex } | null = null

/**
 * The index of a text, kept for the last text asked about: opening a document builds it once, though both
 * the unpacking of its annotations and the text view need it. Indexes are immutable, so sharing is safe.
 */
export function offsetIndexOf(text: string): OffsetIndex {
  if (last?.text !== text) last = { text, index: createOffsetIndex(text) }
  return last.index
}

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g

export function createOffsetIndex(text: string): OffsetIndex {
  // A regular expression finds the pairs natively: a megabyte of text without any is one quick scan.
  const astralStarts: number[] = []
  for (const pair of text.matchAll(SURROGATE_PAIR)) astralStarts.push(pair.index)
  const codePointLength = text.length - astralStarts.length
  /** Number of astral characters starting strictly before `utf16`. */
  const astralBefore = (utf16: number): number => {
    let lo = 0
    let hi = astralStarts.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (astralStarts[mid]! < utf16) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  return {
    utf16Length: text.length,
    codePointLength,
    toUtf16(offset) {
      if (!isIndexWithin(offset, codePointLength)) {
        throw new RangeError(`code-point offset ${offset} outside 0–${codePointLength}`)
      }
      // The k-th astral character sits at astralStarts[k] = its code-point offset + k.
      let lo = 0
      let hi = astralStarts.length
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if (astralStarts[mid]! - mid < offset) lo = mid + 1
        else hi = mid
      }
      return asUtf16(offset + lo)
    },
    toCodePoint(offset) {
      if (!isIndexWithin(offset, text.length)) {
        throw new RangeError(`UTF-16 offset ${offset} outside 0–${text.length}`)
      }
      return asCodePoint(offset - astralBefore(offset))
    },
    isInsideSurrogatePair(offset) {
      return (
        offset > 0 &&
        offset < text.length &&
        isLowSurrogate(text.charCodeAt(offset)) &&
        isHighSurrogate(text.charCodeAt(offset - 1))
      )
    },
  }
}

/** Length of a string in code points. */
export function codePointLength(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    n++
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) i++
  }
  return n
}

/** `text[start:end]` as Python would slice it, with code-point offsets. */
export function sliceCodePoints(
  text: string,
  index: OffsetIndex,
  start: CodePointOffset,
  end: CodePointOffset,
): string {
  return text.slice(index.toUtf16(start), index.toUtf16(end))
}
