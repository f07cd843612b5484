// F1 between two annotators' spans of one document (A and B, e.g. one category's spans), in two strengths.
//
// Exact: a span of A matches a span of B when label, extent and fragments are all equal (a continuous span
// is one fragment, its extent). Matching is one to one, so with TP matched pairs, precision = TP / |B|,
// recall = TP / |A| and F1 = 2·TP / (|A| + |B|), which is the same whichever set is called A.
//
// Overlap (lenient): two spans match when they have the same label and share at least one character of
// their fragments (the gap of a discontinuous span is not the span's). A span is credited when some span of
// the other set overlaps it, not one to one: precision = share of B's spans that overlap some span of A,
// recall = share of A's spans that overlap some span of B, F1 = 2PR / (P + R) (0 when P = R = 0). This
// per-span « lenient » counting is the one issue #7 proposes; brat's evaluation tool (BRAT-Eval,
// `-s overlap`, CompareEntities.java) uses the same match test but pairs spans greedily one to one, which
// depends on the order of the spans, so its figures can differ where one span overlaps several. Ours does
// not depend on order, and swapping A and B swaps P and R: F1 stays the same.
//
// Both sets empty → null for both (nothing to compare); exactly one empty → 0 for both.

export interface LabelledSpan {
  readonly start: number
  readonly end: number
  readonly fragments?: readonly { readonly start: number; readonly end: number }[]
  readonly label: string
}

type Piece = readonly [start: number, end: number]

const piecesOf = (span: LabelledSpan): Piece[] =>
  (span.fragments ?? [span]).map((f): Piece => [f.start, f.end])

/** What exact matching compares: label, extent and fragments. */
const exactKey = (span: LabelledSpan): string =>
  JSON.stringify([span.label, span.start, span.end, piecesOf(span)])

function exactMatches(a: readonly LabelledSpan[], b: readonly LabelledSpan[]): number {
  const unmatched = new Map<string, number>()
  for (const span of b) {
    const key = exactKey(span)
    unmatched.set(key, (unmatched.get(key) ?? 0) + 1)
  }
  let matched = 0
  for (const span of a) {
    const key = exactKey(span)
    const left = unmatched.get(key) ?? 0
    if (left === 0) continue
    unmatched.set(key, left - 1)
    matched++
  }
  return matched
}

/** Per label, the union of the spans' non-empty fragments as sorted, disjoint, non-touching pieces. */
function coverageByLabel(spans: readonly LabelledSpan[]): Map<string, Piece[]> {
  const byLabel = new Map<string, Piece[]>()
  for (const span of spans) {
    const pieces = byLabel.get(span.label) ?? []
    byLabel.set(span.label, pieces)
    for (const piece of piecesOf(span)) if (piece[0] < piece[1]) pieces.push(piece)
  }
  for (const [label, pieces] of byLabel) {
    pieces.sort((x, y) => x[0] - y[0])
    const merged: [number, number][] = []
    for (const [start, end] of pieces) {
      const last = merged.at(-1)
      if (last && start <= last[1]) last[1] = Math.max(last[1], end)
      else merged.push([start, end])
    }
    byLabel.set(label, merged)
  }
  return byLabel
}

/** Whether `[start, end)` shares a character with one of the sorted disjoint `pieces`. */
function touches(pieces: readonly Piece[], start: number, end: number): boolean {
  let lo = 0
  let hi = pieces.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (pieces[mid]![1] <= start) lo = mid + 1
    else hi = mid
  }
  const first = pieces[lo]
  return first !== undefined && first[0] < end && start < end
}

/** How many of `spans` share a character with a span of the same label in `other`. */
function overlapping(spans: readonly LabelledSpan[], other: readonly LabelledSpan[]): number {
  const coverage = coverageByLabel(other)
  let count = 0
  for (const span of spans) {
    const pieces = coverage.get(span.label) ?? []
    if (piecesOf(span).some(([start, end]) => touches(pieces, start, end))) count++
  }
  return count
}

const harmonicMean = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r))

/** Exact and overlap F1 of B's spans against A's (see the module comment), null when both are empty. */
export function spanF1(
  a: readonly LabelledSpan[],
  b: readonly LabelledSpan[],
): { exact: number | null; overlap: number | null } {
  if (a.length === 0 && b.length === 0) return { exact: null, overlap: null }
  if (a.length === 0 || b.length === 0) return { exact: 0, overlap: 0 }
  const exact = (2 * exactMatches(a, b)) / (a.length + b.length)
  const precision = overlapping(b, a) / b.length
  const recall = overlapping(a, b) / a.length
  return { exact, overlap: harmonicMean(precision, recall) }
}
