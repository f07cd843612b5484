// French-aware word segmentation: the editor snaps selections to these words, and the CoNLL export writes
// them as its tokens, so the rules are deterministic and listed here. The text is read in non-space runs
// (any Unicode white space, NBSP and narrow NBSP included, separates tokens and is never a token):
//
// - A word is a run of letters, combining marks and numbers (`\p{L}\p{M}\p{N}`). Its kind is `word` if it
//   holds a letter, else `number`. In a digits-only run, `,` or `.` between two digits joins (`1,5`, `3.2`).
// - A hyphen (- ‐ ‑) between two word characters joins a compound (`Chine-Asie`, `vice-Premier`, `a-t-il`),
//   except between two digits (`2023-2024` is a range: number, `-`, number).
// - An apostrophe (' or ’) between two word characters stays inside the run; the run is then split after
//   each elided clitic (`l’`, `d’`, `qu’`, `jusqu’`… see ELIDABLE_CLITICS) that starts it or follows another
//   elision: `d’aujourd’hui` → `d’` + `aujourd’hui`. The clitic keeps its apostrophe. Listed words whose
//   apostrophe is no elision (`aujourd’hui`, `presqu’île`, `quelqu’un`…) stay whole.
// - Every other character is a `punct` token of its own, with its combining marks, emoji modifiers and ZWJ
//   sequences; a run of full stops (`...`) and a regional-indicator pair (a flag) are one token each.
import { classify, clusterEnd, codePointAt, DIGIT, LETTER, SPACE, unitsOf, WORD } from './chars'
import { isApostrophe, isDigit, isHyphen, isWordChar } from './chars'
import { asUtf16, type Utf16Offset } from './offsets'
import type { Utf16Span } from './span'

export type TokenKind = 'word' | 'number' | 'punct'

export interface Token {
  readonly start: Utf16Offset
  readonly end: Utf16Offset
  readonly text: string
  readonly kind: TokenKind
}

/** Lower-case elided forms (without apostrophe) that split off the word they precede. */
export const ELIDABLE_CLITICS: ReadonlySet<string> = new Set([
  ...['c', 'ç', 'd', 'j', 'l', 'm', 'n', 's', 't'],
  ...['qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu', 'quelqu'],
])

/** Words written with an apostrophe that is not an elision (lower case, straight apostrophe, NFC). */
export const APOSTROPHE_WORDS: ReadonlySet<string> = new Set([
  "aujourd'hui",
  "presqu'île",
  "presqu'îles",
  "prud'homme",
  "prud'hommes",
  "prud'homal",
  "prud'homale",
  "prud'homales",
  "prud'homaux",
  "quelqu'un",
  "quelqu'une",
])

/** Lower case, NFC, straight apostrophe; ASCII (most clitics) takes a short path with the same result. */
const normaliseWord = (word: string): string => {
  for (let i = 0; i < word.length; i++)
    if (word.charCodeAt(i) > 0x7f)
      return word.normalize('NFC').toLocaleLowerCase('fr').replaceAll('\u2019', "'")
  return word.toLowerCase()
}

/** The part before the apostrophe of each APOSTROPHE_WORDS word: only these heads need the whole word. */
const APOSTROPHE_HEADS: ReadonlySet<string> = new Set(
  [...APOSTROPHE_WORDS].map((w) => w.slice(0, w.indexOf("'"))),
)

/** True for a clitic that elides before a vowel (`l`, `qu`, `jusqu`…), in any case and apostrophe-less. */
export const isElidableClitic = (head: string): boolean => ELIDABLE_CLITICS.has(normaliseWord(head))

/**
 * True when `head` + apostrophe + `part` is an elision to split (`l`, `Asie`), false for a word of
 * APOSTROPHE_WORDS (`quelqu`, `un`) or when `head` is no clitic. `part` runs to the next hyphen or apostrophe.
 */
export const isElision = (head: string, part: string): boolean => {
  const clitic = normaliseWord(head)
  if (!ELIDABLE_CLITICS.has(clitic)) return false
  // A clitic has no apostrophe, so the whole word can be listed only if its head is one of the listed heads.
  return !APOSTROPHE_HEADS.has(clitic) || !APOSTROPHE_WORDS.has(normaliseWord(`${head}'${part}`))
}

/** Receives each token's UTF-16 bounds `[start, end)` and kind, in text order. */
export type TokenSink = (start: number, end: number, kind: TokenKind) => void

/** Reads the text's tokens (those of `tokenize`) into `sink`, without building a string per token. */
export function scanTokens(text: string, sink: TokenSink): void {
  let i = 0
  while (i < text.length) {
    const cp = codePointAt(text, i)
    const cls = classify(cp)
    if ((cls & SPACE) !== 0) i += unitsOf(cp)
    else if ((cls & WORD) !== 0) i = scanWord(text, i, sink)
    else i = scanPunct(text, i, sink)
  }
}

/** Splits text into word, number and punctuation tokens (never white space), in text order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  scanTokens(text, (start, end, kind) =>
    tokens.push({ start: asUtf16(start), end: asUtf16(end), text: text.slice(start, end), kind }),
  )
  return tokens
}

/** The tokens of `tokenize` as bounds only: token k is `[starts[k], ends[k])` in UTF-16 units. */
export interface TokenBounds {
  readonly starts: Int32Array
  readonly ends: Int32Array
}

