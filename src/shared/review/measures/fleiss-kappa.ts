// Fleiss' kappa (Fleiss 1971) for a fixed number m ≥ 2 of raters per item, each giving one nominal value:
// Pi = Σj nij(nij − 1) / (m(m − 1)) is the agreement on item i, P̄ their mean, pj the share of all values
// that are j, P̄e = Σj pj², and κ = (P̄ − P̄e) / (1 − P̄e). For two raters it is Scott's pi (chance from the
// pooled values), not Cohen's kappa (chance from each rater's own values).
//
// Degenerate cases, as DKPro Statistics decides them (CodingAgreementMeasure, AgreementMeasure):
// - no items → null;
// - one value everywhere: P̄ = P̄e = 1 and κ is 0/0. DKPro throws InsufficientDataException (« needs at
//   least two different categories »): here, null;
// - total agreement with at least two values used → 1;
// - one rater always silent (`O` everywhere): computed as usual. Chance is pooled, so a rater who never
//   marks anything pulls κ below 0 when the others mark little (2 raters, one silent: κ < 0).
// Items with different rater counts, or fewer than two raters, are a caller's mistake: a RangeError.

/** Fleiss' kappa over items (each item: the value given by each rater), or null when it is undefined. */
export function fleissKappa(items: readonly (readonly string[])[]): number | null {
  const raters = items[0]?.length
  if (raters === undefined) return null
  if (raters < 2) throw new RangeError(`Fleiss' kappa needs at least two raters per item, not ${raters}`)
  const totals = new Map<string, number>()
  // Ordered pairs of raters who agree, over all items: Σi Σj nij(nij − 1).
  let agreeingPairs = 0
  for (const values of items) {
    if (values.length !== raters)
      throw new RangeError(`Fleiss' kappa needs ${raters} raters for every item, not ${values.length}`)
    for (let r = 0; r < raters; r++) {
      const value = values[r]!
      totals.set(value, (totals.get(value) ?? 0) + 1)
      for (let s = r + 1; s < raters; s++) if (values[s] === value) agreeingPairs += 2
    }
  }
  if (totals.size < 2) return null
  const values = items.length * raters
  const observed = agreeingPairs / (items.length * raters * (raters - 1))
  let chance = 0
  for (const count of totals.values()) chance += (count / values) * (count / values)
  return (observed - chance) / (1 - chance)
}
