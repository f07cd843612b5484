// The plain agreements of a comparison (a continuous span every annotator marked exactly once, all with the
// same label and attributes), found on numbers before any review entry is made. When only disagreements
// are wanted (the agreement report), these are about 70 % of the annotations and need no entry at all;
// diff-sets.ts then leaves them out, and what is left sorts and groups exactly as before.
import type { Annotation } from '../model/annotation'
import { positionsByKey } from './order-by-key'

/** Offsets below this pack into one sort key (start ascending, then end descending). */
const PACK = 2 ** 26

/**
 * For each set, a flag per annotation: 1 when it is part of a plain agreement. `isSameLabel` compares two
 * annotations' labels and attributes. Discontinuous spans are never flagged (the full comparison settles them).
 */
export function plainAgreements(
  sets: readonly (readonly Annotation[])[],
  isSameLabel: (a: Annotation, b: Annotation) => boolean,
): Uint8Array[] {
  const flags = sets.map((set) => new Uint8Array(set.length))
  if (sets.length < 2) return flags
  const total = sets.reduce((sum, set) => sum + set.length, 0)
  const keys = new Float64Array(total)
  const ranks = new Int32Array(total)
  const places = new Int32Array(total)
  const starts = new Float64Array(total)
  const lengths = new Float64Array(total)
  let n = 0
  sets.forEach((set, rank) => {
    for (let k = 0; k < set.length; k++) {
      const { start, end, fragments } = set[k]!
      if (fragments || !(start >= 0 && end >= start && end < PACK)) continue
      keys[n] = start * PACK + (PACK - 1 - end)
      starts[n] = start
      lengths[n] = end - start
      ranks[n] = rank
      places[n++] = k
    }
  })
  const order = byExtent(keys.subarray(0, n), starts.subarray(0, n), lengths.subarray(0, n))
  const seen = new Uint8Array(sets.length)
  for (let from = 0, to = 1; from < order.length; from = to++) {
    const key = keys[order[from]!]!
    while (to < order.length && keys[order[to]!] === key) to++
    if (to - from !== sets.length) continue
    seen.fill(0)
    const first = sets[ranks[order[from]!]!]![places[order[from]!]!]!
    let plain = true
    for (let i = from; i < to && plain; i++) {
      const m = order[i]!
      plain = seen[ranks[m]!] === 0 && isSameLabel(sets[ranks[m]!]![places[m]!]!, first)
      seen[ranks[m]!] = 1
    }
    if (plain) for (let i = from; i < to; i++) flags[ranks[order[i]!]!]![places[order[i]!]!] = 1
  }
  return flags
}

/**
 * The numbers 0 … n − 1 by `keys`: start, then length descending. Natively when start and length
 * pack small enough for `positionsByKey` (the keys spread offsets too wide for it), else by a comparator.
 */
function byExtent(keys: Float64Array, starts: Float64Array, lengths: Float64Array): number[] {
  let longest = 0
  for (const length of lengths) longest = Math.max(longest, length)
  const compact = starts.map((start, m) => start * (longest + 1) + (longest - lengths[m]!))
  return positionsByKey(compact) ?? Array.from(keys, (_, m) => m).sort((x, y) => keys[x]! - keys[y]!)
}