/** `tokenize`'s token bounds in two typed arrays, for callers that need no token text (agreement). */
export function tokenBounds(text: string): TokenBounds {
  let starts = new Int32Array(64 + (text.length >> 2))
  let ends = new Int32Array(starts.length)
  let count = 0
  scanTokens(text, (start, end) => {
    if (count === starts.length) {
      const grown = new Int32Array(2 * count)
      grown.set(starts)
      starts = grown
      const grownEnds = new Int32Array(2 * count)
      grownEnds.set(ends)
      ends = grownEnds
    }
    starts[count] = start
    ends[count++] = end
  })
  return { starts: starts.slice(0, count), ends: ends.slice(0, count) }
}

/** Whether `[from, to)` holds a letter (`\p{L}`). */
function hasLetterIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to;) {
    const cp = codePointAt(text, i)
    if ((classify(cp) & LETTER) !== 0) return true
    i += unitsOf(cp)
  }
  return false
}

/** Reads the word run at `start`, gives its tokens to `sink` and returns where it ends. */
function scanWord(text: string, start: number, sink: TokenSink): number {
  let apostrophes: number[] | undefined
  let hasLetter = false
  let numeric = true
  let joined = false
  let prev = -1
  let i = start
  for (;;) {
    const cp = codePointAt(text, i)
    const cls = classify(cp)
    if ((cls & WORD) !== 0) {
      if ((cls & LETTER) !== 0) hasLetter = true
      if ((cls & DIGIT) === 0) numeric = false
      prev = cp
      i += unitsOf(cp)
      continue
    }
    // Every joiner is one UTF-16 unit, so the next character starts at i + 1.
    const next = codePointAt(text, i + 1)
    if (!isWordChar(next)) break
    if (isHyphen(cp) && !(isDigit(prev) && isDigit(next))) joined = true
    else if (isApostrophe(cp)) {
      ;(apostrophes ??= []).push(i)
      joined = true
    } else if (!((cp === 0x2c || cp === 0x2e) && numeric && !joined && isDigit(prev) && isDigit(next))) break
    i++
  }
  let tokenStart = start
  if (apostrophes)
    for (const a of apostrophes) {
      if (!isElision(text.slice(tokenStart, a), text.slice(a + 1, partEnd(text, a + 1, i)))) continue
      sink(tokenStart, a + 1, 'word')
      tokenStart = a + 1
    }
  // After a split, the rest may hold no letter (`l’2`): look again.
  const rest = tokenStart === start ? hasLetter : hasLetterIn(text, tokenStart, i)
  sink(tokenStart, i, rest ? 'word' : 'number')
  return i
}

/** End of the word part starting at `from`: the next hyphen or apostrophe, or `limit`. */
function partEnd(text: string, from: number, limit: number): number {
  let i = from
  while (i < limit && !isHyphen(text.charCodeAt(i)) && !isApostrophe(text.charCodeAt(i))) i++
  return i
}

const FULL_STOP = 0x2e

/** Reads one punctuation or symbol token (a run of full stops, or one cluster) at `start`, gives it to `sink`. */
function scanPunct(text: string, start: number, sink: TokenSink): number {
  let i = start
  if (text.charCodeAt(i) === FULL_STOP) while (text.charCodeAt(i + 1) === FULL_STOP) i++
  const end = clusterEnd(text, i)
  sink(start, end, 'punct')
  return end
}

const isTerminator = (token: Token): boolean =>
  token.kind === 'punct' && (/^\.+$/.test(token.text) || ['!', '?', '…'].includes(token.text))
/** Closing quotes and brackets that stay with the sentence they end, even after a space (`Non. »`). */
const SPACED_CLOSERS = new Set(['»', '”', ')', ']', '›'])
/** Closing quotes that are closers only when they touch the terminator (`Non.’`, `Non."`). */
const TIGHT_CLOSERS = new Set(['’', "'", '"'])
const isCloser = (token: Token, gap: string): boolean =>
  SPACED_CLOSERS.has(token.text) || (gap === '' && TIGHT_CLOSERS.has(token.text))
/** What may start a sentence besides an upper-case letter. */
const OPENERS = new Set(['«', '“', '"', '‹'])

const hasNewline = (gap: string): boolean => /[\n\r\u2028\u2029\u0085]/.test(gap)
const startsUpper = (token: Token): boolean => /^[\p{Lu}\p{Lt}]/u.test(token.text)

/**
 * Simple sentence segmentation for the CoNLL export, over the tokens of `text` (from `tokenize(text)`).
 * A sentence ends at every line break, and after a `.`, `...`, `!`, `?` or `…` token (with the closing
 * quotes and brackets and further terminators right after it) when white space follows, then an
 * upper-case letter, an opening guillemet or quote, or the end of the text. Abbreviations are not
 * recognised (`M. Wang` splits). Each span runs from its first token's start to its last token's end.
 */
export function sentences(text: string, tokens: readonly Token[]): Utf16Span[] {
  const spans: Utf16Span[] = []
  let first: Token | undefined
  let inTerminatorGroup = false
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    first ??= token
    if (isTerminator(token)) inTerminatorGroup = true
    const next = tokens[i + 1]
    const gap = next === undefined ? '' : text.slice(token.end, next.start)
    let ends = next === undefined || hasNewline(gap)
    if (!ends && next !== undefined && inTerminatorGroup && !isTerminator(next) && !isCloser(next, gap)) {
      ends = gap !== '' && (startsUpper(next) || OPENERS.has(next.text))
      inTerminatorGroup = false
    }
    if (ends) {
      spans.push({ start: first.start, end: token.end })
      first = undefined
      inTerminatorGroup = false
    }
  }
  return spans
}
