// Krippendorff's unitizing alpha αu (Krippendorff 1995, « On the reliability of unitizing continuous data »;
// 2004, Content Analysis §12.4) over one continuum of code points, as DKPro Statistics computes it
// (org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement). For a category c, each
// rater's units of c and the gaps between them tile the continuum [0, L) into segments; with R raters:
//   Do(c) = 2 / (R(R−1)L²) · Σ rater pairs Σ overlapping segment pairs δ, where δ of two units is
//           (Δstart)² + (Δend)², δ of a unit lying wholly inside the other rater's gap is its length², else 0;
//   De(c) = (2/L) · Σ units u of c [ (Nc−1)·l(l−1)(2l−1)/3 + l² · Σ gaps g of any rater, g ≥ l (g − l + 1) ]
//           / (R·L·(R·L − 1) − Σ units of c l(l−1)), with Nc the units of c and l a unit's length;
//   αu(c) = 1 − Do(c)/De(c), and over all categories 1 − mean Do / mean De (DKPro's calculateAgreement);
//   when Do = De, DKPro answers 0 and so do we.
// DKPro scans all units for every rater pair, and every gap for every unit (O(n²) for De); here each rater's
// units of a category are sorted once, rater pairs are compared by a merge sweep and the gaps that fit a
// unit are counted by binary search over sorted gap lengths with suffix sums: O(n log n) for n units.
//
// Degenerate cases (DKPro's answer in brackets):
// - continuum of length 0, or fewer than 2 raters → null [NaN, a division by zero];
// - no units at all → null [NaN: the mean over no category]; `category` given but no unit has it → null
//   [0, since Do = De = 0]: nothing was unitized, so there is no agreement to report;
// - total agreement (every rater the same units) → 1; one rater silent → DKPro's value, usually negative:
//   her silence is a unitization (one gap over the whole continuum), not missing data;
// - units of one rater and one category that overlap are merged into their union: DKPro requires that they
//   do not overlap (its sweep goes backwards otherwise); touching units stay two units, as in DKPro.
// Units must lie inside the continuum, with integer offsets and a positive length, or this throws.
// Documents laid end to end form one continuum: the caller offsets the units; a gap may then span documents.

export interface Unit {
  /** 0-based rater index, < raterCount. */
  readonly rater: number
  /** Offset in the continuum (code points) and length (> 0). */
  readonly start: number
  readonly length: number
  readonly category: string
}

/**
 * One rater's tiling of the continuum for one category: segment i is [bounds[i], bounds[i + 1]), a unit
 * when isUnit[i] is 1, else a gap. Typed arrays keep 40,000 units free of per-segment objects.
 */
interface Tiling {
  readonly bounds: Float64Array
  readonly isUnit: Uint8Array
  readonly count: number
}

/** The two halves of αu for one category: DKPro's observed and expected category disagreement. */
export interface UnitizingDisagreement {
  readonly observed: number
  readonly expected: number
}

/** αu for one category when `category` is given, else over all categories (DKPro's calculateAgreement). */
export function unitizingAlpha(
  continuumLength: number,
  raterCount: number,
  units: readonly Unit[],
  category?: string,
): number | null {
  const d = meanDisagreement(continuumLength, raterCount, units, category)
  if (!d) return null
  return d.observed === d.expected ? 0 : 1 - d.observed / d.expected
}

/** Do(c) and De(c) for one category (null in the same degenerate cases as `unitizingAlpha`). */
export function unitizingDisagreement(
  continuumLength: number,
  raterCount: number,
  units: readonly Unit[],
  category: string,
): UnitizingDisagreement | null {
  return meanDisagreement(continuumLength, raterCount, units, category)
}

/** One rater's units of one category: unit k is `[starts[k], starts[k] + lengths[k])`, in any order. */
export interface RaterUnits {
  readonly starts: readonly number[]
  readonly lengths: readonly number[]
}

/**
 * Do(c) and De(c) for one category given as each rater's units (rater r is `raters[r]`): what
 * `unitizingDisagreement` computes, for callers that keep units by category and rater rather than as objects.
 */
