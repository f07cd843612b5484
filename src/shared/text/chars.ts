// Character classes shared by word segmentation, selection snapping and search. They walk JavaScript strings
// by code point, so a surrogate pair is always read (and skipped) as one character. Classes are computed once
// per code point with Unicode property escapes and cached, since a text reuses few of them.

/** Letters, combining marks and numbers: what a word is made of. */
export const WORD = 1
/** `\p{L}`: letters only. */
export const LETTER = 2
/** `\p{M}`: combining marks. */
export const MARK = 4
/** `\p{Nd}`: decimal digits. */
export const DIGIT = 8
/** White space, including NBSP, narrow NBSP and the zero-width space. */
export const SPACE = 16

/** Set on every filled entry of the BMP table, so 0 means "not computed yet". */
const KNOWN = 32
const bmpClasses = new Uint8Array(0x10000)
const astralClasses = new Map<number, number>()

function computeClass(cp: number): number {
  const ch = String.fromCodePoint(cp)
  return (
    (/\p{L}/u.test(ch) ? WORD | LETTER : 0) |
    (/\p{M}/u.test(ch) ? WORD | MARK : 0) |
    (/\p{N}/u.test(ch) ? WORD : 0) |
    (/\p{Nd}/u.test(ch) ? DIGIT : 0) |
    (/\s/u.test(ch) || cp === 0x200b ? SPACE : 0)
  )
}

/** The class flags of a code point (WORD, LETTER, MARK, DIGIT, SPACE); 0 for -1 (past the end). */
export function classify(cp: number): number {
  if (cp < 0) return 0
  if (cp < 0x10000) {
    let flags = bmpClasses[cp]!
    if (flags === 0) bmpClasses[cp] = flags = computeClass(cp) | KNOWN
    return flags
  }
  let flags = astralClasses.get(cp)
  if (flags === undefined) astralClasses.set(cp, (flags = computeClass(cp)))
  return flags
}

export const isWordChar = (cp: number): boolean => (classify(cp) & WORD) !== 0
export const isMark = (cp: number): boolean => (classify(cp) & MARK) !== 0
export const isDigit = (cp: number): boolean => (classify(cp) & DIGIT) !== 0
export const isSpace = (cp: number): boolean => (classify(cp) & SPACE) !== 0
/** Straight U+0027 and curly U+2019: French typography uses both for elision. */
export const isApostrophe = (cp: number): boolean => cp === 0x27 || cp === 0x2019
/** Hyphen-minus, hyphen and non-breaking hyphen join compounds; dashes (– —) do not. */
export const isHyphen = (cp: number): boolean => cp === 0x2d || cp === 0x2010 || cp === 0x2011

/** The code point starting at UTF-16 index `i` (a lone surrogate reads as itself), or -1 past the end. */
export function codePointAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.codePointAt(i)! : -1
}

/** The code point ending at UTF-16 index `i`, or -1 at the start. */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0 || i > text.length) return -1
  const low = text.charCodeAt(i - 1)
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2)
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(i - 2)!
  }
  return low
}

/** How many UTF-16 units a code point takes. */
export const unitsOf = (cp: number): number => (cp > 0xffff ? 2 : 1)

const ZWJ = 0x200d
export const isRegionalIndicator = (cp: number): boolean => cp >= 0x1f1e6 && cp <= 0x1f1ff
/** Characters that extend the one before: marks (incl. variation selectors), skin tones, emoji tags. */
const isExtender = (cp: number): boolean =>
  isMark(cp) || (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f)

/**
 * False when the UTF-16 unit `unit` (NaN past the end) surely does not extend the character before it;
 * true when it may (a BMP mark, a ZWJ, or a high surrogate, whose code point could be an emoji modifier).
 */
export const mayExtend = (unit: number): boolean =>
  unit >= 0x300 && (unit === ZWJ || (unit >= 0xd800 && unit <= 0xdbff) || isMark(unit))

/**
 * End of the character cluster starting at `i`: the code point with its combining marks, emoji modifiers
 * and tags, and ZWJ sequences; two regional indicators (a flag) make one cluster. A simplified grapheme
 * cluster that needs no Intl.Segmenter and is the same in every runtime.
 */
export function clusterEnd(text: string, i: number): number {
  const first = codePointAt(text, i)
  if (first < 0) return i
  let end = i + unitsOf(first)
  if (isRegionalIndicator(first) && isRegionalIndicator(codePointAt(text, end))) end += 2
  for (;;) {
    const cp = codePointAt(text, end)
    if (cp < 0) return end
    if (isExtender(cp)) end += unitsOf(cp)
    else if (cp === ZWJ && end + 1 < text.length && !isSpace(codePointAt(text, end + 1))) {
      end += 1 + unitsOf(codePointAt(text, end + 1))
    } else return end
  }
}

/** True when `i` falls between the two halves of a surrogate pair. */
export function isInsidePair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false
  const low = text.charCodeAt(i)
  const high = text.charCodeAt(i - 1)
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff
}
