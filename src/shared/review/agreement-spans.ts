// The span side of agreement, pooled over documents: per label, the counts that exact and overlap F1 are
// made of, so a workspace's F1 comes from summed counts rather than from a mean of per-document scores.
// The definitions are span-f1.ts's, counted instead of divided: exact matches are one to one on label,
// extent and fragments; a span is credited for overlap when a span of the other annotator with the same
// label shares one of its characters. For one document the F1 of these counts equals `spanF1`.
import type { LabelledSpan } from './measures/span-f1'

export interface SpanCounts {
  /** Spans of the first and of the second annotator. */
  readonly a: number
  readonly b: number
  /** One-to-one exact matches. */
  readonly exact: number
  /** Spans of the first annotator that overlap one of the second's, and the other way round. */
  readonly overlapA: number
  readonly overlapB: number
}

export const NO_SPANS: SpanCounts = { a: 0, b: 0, exact: 0, overlapA: 0, overlapB: 0 }

export const addCounts = (x: SpanCounts, y: SpanCounts): SpanCounts => ({
  a: x.a + y.a,
  b: x.b + y.b,
  exact: x.exact + y.exact,
  overlapA: x.overlapA + y.overlapA,
  overlapB: x.overlapB + y.overlapB,
})

/** Exact and overlap F1 of the counts: null when neither annotator has a span, 0 when one has none. */
export function f1OfCounts(c: SpanCounts): { exact: number | null; overlap: number | null } {
  if (c.a === 0 && c.b === 0) return { exact: null, overlap: null }
  if (c.a === 0 || c.b === 0) return { exact: 0, overlap: 0 }
  const precision = c.overlapB / c.b
  const recall = c.overlapA / c.a
  const overlap = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { exact: (2 * c.exact) / (c.a + c.b), overlap }
}

/**
 * One annotator's spans of one label in a document, ready to be matched against another annotator's: their
 * pieces (fragments, or the extent) in flat arrays, the span of each piece, and the coverage.
 */
export interface LabelSpans {
  count: number
  readonly pieceStarts: number[]
  readonly pieceEnds: number[]
  /** The span each piece belongs to (0, 1, …), in order. */
  readonly pieceSpan: number[]
  /** How many spans have each exact key (extent and fragments). */
  readonly keys: Map<number | string, number>
  /** The union of the spans' non-empty pieces as sorted, disjoint, not touching `[start, end)` pairs. */
  coverage: Float64Array
}

/** Continuous spans get a number as exact key (two offsets below 2^26 packed); others a string. */
const PACK = 2 ** 26

type Span = Omit<LabelledSpan, 'label'>

function keyOf(span: Span): number | string {
  if (!span.fragments) return span.end < PACK ? span.start * PACK + span.end : `${span.start}-${span.end}`
  const pieces = span.fragments
  const only = pieces.length === 1 ? pieces[0]! : undefined
  if (only && only.end < PACK) return only.start * PACK + only.end
  return pieces.map((f) => `${f.start}-${f.end}`).join(',')
}

/** Groups one annotator's spans by their full label (`labelOf`, given the span and its index) for matching. */
export function spansByLabel<T extends Span>(
  spans: readonly T[],
  labelOf: (span: T, k: number) => string,
): Map<string, LabelSpans> {
  const byLabel = new Map<string, LabelSpans>()
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!
    const label = labelOf(span, k)
    let group = byLabel.get(label)
    if (!group) {
      group = {
        count: 0,
        pieceStarts: [],
        pieceEnds: [],
        pieceSpan: [],
        keys: new Map(),
        coverage: new Float64Array(0),
      }
      byLabel.set(label, group)
    }
    const key = keyOf(span)
    group.keys.set(key, (group.keys.get(key) ?? 0) + 1)
    if (!span.fragments) {
      group.pieceStarts.push(span.start)
      group.pieceEnds.push(span.end)
      group.pieceSpan.push(group.count)
    } else
      for (const piece of span.fragments) {
        group.pieceStarts.push(piece.start)
        group.pieceEnds.push(piece.end)
        group.pieceSpan.push(group.count)
      }
    group.count++
  }
  for (const group of byLabel.values()) group.coverage = coverageOf(group)
  return byLabel
}

function coverageOf({ pieceStarts, pieceEnds }: LabelSpans): Float64Array {
  const order = pieceStarts.map((_, k) => k)
  // Stored sets are in document order, so this is usually sorted already.
  if (pieceStarts.some((start, k) => k > 0 && start < pieceStarts[k - 1]!))
    order.sort((x, y) => pieceStarts[x]! - pieceStarts[y]!)
  const merged: number[] = []
  for (const k of order) {
    const start = pieceStarts[k]!
    const end = pieceEnds[k]!
    if (start >= end) continue
    if (merged.length > 0 && start <= merged[merged.length - 1]!)
      merged[merged.length - 1] = Math.max(merged[merged.length - 1]!, end)
    else merged.push(start, end)
  }
  return Float64Array.from(merged)
}

/** Whether `[start, end)` shares a character with one of the `coverage` pairs. */
function touches(coverage: Float64Array, start: number, end: number): boolean {
  let lo = 0
  let hi = coverage.length / 2
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (coverage[2 * mid + 1]! <= start) lo = mid + 1
    else hi = mid
  }
  return 2 * lo < coverage.length && coverage[2 * lo]! < end && start < end
}

/** How many of the spans share a character with the other annotator's spans of the label. */
function overlapping(spans: LabelSpans, other: LabelSpans | undefined): number {
  if (other === undefined) return 0
  let count = 0
  let credited = -1
  for (let k = 0; k < spans.pieceStarts.length; k++) {
    const span = spans.pieceSpan[k]!
    if (span !== credited && touches(other.coverage, spans.pieceStarts[k]!, spans.pieceEnds[k]!)) {
      credited = span
      count++
    }
  }
  return count
}

function exactMatches(a: LabelSpans, b: LabelSpans | undefined): number {
  let matched = 0
  if (b) for (const [key, n] of a.keys) matched += Math.min(n, b.keys.get(key) ?? 0)
  return matched
}

/** The counts of two annotators' spans of one document, per label either of them used. */
export function matchCounts(
  a: ReadonlyMap<string, LabelSpans>,
  b: ReadonlyMap<string, LabelSpans>,
): Map<string, SpanCounts> {
  const counts = new Map<string, SpanCounts>()
  for (const label of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(label)
    const y = b.get(label)
    counts.set(label, {
      a: x?.count ?? 0,
      b: y?.count ?? 0,
      exact: x ? exactMatches(x, y) : 0,
      overlapA: x ? overlapping(x, y) : 0,
      overlapB: y ? overlapping(y, x) : 0,
    })
  }
  return counts
}
