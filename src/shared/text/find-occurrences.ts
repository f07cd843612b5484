// Whole-word search for Find and "tag all occurrences". The text is folded once (search-fold.ts: accents
// decomposed, optionally lower case and without marks, one apostrophe, one space for any white space), a
// plain indexOf loop scans the folded text, and every hit is mapped back to the original UTF-16 offsets,
// whatever the text's accent encoding. French elision can be made optional (`l’Union` finds `Union`).
import { codePointAt, codePointBefore, isWordChar } from './chars'
import { isElision } from './french-words'
import { asUtf16 } from './offsets'
import { foldForSearch, type FoldOptions } from './search-fold'
import type { Utf16Span } from './span'

export interface FindOptions extends FoldOptions {
  /** When false, text and needle are compared in `toLocaleLowerCase('fr')`. */
  readonly caseSensitive: boolean
  /** When false, combining marks are dropped after NFD (`é` = `e`); `œ` and `æ` stay as they are. */
  readonly accentSensitive: boolean
  /** When true, an elided clitic opening the needle (`l’Union`) is optional in the text. */
  readonly elision: boolean
}

/** The needle split into an optional elided clitic (folded, with its apostrophe) and the rest. */
function splitNeedle(needle: string, options: FindOptions): { clitic: string; core: string } {
  const trimmed = needle.trim()
  const elided = options.elision ? /^(\p{L}+)['’]([\p{L}\p{M}\p{N}]*)/u.exec(trimmed) : null
  if (elided === null || elided[2] === '' || !isElision(elided[1]!, elided[2]!)) {
    return { clitic: '', core: foldForSearch(trimmed, options).text }
  }
  const clitic = elided[0].slice(0, elided[1]!.length + 1)
  return {
    clitic: foldForSearch(clitic, options).text,
    core: foldForSearch(trimmed.slice(clitic.length), options).text,
  }
}

/**
 * Folds `text` once and returns a search over it: every whole-word occurrence of a needle, sorted and
 * non-overlapping, as UTF-16 spans of the original text. A match must start and end on character-cluster
 * boundaries, and the characters just outside it must not be letters, marks or numbers (an apostrophe or
 * a hyphen is fine: `Asie` is found in `l’Asie` and `Chine-Asie`). Straight and curly apostrophes match
 * each other, and any run of white space (NBSP included) matches any other.
 */
export function createOccurrenceFinder(text: string, options: FindOptions): (needle: string) => Utf16Span[] {
  const folded = foldForSearch(text, options)
  const isWordEdge = (start: number, end: number): boolean =>
    !isWordChar(codePointBefore(text, start)) && !isWordChar(codePointAt(text, end))
  return (needle) => {
    const { clitic, core } = splitNeedle(needle, options)
    const spans: Utf16Span[] = []
    if (core === '') return spans
    let from = 0
    for (;;) {
      const p = folded.text.indexOf(core, from)
      if (p < 0) return spans
      const q = p + core.length
      const start = folded.originAt(p)
      const end = folded.originAt(q)
      if (start < 0 || end < 0 || !isWordEdge(start, end)) {
        from = p + 1
        continue
      }
      // The elided clitic belongs to the match only when the text has it too, as a word of its own.
      const c = p - clitic.length
      const cliticStart =
        clitic !== '' && c >= 0 && folded.text.startsWith(clitic, c) ? folded.originAt(c) : -1
      const withClitic =
        cliticStart >= 0 &&
        !isWordChar(codePointBefore(text, cliticStart)) &&
        cliticStart >= (spans.at(-1)?.end ?? 0)
      spans.push({ start: asUtf16(withClitic ? cliticStart : start), end: asUtf16(end) })
      from = q
    }
  }
}

/** Every whole-word occurrence of `needle` in `text` (see createOccurrenceFinder). */
export function findOccurrences(text: string, needle: string, options: FindOptions): Utf16Span[] {
  return createOccurrenceFinder(text, options)(needle)
}
