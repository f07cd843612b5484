// Whole-word search for Find and "tag all occurrences". The text is folded once (canonical decomposition,
// optionally lower case and without accents, one apostrophe, one space for any run of white space) with a
// map from each folded unit back to the original UTF-16 offset; a plain indexOf loop then scans the folded
// text, and every hit is mapped back so results point into the original, whatever its accent encoding.
import { clusterEnd, codePointAt, codePointBefore, isSpace, isWordChar, mayExtend } from './chars'
import { isElision } from './french-words'
import { asUtf16 } from './offsets'
import type { Utf16Span } from './span'

export interface FindOptions {
  /** When false, text and needle are compared in `toLocaleLowerCase('fr')`. */
  readonly caseSensitive: boolean
  /** When false, combining marks are dropped after NFD (`é` = `e`); `œ` and `æ` stay as they are. */
  readonly accentSensitive: boolean
  /** When true, an elided clitic opening the needle (`l’Union`) is optional in the text. */
  readonly elision: boolean
}

interface Folded {
  readonly text: string
  /**
   * For each folded unit, the original offset of the character cluster that produced it, or -1 when the
   * unit is not the first of its cluster (no match may start or end there). One more entry at the end
   * holds the original length.
   */
  readonly origin: Int32Array
}

const SPACE = 0x20

function foldCluster(cluster: string, options: FindOptions): string {
  let folded = cluster.normalize('NFD')
  if (!options.caseSensitive) folded = folded.toLocaleLowerCase('fr')
  if (!options.accentSensitive) folded = folded.replace(/\p{M}/gu, '')
  return folded.replaceAll('\u2019', "'")
}

/**
 * Folds `text` for searching, cluster by cluster (see clusterEnd). Runs of ASCII that fold to themselves
 * (but for case) are sliced in one piece; other characters are folded once per distinct cluster.
 */
function fold(text: string, options: FindOptions): Folded {
  const parts: string[] = []
  let origin = new Int32Array(text.length + 16)
  let n = 0
  const reserve = (extra: number): void => {
    if (n + extra < origin.length) return
    const grown = new Int32Array(Math.max(origin.length * 2, n + extra + 1))
    grown.set(origin.subarray(0, n))
    origin = grown
  }
  const emit = (folded: string, from: number): void => {
    reserve(folded.length)
    parts.push(folded)
    for (let k = 0; k < folded.length; k++) origin[n++] = k === 0 ? from : -1
  }
  let runStart = -1
  const flushRun = (to: number): void => {
    if (runStart < 0) return
    const run = text.slice(runStart, to)
    parts.push(options.caseSensitive ? run : run.toLowerCase())
    reserve(run.length)
    for (let k = runStart; k < to; k++) origin[n++] = k
    runStart = -1
  }
  const clusters = new Map<string, string>()
  const units = new Map<number, string>()
  let lastWasSpace = false
  let i = 0
  while (i < text.length) {
    const c = text.charCodeAt(i)
    const simple = !mayExtend(text.charCodeAt(i + 1)) && (c < 0xd800 || c > 0xdfff)
    const space = simple ? isSpace(c) : isSpace(codePointAt(text, i))
    if (simple && c < 0x80 && (space ? c === SPACE && !lastWasSpace : true)) {
      // ASCII that folds to itself (or its lower case), a single space included.
      if (runStart < 0) runStart = i
      lastWasSpace = space
      i++
      continue
    }
    flushRun(i)
    const end = simple ? i + 1 : clusterEnd(text, i)
    if (space) {
      if (!lastWasSpace) emit(' ', i)
      lastWasSpace = true
    } else if (simple) {
      let folded = units.get(c)
      if (folded === undefined) units.set(c, (folded = foldCluster(String.fromCharCode(c), options)))
      emit(folded, i)
      lastWasSpace = false
    } else {
      const cluster = text.slice(i, end)
      let folded = clusters.get(cluster)
      if (folded === undefined) clusters.set(cluster, (folded = foldCluster(cluster, options)))
      emit(folded, i)
      lastWasSpace = false
    }
    i = end
  }
  flushRun(i)
  reserve(1)
  origin[n] = text.length
  return { text: parts.join(''), origin: origin.subarray(0, n + 1) }
}

/** The needle split into an optional elided clitic (folded, with its apostrophe) and the rest. */
function splitNeedle(needle: string, options: FindOptions): { clitic: string; core: string } {
  const trimmed = needle.trim()
  const elided = options.elision ? /^(\p{L}+)['’]([\p{L}\p{M}\p{N}]*)/u.exec(trimmed) : null
  if (elided === null || elided[2] === '' || !isElision(elided[1]!, elided[2]!)) {
    return { clitic: '', core: fold(trimmed, options).text }
  }
  const clitic = elided[0].slice(0, elided[1]!.length + 1)
  return { clitic: fold(clitic, options).text, core: fold(trimmed.slice(clitic.length), options).text }
}

/**
 * Folds `text` once and returns a search over it: every whole-word occurrence of a needle, sorted and
 * non-overlapping, as UTF-16 spans of the original text. A match must start and end on character-cluster
 * boundaries, and the characters just outside it must not be letters, marks or numbers (an apostrophe or
 * a hyphen is fine: `Asie` is found in `l’Asie` and `Chine-Asie`). Straight and curly apostrophes match
 * each other, and any run of white space (NBSP included) matches any other.
 */
export function createOccurrenceFinder(text: string, options: FindOptions): (needle: string) => Utf16Span[] {
  const folded = fold(text, options)
  const { origin } = folded
  const isWordEdge = (start: number, end: number): boolean =>
    !isWordChar(codePointBefore(text, start)) && !isWordChar(codePointAt(text, end))
  return (needle) => {
    const { clitic, core } = splitNeedle(needle, options)
    const spans: Utf16Span[] = []
    if (core === '' || core.trim() === '') return spans
    let from = 0
    for (;;) {
      const p = folded.text.indexOf(core, from)
      if (p < 0) return spans
      const q = p + core.length
      const start = origin[p]!
      const end = origin[q]!
      if (start < 0 || end < 0 || !isWordEdge(start, end)) {
        from = p + 1
        continue
      }
      // The elided clitic belongs to the match only when the text has it too, as a word of its own.
      const c = p - clitic.length
      const withClitic =
        clitic !== '' &&
        c >= 0 &&
        folded.text.startsWith(clitic, c) &&
        origin[c]! >= 0 &&
        !isWordChar(codePointBefore(text, origin[c]!)) &&
        origin[c]! >= (spans.at(-1)?.end ?? 0)
      spans.push({ start: asUtf16(withClitic ? origin[c]! : start), end: asUtf16(end) })
      from = q
    }
  }
}

/** Every whole-word occurrence of `needle` in `text` (see createOccurrenceFinder). */
export function findOccurrences(text: string, needle: string, options: FindOptions): Utf16Span[] {
  return createOccurrenceFinder(text, options)(needle)
}
