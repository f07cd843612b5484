// Cohen's kappa (Cohen 1960) between two raters who each gave one nominal value per item:
// κ = (Ao − Ae) / (1 − Ae), with Ao the share of items where they agree and Ae = Σk pA(k)·pB(k) the chance
// agreement from each rater's own distribution of values. Computed on counts, κ = (n·a − Σk Ak·Bk) /
// (n² − Σk Ak·Bk), so no rounding creeps in before the last division.
//
// Degenerate cases, as DKPro Statistics decides them (CodingAgreementMeasure, AgreementMeasure):
// - no items → null;
// - one value everywhere (both raters always `O`): Ae = Ao = 1 and κ is 0/0. DKPro throws
//   InsufficientDataException (« needs at least two different categories »): here, null;
// - total agreement with at least two values used → 1;
// - one rater always silent (`O` everywhere) while the other varies → Ao = Ae = pA(O), so κ = 0.

/** Cohen's kappa of `[first rater's value, second rater's value]` pairs, or null when it is undefined. */
export function cohenKappa(pairs: readonly (readonly [string, string])[]): number | null {
  const n = pairs.length
  if (n === 0) return null
  const first = new Map<string, number>()
  const second = new Map<string, number>()
  let agreed = 0
  for (const [a, b] of pairs) {
    if (a === b) agreed++
    first.set(a, (first.get(a) ?? 0) + 1)
    second.set(b, (second.get(b) ?? 0) + 1)
  }
  if (new Set([...first.keys(), ...second.keys()]).size < 2) return null
  let chance = 0
  for (const [value, count] of first) chance += count * (second.get(value) ?? 0)
  return (n * agreed - chance) / (n * n - chance)
}
