// The token side of agreement, pooled over documents: for one category, how many tokens got each
// combination of values (one value per annotator: the full label of the span covering the token, or `O`).
// Kappa and alpha depend only on how often each combination occurs, so a whole workspace is kept as a few
// hundred counted combinations rather than one item per token (agreement-token-measures.ts computes them
// from the counts).
// A token's value is token-values.ts's, the CoNLL column without `B-`/`I-` (conll-column.ts): the tokens of
// `tokenize`; a span covers every token its fragments overlap; where spans of a category share a token the
// longer span (then the earlier, then the smaller id) keeps all its tokens and the other is left out
// whole. It is recomputed on label ids in typed arrays (agreement-token-labels.ts), with the text read
// once per document as token bounds only (`tokenBounds`) rather than once per annotator and category: at
// 20,000 annotations on 1 MB that is the difference between a second and a few tens of milliseconds. The
// tests check it against tokenValues.
import { tokenBounds } from '../text/french-words'
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
  return { ...tokenBounds(text), index }
}

export { labelTokens, labelTokensByCategory } from './agreement-token-labels'

export interface TokenTable {
  /** The id of a full label in this table (`O` is 0). */
  idOf(label: string): number
  /** Adds one document: for each annotator, every token's label id (the same length for all). */
  add(columns: readonly Int32Array[]): void
  /** Every combination seen, all-`O` included, with its count. */
  combinations(): TokenCombination[]
}

/** Each annotator's label id at token `t`. (No closure over `t`: one would cost an allocation per token.) */
function idsAt(columns: readonly Int32Array[], t: number): number[] {
  const ids: number[] = []
  for (const column of columns) ids.push(column[t]!)
  return ids
}

export function createTokenTable(annotators: number): TokenTable {
  const ids = new Map<string, number>([['O', 0]])
  const labels = ['O']
  // A trie over label ids, one level per annotator: `children[node][labelId]` is the next node, and a
  // combination's leaf hangs at its last node. Small dense arrays: no hashing, nothing made per token.
  const children: number[][] = [[]]
  const leafAt: ({ ids: number[]; count: number } | undefined)[] = []
  const leaves: { ids: number[]; count: number }[] = []
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
      /** The leaf of the token before, while the tokens run with one combination (spans cover several). */
      let run: { ids: number[]; count: number } | undefined
      for (let t = 0; t < length; t++) {
        let silent = true
        let same = run !== undefined
        for (let r = 0; r < annotators; r++) {
          const column = columns[r]!
          if (column[t] !== 0) silent = false
          if (column[t] !== column[t - 1]) same = false
        }
        if (silent) {
          silentTokens++
          run = undefined
          continue
        }
        if (same) {
          run!.count++
          continue
        }
        let node = 0
        for (let r = 0; r < annotators; r++) {
          const next = children[node]!
          const id = columns[r]![t]!
          let child = next[id]
          if (child === undefined) {
            next[id] = child = children.length
            children.push([])
          }
          node = child
        }
        run = leafAt[node]
        if (run) run.count++
        else leaves.push((leafAt[node] = run = { ids: idsAt(columns, t), count: 1 }))
      }
    },
    combinations() {
      const found = leaves.map((leaf) => ({
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