export function unitizingDisagreementOf(
  continuumLength: number,
  raters: readonly RaterUnits[],
): UnitizingDisagreement | null {
  assertContinuum(continuumLength, raters.length)
  for (const { starts, lengths } of raters)
    for (let k = 0; k < starts.length; k++) assertFits(continuumLength, starts[k]!, lengths[k]!)
  if (continuumLength === 0 || raters.length < 2) return null
  if (raters.every((r) => r.starts.length === 0)) return null
  const tilings = raters.map((r) => tile(continuumLength, r))
  return {
    observed: observedDisagreement(continuumLength, tilings),
    expected: expectedDisagreement(continuumLength, tilings),
  }
}

/** Do and De, each averaged over the categories asked for (one, or all that have units). */
function meanDisagreement(
  continuumLength: number,
  raterCount: number,
  units: readonly Unit[],
  category: string | undefined,
): UnitizingDisagreement | null {
  assertUnits(continuumLength, raterCount, units)
  if (continuumLength === 0 || raterCount < 2) return null
  const tilings = tilingsByCategory(continuumLength, raterCount, units, category)
  if (tilings.length === 0) return null
  let observed = 0
  let expected = 0
  for (const tiling of tilings) {
    observed += observedDisagreement(continuumLength, tiling)
    expected += expectedDisagreement(continuumLength, tiling)
  }
  return { observed: observed / tilings.length, expected: expected / tilings.length }
}

function assertContinuum(continuumLength: number, raterCount: number): void {
  if (!Number.isSafeInteger(continuumLength) || continuumLength < 0)
    throw new RangeError(`continuum length must be a whole number ≥ 0, not ${continuumLength}`)
  if (!Number.isSafeInteger(raterCount) || raterCount < 0)
    throw new RangeError(`rater count must be a whole number ≥ 0, not ${raterCount}`)
}

function assertFits(continuumLength: number, start: number, length: number): void {
  const fits = Number.isSafeInteger(start) && Number.isSafeInteger(length) && start >= 0
  if (!fits || length <= 0 || start + length > continuumLength)
    throw new RangeError(`unit [${start}, +${length}) does not fit the continuum [0, ${continuumLength})`)
}

function assertUnits(continuumLength: number, raterCount: number, units: readonly Unit[]): void {
  assertContinuum(continuumLength, raterCount)
  for (const u of units) {
    assertFits(continuumLength, u.start, u.length)
    if (!Number.isInteger(u.rater) || u.rater < 0 || u.rater >= raterCount)
      throw new RangeError(`unit rater ${u.rater} is not one of the ${raterCount} raters`)
  }
}

/** For each category (only `category` if given) that has units: each rater's tiling, by rater index. */
function tilingsByCategory(
  continuumLength: number,
  raterCount: number,
  units: readonly Unit[],
  category: string | undefined,
): Tiling[][] {
  const byCategory = new Map<string, { starts: number[]; lengths: number[] }[]>()
  for (const u of units) {
    if (category !== undefined && u.category !== category) continue
    let raters = byCategory.get(u.category)
    if (!raters) {
      raters = Array.from({ length: raterCount }, () => ({ starts: [] as number[], lengths: [] as number[] }))
      byCategory.set(u.category, raters)
    }
    raters[u.rater]!.starts.push(u.start)
    raters[u.rater]!.lengths.push(u.length)
  }
  return [...byCategory.values()].map((raters) => raters.map((r) => tile(continuumLength, r)))
}

/** The units' indices ordered by start: numeric keys start · n + k sort natively (exact below 2^53). */
function byStart(starts: readonly number[]): number[] {
  const n = starts.length
  const keys = new Float64Array(n)
  let safe = true
  for (let k = 0; k < n; k++) {
    keys[k] = starts[k]! * n + k
    safe &&= keys[k]! < Number.MAX_SAFE_INTEGER
  }
  if (!safe) return Array.from(starts, (_, k) => k).sort((a, b) => starts[a]! - starts[b]!)
  return Array.from(keys.sort(), (key) => key % n)
}

/** One rater's units of one category, sorted by start, overlaps merged, with the gaps around them. */
function tile(continuumLength: number, { starts, lengths }: RaterUnits): Tiling {
  const bounds = new Float64Array(2 * starts.length + 2)
  const isUnit = new Uint8Array(2 * starts.length + 1)
  let count = 0 // segments so far; bounds[count] is where the next one starts
  for (const k of byStart(starts)) {
    const start = starts[k]!
    const end = start + lengths[k]!
    if (count > 0 && isUnit[count - 1] && start < bounds[count]!) {
      bounds[count] = Math.max(bounds[count]!, end)
      continue
    }
    if (start > bounds[count]!) bounds[++count] = start // a gap up to this unit
    isUnit[count] = 1
    bounds[++count] = end
  }
  if (bounds[count]! < continuumLength) bounds[++count] = continuumLength // the gap after the last unit
  return { bounds, isUnit, count }
}

