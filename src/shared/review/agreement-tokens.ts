// The token side of agreement, pooled over documents: for one category, how many tokens got each
// combination of values (one value per annotator: the full label of the span covering the token, or `O`).
// Kappa and alpha depend only on how often each combination occurs, so a whole workspace is kept as a few
// hundred counted combinations rather than one item per token (agreement-token-measures.ts computes them
// from the counts).
// A token's value is token-values.ts's, the CoNLL column without `B-`/`I-` (conll-column.ts): the tokens of
// `tokenize`; a span covers every token its fragments overlap; where spans of a category share a token the
// longer span (then the earlier, then the smaller id) keeps all its tokens and the other is left out
// whole. It is recomputed here on label ids in typed arrays, with the text tokenized once per document
// rather than once per annotator and category: at 20,000 annotations on 1 MB that is the difference
// between a second and a few tens of milliseconds. The tests check it against tokenValues.
import type { Annotation } from '../model/annotation'
import { tokenize } from '../text/french-words'
import type { OffsetIndex } from '../text/offsets'

/** A combination of values, one per annotator in order, and how many tokens had it. */
export interface TokenCombination {
  readonly values: readonly string[]
  readonly count: number
}

/** A document's tokens as UTF-16 offsets. */
export interface DocumentTokens {
  readonly starts: Int32Array
  readonly ends: Int32Array
  readonly index: OffsetIndex
}

export function documentTokens(text: string, index: OffsetIndex): DocumentTokens {
  const tokens = tokenize(text)
  const starts = new Int32Array(tokens.length)
  const ends = new Int32Array(tokens.length)
  tokens.forEach((token, t) => {
    starts[t] = token.start
    ends[t] = token.end
  })
  return { starts, ends, index }
}

/** The first token ending after `offset` (UTF-16). */
function firstEndingAfter(ends: Int32Array, offset: number): number {
  let lo = 0
  let hi = ends.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (ends[mid]! <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Token runs `[from, to)` of a span, one per fragment, merged where fragments share a token. */
function runsOf(a: Annotation, tokens: DocumentTokens): number[] {
  const runs: number[] = []
  for (const piece of a.fragments ?? [a]) {
    const start = tokens.index.toUtf16(piece.start)
    const end = tokens.index.toUtf16(piece.end)
    const from = firstEndingAfter(tokens.ends, start)
    let to = from
    while (to < tokens.starts.length && tokens.starts[to]! < end) to++
    if (to === from) continue
    if (runs.length > 0 && from < runs[runs.length - 1]!)
      runs[runs.length - 1] = Math.max(runs[runs.length - 1]!, to)
    else runs.push(from, to)
  }
  return runs
}

/** Longer spans first, then earlier, then by id: conll-column.ts's order, in which a span keeps its tokens. */
const byPrecedence = (x: Annotation, y: Annotation): number =>
  y.end - y.start - (x.end - x.start) || x.start - y.start || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)

/** Each token's label id (0 for `O`; `labelIdOf` gives a span's) for one annotator's spans of one category. */
export function labelTokens(
  annotations: readonly Annotation[],
  tokens: DocumentTokens,
  labelIdOf: (annotation: Annotation) => number,
): Int32Array {
  const ids = new Int32Array(tokens.starts.length)
  const owned = new Uint8Array(tokens.starts.length)
  for (const a of [...annotations].sort(byPrecedence)) {
    const runs = runsOf(a, tokens)
    let taken = false
    for (let k = 0; k < runs.length && !taken; k += 2)
      for (let t = runs[k]!; t < runs[k + 1]!; t++) if (owned[t]) taken = true
    if (taken || runs.length === 0) continue
    const id = labelIdOf(a)
    for (let k = 0; k < runs.length; k += 2)
      for (let t = runs[k]!; t < runs[k + 1]!; t++) {
        owned[t] = 1
        ids[t] = id
      }
  }
  return ids
}

/** Trie levels: a combination's node is `parent * LEVEL + labelId`. */
const LEVEL = 2 ** 20

export interface TokenTable {
  /** The id of a full label in this table (`O` is 0). */
  idOf(label: string): number
  /** Adds one document: for each annotator, every token's label id (the same length for all). */
  add(columns: readonly Int32Array[]): void
  /** Every combination seen, all-`O` included, with its count. */
  combinations(): TokenCombination[]
}

export function createTokenTable(annotators: number): TokenTable {
  const ids = new Map<string, number>([['O', 0]])
  const labels = ['O']
  const children = new Map<number, number>()
  const leaves = new Map<number, { ids: number[]; count: number }>()
  let nodes = 1
  let silentTokens = 0
  return {
    idOf(label) {
      let id = ids.get(label)
      if (id === undefined) ids.set(label, (id = labels.push(label) - 1))
      return id
    },
    add(columns) {
      if (columns.length !== annotators) throw new RangeError(`expected ${annotators} columns`)
      const length = columns[0]?.length ?? 0
      if (columns.some((c) => c.length !== length)) throw new RangeError('columns of different lengths')
      for (let t = 0; t < length; t++) {
        let node = 0
        let silent = true
        for (let r = 0; r < annotators; r++) {
          const id = columns[r]![t]!
          if (id !== 0) silent = false
          const key = node * LEVEL + id
          let child = children.get(key)
          if (child === undefined) children.set(key, (child = nodes++))
          node = child
        }
        if (silent) {
          silentTokens++
          continue
        }
        const leaf = leaves.get(node)
        if (leaf) leaf.count++
        else leaves.set(node, { ids: columns.map((c) => c[t]!), count: 1 })
      }
    },
    combinations() {
      const found = [...leaves.values()].map((leaf) => ({
        values: leaf.ids.map((id) => labels[id]!),
        count: leaf.count,
      }))
      if (silentTokens > 0) found.push({ values: Array<string>(annotators).fill('O'), count: silentTokens })
      return found
    },
  }
}

/** Merges combinations with the same values (after a projection or a relabelling). */
function merged(combinations: Iterable<TokenCombination>): TokenCombination[] {
  const byKey = new Map<string, { values: readonly string[]; count: number }>()
  for (const { values, count } of combinations) {
    const key = values.join('\u0000')
    const found = byKey.get(key)
    if (found) found.count += count
    else byKey.set(key, { values, count })
  }
  return [...byKey.values()]
}

/** The same tokens seen by some of the annotators only (by index, in that order). */
export const projectTo = (
  combinations: readonly TokenCombination[],
  raters: readonly number[],
): TokenCombination[] =>
  merged(combinations.map(({ values, count }) => ({ values: raters.map((r) => values[r]!), count })))

/** The same tokens for one label: that label, or `O` for any other value. */
export const onlyLabel = (combinations: readonly TokenCombination[], label: string): TokenCombination[] =>
  merged(
    combinations.map(({ values, count }) => ({
      values: values.map((v) => (v === label ? label : 'O')),
      count,
    })),
  )
