// Labels one category's column of a document in BIO (IOB2): each token gets `B-LABEL`, `I-LABEL` or `O`.
// Tokens are the editor's French words (french-words.ts); a span covers every token it overlaps, so a
// span edge inside a token (« Chine » in « Chine-Kazakhstan ») labels the whole token. One column holds
// one label per token, so where spans of the category share tokens the longer one is kept and the others
// are lost; a discontinuous span is one run per fragment, and every sentence starts a new `B-` run.
import type { Annotation } from '../model/annotation'
import type { Token } from '../text/french-words'
import type { OffsetIndex } from '../text/offsets'

export interface ColumnInput {
  readonly tokens: readonly Token[]
  /** The sentence number of each token. */
  readonly sentenceOf: readonly number[]
  readonly index: OffsetIndex
}

export interface ColumnLoss {
  readonly annotation: Annotation
  readonly what: string
}

/** A quote short enough for a loss message. */
function short(quote: string): string {
  const chars = [...quote]
  return chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : quote
}

/** Index of the first token that ends after `offset` (UTF-16). */
function firstTokenEndingAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (tokens[mid]!.end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Token runs `[from, to)` of a span, one per fragment (merged where fragments share a token). */
function runsOf(a: Annotation, input: ColumnInput, lose: (what: string) => void): [number, number][] {
  const { tokens, index } = input
  const runs: [number, number][] = []
  const cut = new Set<Token>()
  for (const piece of a.fragments ?? [{ start: a.start, end: a.end }]) {
    const start = index.toUtf16(piece.start)
    const end = index.toUtf16(piece.end)
    const from = firstTokenEndingAfter(tokens, start)
    let to = from
    while (to < tokens.length && tokens[to]!.start < end) to++
    if (to === from) continue
    for (const edge of [tokens[from]!, tokens[to - 1]!])
      if ((edge.start < start && start < edge.end) || (edge.start < end && end < edge.end)) cut.add(edge)
    const last = runs.at(-1)
    if (last && from < last[1]) last[1] = Math.max(last[1], to)
    else runs.push([from, to])
  }
  for (const token of cut) lose(`span boundary inside token « ${token.text} »: the whole token is labelled`)
  return runs
}

/** Cuts runs where a sentence ends: each sentence of the run starts with its own `B-`. */
function splitAtSentences(
  runs: readonly [number, number][],
  sentenceOf: readonly number[],
): [number, number][] {
  const out: [number, number][] = []
  for (const [from, to] of runs) {
    let start = from
    for (let i = from + 1; i < to; i++)
      if (sentenceOf[i] !== sentenceOf[i - 1]) {
        out.push([start, i])
        start = i
      }
    out.push([start, to])
  }
  return out
}

/** The annotation already labelling a token of the runs, the first in run order; undefined if none. */
function firstOwner(
  owner: readonly (Annotation | undefined)[],
  runs: readonly [number, number][],
): Annotation | undefined {
  for (const [from, to] of runs) for (let i = from; i < to; i++) if (owner[i] !== undefined) return owner[i]
  return undefined
}

/**
 * The labels of one column (`flat` gives an annotation's label, e.g. `ENTITY:STATE`) and what could not
 * be written, for the annotations of one category in document order.
 */
export function labelColumn(
  annotations: readonly Annotation[],
  input: ColumnInput,
  flat: (a: Annotation) => string,
): { labels: string[]; losses: ColumnLoss[] } {
  const losses: ColumnLoss[] = []
  const placed: { annotation: Annotation; runs: [number, number][] }[] = []
  for (const a of annotations) {
    const lose = (what: string): void => {
      losses.push({ annotation: a, what })
    }
    const runs = runsOf(a, input, lose)
    if (runs.length === 0) {
      lose('span covers no token: not written')
      continue
    }
    if (a.fragments)
      lose(
        runs.length > 1
          ? `discontinuous span written as ${runs.length} runs`
          : 'discontinuous span written as one run: its fragments share tokens',
      )
    const split = splitAtSentences(runs, input.sentenceOf)
    if (split.length > runs.length)
      lose(`span crosses a sentence end: written as ${split.length} runs, one per sentence`)
    placed.push({ annotation: a, runs: split })
  }
  // Longer spans first, so an outer span wins over the spans nested in it.
  const byLength = [...placed].sort(
    (x, y) =>
      y.annotation.end - y.annotation.start - (x.annotation.end - x.annotation.start) ||
      x.annotation.start - y.annotation.start ||
      (x.annotation.id < y.annotation.id ? -1 : x.annotation.id > y.annotation.id ? 1 : 0),
  )
  const labels: string[] = input.tokens.map(() => 'O')
  const owner: (Annotation | undefined)[] = input.tokens.map(() => undefined)
  for (const { annotation, runs } of byLength) {
    const taken = firstOwner(owner, runs)
    if (taken) {
      losses.push({
        annotation,
        what: `overlaps ${flat(taken)} « ${short(taken.quote.exact)} » (${taken.id}) in its column: not written`,
      })
      continue
    }
    const label = flat(annotation)
    // Made once per span: a string per token would be as many allocations as labelled tokens.
    const begin = `B-${label}`
    const inside = `I-${label}`
    for (const [from, to] of runs)
      for (let i = from; i < to; i++) {
        labels[i] = i === from ? begin : inside
        owner[i] = annotation
      }
  }
  return { labels, losses }
}
