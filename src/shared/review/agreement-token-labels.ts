// Which label each token gets, for one annotator's spans: conll-column.ts's rule (a span covers every token
// its fragments overlap; where spans of a category share a token, the longer span, then the earlier, then
// the smaller id keeps all its tokens and the other is left out whole), computed on typed arrays. The
// annotations are read once, in document order, for every category at a time: at 20,000 annotations the
// cost is in reaching them, so each one's category, label and token run are noted in one pass, and the
// token runs are found by walking forward from the previous span's rather than by a search per span.
import type { Annotation } from '../model/annotation'
import type { DocumentTokens } from './agreement-tokens'
import { positionsByKey } from './order-by-key'

/** `to` of a span with fragments: its runs are found when it is placed. */
const FRAGMENTED = -1

/** The first token ending after `offset` (UTF-16), searching from `hint` onwards when that is safe. */
function firstEndingAfter(ends: Int32Array, offset: number, hint: number): number {
  let lo = 0
  let hi = ends.length
  if (hint > 0 && hint <= ends.length && ends[hint - 1]! <= offset) {
    // Gallop from the hint: spans in document order land near the one before.
    let step = 1
    lo = hint
    while (lo + step < hi && ends[lo + step - 1]! <= offset) step *= 2
    hi = Math.min(hi, lo + step)
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (ends[mid]! <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The tokens after `from` that start before `end` (UTF-16): the end of a run from `from`. */
function runEnd(starts: Int32Array, from: number, end: number): number {
  let to = from
  while (to < starts.length && starts[to]! < end) to++
  return to
}

/** Token runs `[from, to)` of a span with fragments into `runs`, merged where fragments share a token. */
function fragmentRuns(a: Annotation, tokens: DocumentTokens, runs: number[]): void {
  runs.length = 0
  const { starts, ends, index } = tokens
  for (const piece of a.fragments ?? [a]) {
    const from = firstEndingAfter(ends, index.toUtf16(piece.start), 0)
    const to = runEnd(starts, from, index.toUtf16(piece.end))
    if (to === from) continue
    if (runs.length > 0 && from < runs[runs.length - 1]!)
      runs[runs.length - 1] = Math.max(runs[runs.length - 1]!, to)
    else runs.push(from, to)
  }
}

/**
 * The indices, longer spans first, then earlier, then by id (ids are compared only on ties); `spanStarts`
 * and `spanEnds` hold each annotation's extent (code points).
 */
function inPrecedence(
  annotations: readonly Annotation[],
  indices: readonly number[],
  spanStarts: Float64Array,
  spanEnds: Float64Array,
): number[] {
  const byId = (x: number, y: number): number => {
    const ix = annotations[x]!.id
    const iy = annotations[y]!.id
    return ix < iy ? -1 : ix > iy ? 1 : 0
  }
  const ordered = byLengthThenStart(indices, spanStarts, spanEnds)
  if (ordered) {
    // Spans of one extent are next to each other, in index order: those few runs go by id.
    for (let from = 0, to = 1; from < ordered.length; from = to++) {
      const k = ordered[from]!
      while (
        to < ordered.length &&
        spanStarts[ordered[to]!] === spanStarts[k] &&
        spanEnds[ordered[to]!] === spanEnds[k]
      )
        to++
      if (to - from > 1) ordered.splice(from, to - from, ...ordered.slice(from, to).sort(byId))
    }
    return ordered
  }
  const lengthOf = (k: number): number => spanEnds[k]! - spanStarts[k]!
  return [...indices].sort(
    (x, y) => lengthOf(y) - lengthOf(x) || spanStarts[x]! - spanStarts[y]! || byId(x, y),
  )
}

/** The indices, longer spans first, then earlier, by a native sort; undefined when extents do not pack. */
function byLengthThenStart(
  indices: readonly number[],
  spanStarts: Float64Array,
  spanEnds: Float64Array,
): number[] | undefined {
  let longest = 0
  let last = 0
  for (const k of indices) {
    const start = spanStarts[k]!
    const end = spanEnds[k]!
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start)) return undefined
    longest = Math.max(longest, end - start)
    last = Math.max(last, start)
  }
  const keys = new Float64Array(indices.length)
  indices.forEach(
    (k, p) => (keys[p] = (longest - (spanEnds[k]! - spanStarts[k]!)) * (last + 1) + spanStarts[k]!),
  )
  return positionsByKey(keys)?.map((p) => indices[p]!)
}

/**
 * For each of `categoryCount` categories, each token's label id (0 for `O`) from one annotator's spans:
 * `categoryOf` gives a span's category (0 ≤ c < categoryCount, or −1 to leave it out), `labelIdOf` its label;
 * both also get the span's index in `annotations`, for callers that noted what they need by index.
 */
export function labelTokensByCategory(
  annotations: readonly Annotation[],
  tokens: DocumentTokens,
  categoryCount: number,
  categoryOf: (annotation: Annotation, k: number) => number,
  labelIdOf: (annotation: Annotation, k: number) => number,
): Int32Array[] {
  const { starts, ends, index } = tokens
  const n = annotations.length
  const labelIds = new Int32Array(n)
  const froms = new Int32Array(n)
  const tos = new Int32Array(n)
  const spanStarts = new Float64Array(n)
  const spanEnds = new Float64Array(n)
  const byCategory = Array.from({ length: categoryCount }, (): number[] => [])
  let hint = 0
  for (let k = 0; k < n; k++) {
    const a = annotations[k]!
    const category = categoryOf(a, k)
    if (category < 0) continue
    byCategory[category]!.push(k)
    labelIds[k] = labelIdOf(a, k)
    spanStarts[k] = a.start
    spanEnds[k] = a.end
    if (a.fragments) {
      tos[k] = FRAGMENTED
      continue
    }
    const from = (hint = firstEndingAfter(ends, index.toUtf16(a.start), hint))
    froms[k] = from
    tos[k] = runEnd(starts, from, index.toUtf16(a.end))
  }
  const runs: number[] = []
  return byCategory.map((indices) => {
    const ids = new Int32Array(starts.length)
    const owned = new Uint8Array(starts.length)
    for (const k of inPrecedence(annotations, indices, spanStarts, spanEnds)) {
      const from = froms[k]!
      const to = tos[k]!
      if (to !== FRAGMENTED) {
        if (isFree(owned, from, to)) claim(owned, ids, from, to, labelIds[k]!)
        continue
      }
      fragmentRuns(annotations[k]!, tokens, runs)
      let free = runs.length > 0
      for (let r = 0; r < runs.length && free; r += 2) free = isFree(owned, runs[r]!, runs[r + 1]!)
      if (free)
        for (let r = 0; r < runs.length; r += 2) claim(owned, ids, runs[r]!, runs[r + 1]!, labelIds[k]!)
    }
    return ids
  })
}

/** Whether no token of `[from, to)` is owned yet (false for an empty run: a span on no token gets none). */
function isFree(owned: Uint8Array, from: number, to: number): boolean {
  if (to <= from) return false
  for (let t = from; t < to; t++) if (owned[t] === 1) return false
  return true
}

function claim(owned: Uint8Array, ids: Int32Array, from: number, to: number, id: number): void {
  for (let t = from; t < to; t++) {
    owned[t] = 1
    ids[t] = id
  }
}

/** Each token's label id (0 for `O`; `labelIdOf` gives a span's) for one annotator's spans of one category. */
export const labelTokens = (
  annotations: readonly Annotation[],
  tokens: DocumentTokens,
  labelIdOf: (annotation: Annotation) => number,
): Int32Array => labelTokensByCategory(annotations, tokens, 1, () => 0, labelIdOf)[0]!
