// Cohen's kappa, Fleiss' kappa and Krippendorff's nominal alpha over counted token combinations
// (agreement-tokens.ts) instead of one item per token. A workspace holds hundreds of thousands of tokens
// per category, and the report needs each measure per category, per label and per pair: building one item
// per token for each would cost seconds, counting costs microseconds. The formulas and the degenerate
// cases are exactly those of measures/cohen-kappa.ts, fleiss-kappa.ts and krippendorff-alpha.ts (see
// their comments for the sources), each sum weighted by how many tokens share a combination; the tests
// check that both give the same figure. Every token has a value for every annotator (`O` when untagged),
// so alpha has no missing values here.
import type { TokenCombination } from './agreement-tokens'

const add = (totals: Map<string, number>, value: string, n: number): void => {
  totals.set(value, (totals.get(value) ?? 0) + n)
}

/** Cohen's kappa of two-annotator combinations: (n·agreed − Σk Ak·Bk) / (n² − Σk Ak·Bk). */
export function cohenKappaOf(combinations: readonly TokenCombination[]): number | null {
  let n = 0
  let agreed = 0
  const first = new Map<string, number>()
  const second = new Map<string, number>()
  for (const { values, count } of combinations) {
    const [a, b] = values as readonly [string, string]
    n += count
    if (a === b) agreed += count
    add(first, a, count)
    add(second, b, count)
  }
  if (n === 0) return null
  if (new Set([...first.keys(), ...second.keys()]).size < 2) return null
  let chance = 0
  for (const [value, count] of first) chance += count * (second.get(value) ?? 0)
  return (n * agreed - chance) / (n * n - chance)
}

/** Fleiss' kappa: (P̄ − P̄e) / (1 − P̄e) over the combinations' tokens. */
export function fleissKappaOf(combinations: readonly TokenCombination[]): number | null {
  const raters = combinations[0]?.values.length
  if (raters === undefined) return null
  if (raters < 2) throw new RangeError(`Fleiss' kappa needs at least two raters per item, not ${raters}`)
  const totals = new Map<string, number>()
  let items = 0
  let agreeingPairs = 0
  for (const { values, count } of combinations) {
    items += count
    for (let r = 0; r < raters; r++) {
      const value = values[r]!
      add(totals, value, count)
      for (let s = r + 1; s < raters; s++) if (values[s] === value) agreeingPairs += 2 * count
    }
  }
  if (items === 0 || totals.size < 2) return null
  const values = items * raters
  const observed = agreeingPairs / (items * raters * (raters - 1))
  let chance = 0
  for (const count of totals.values()) chance += (count / values) * (count / values)
  return (observed - chance) / (1 - chance)
}

/** Krippendorff's nominal alpha: 1 − (n − 1) · Σu (mu² − Σc nuc²)/(mu − 1) / (n² − Σc nc²). */
export function krippendorffAlphaOf(combinations: readonly TokenCombination[]): number | null {
  const totals = new Map<string, number>()
  let disagreement = 0
  for (const { values, count } of combinations) {
    const m = values.length
    if (m < 2) continue
    let differingPairs = 0
    for (let i = 0; i < m; i++) {
      add(totals, values[i]!, count)
      for (let j = i + 1; j < m; j++) if (values[i] !== values[j]) differingPairs += 2
    }
    disagreement += (count * differingPairs) / (m - 1)
  }
  if (totals.size < 2) return null
  let n = 0
  let sumOfSquares = 0
  for (const count of totals.values()) {
    n += count
    sumOfSquares += count * count
  }
  return 1 - ((n - 1) * disagreement) / (n * n - sumOfSquares)
}