/** DKPro's calculateObservedCategoryDisagreement, each rater pair by one merge sweep. */
function observedDisagreement(continuumLength: number, tilings: readonly Tiling[]): number {
  const raterCount = tilings.length
  let sum = 0
  for (let r1 = 0; r1 < raterCount; r1++)
    for (let r2 = r1 + 1; r2 < raterCount; r2++) {
      const a = tilings[r1]!
      const b = tilings[r2]!
      let i = 0
      let j = 0
      // Both tilings cover [0, L): the current pair always overlaps; step past whichever ends first.
      while (i < a.count && j < b.count) {
        const xStart = a.bounds[i]!
        const xEnd = a.bounds[i + 1]!
        const yStart = b.bounds[j]!
        const yEnd = b.bounds[j + 1]!
        sum += segmentDistance(xStart, xEnd, a.isUnit[i] === 1, yStart, yEnd, b.isUnit[j] === 1)
        if (xEnd <= yEnd) i++
        if (yEnd <= xEnd) j++
      }
    }
  return (2 * sum) / (raterCount * (raterCount - 1) * continuumLength * continuumLength)
}

/** DKPro's measureDistance, for two overlapping segments [xStart, xEnd) and [yStart, yEnd) of two raters. */
function segmentDistance(
  xStart: number,
  xEnd: number,
  xIsUnit: boolean,
  yStart: number,
  yEnd: number,
  yIsUnit: boolean,
): number {
  if (xIsUnit && yIsUnit) return (xStart - yStart) ** 2 + (xEnd - yEnd) ** 2
  // A unit counts against a gap only when the gap holds all of it.
  if (xIsUnit && xStart >= yStart && xEnd <= yEnd) return (xEnd - xStart) ** 2
  if (yIsUnit && yStart >= xStart && yEnd <= xEnd) return (yEnd - yStart) ** 2
  return 0
}

/** DKPro's calculateExpectedCategoryDisagreement, gaps ≥ l found by binary search with suffix sums. */
function expectedDisagreement(continuumLength: number, tilings: readonly Tiling[]): number {
  const raterCount = tilings.length
  const segments = tilings.reduce((sum, t) => sum + t.count, 0)
  const lengths = new Float64Array(segments)
  const gapList = new Float64Array(segments)
  let unitCount = 0
  let gapCount = 0
  for (const { bounds, isUnit, count } of tilings)
    for (let i = 0; i < count; i++)
      if (isUnit[i]) lengths[unitCount++] = bounds[i + 1]! - bounds[i]!
      else gapList[gapCount++] = bounds[i + 1]! - bounds[i]!
  const gaps = gapList.subarray(0, gapCount).sort()
  // gapSumFrom[k] = Σ gaps[k..]
  const gapSumFrom = new Float64Array(gaps.length + 1)
  for (let k = gaps.length - 1; k >= 0; k--) gapSumFrom[k] = gapSumFrom[k + 1]! + gaps[k]!
  let squaredLengths = 0
  let sum = 0
  for (let u = 0; u < unitCount; u++) {
    const l = lengths[u]!
    squaredLengths += l * (l - 1)
    const k = firstAtLeast(gaps, l)
    // Σ over gaps g ≥ l of (g − l + 1): the places a unit of length l fits in them.
    const placesInGaps = gapSumFrom[k]! - (gaps.length - k) * (l - 1)
    sum += ((unitCount - 1) * (2 * l * l * l - 3 * l * l + l)) / 3 + l * l * placesInGaps
  }
  const rl = raterCount * continuumLength
  return (sum * (2 / continuumLength)) / (rl * (rl - 1) - squaredLengths)
}

/** The first index of the ascending `sorted` holding a value ≥ `value` (its length if none). */
function firstAtLeast(sorted: Float64Array, value: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (sorted[mid]! < value) low = mid + 1
    else high = mid
  }
  return low
}
