// Krippendorff's alpha for nominal values (Krippendorff 2011, « Computing Krippendorff's Alpha-Reliability »,
// section A), with missing values: each item lists what each rater gave, null for no value. Only pairable
// values count, those of items with at least two values. With mu the values of item u, nuc how many are c,
// nc the pairable values that are c and n = Σc nc:
//   Do = (1/n) Σu (mu² − Σc nuc²) / (mu − 1)     (observed disagreement, from the coincidence matrix)
//   De = (n² − Σc nc²) / (n(n − 1))              (expected disagreement)
//   α = 1 − Do / De = 1 − (n − 1) · Σu (mu² − Σc nuc²) / (mu − 1) / (n² − Σc nc²)
//
// Degenerate cases:
// - no pairable value (no items, or none with two values; two raters of whom one is always null) → null;
// - one value everywhere among the pairable values: Do = De = 0 and α is 0/0. DKPro Statistics throws
//   InsufficientDataException when the data hold a single category (KrippendorffAlphaAgreement,
//   calculateExpectedDisagreement): here, null;
// - total agreement with at least two values used → 1 (Do = 0, De > 0).

/** Nominal Krippendorff's alpha over items (each item: each rater's value or null), or null if undefined. */
export function krippendorffAlphaNominal(items: readonly (readonly (string | null)[])[]): number | null {
  const totals = new Map<string, number>()
  // Σu (mu² − Σc nuc²) / (mu − 1): ordered pairs of differing values per item, weighted by 1 / (mu − 1).
  let disagreement = 0
  for (const item of items) {
    const values = item.filter((v): v is string => v !== null)
    const m = values.length
    if (m < 2) continue
    let differingPairs = 0
    for (let i = 0; i < m; i++) {
      totals.set(values[i]!, (totals.get(values[i]!) ?? 0) + 1)
      for (let j = i + 1; j < m; j++) if (values[i] !== values[j]) differingPairs += 2
    }
    disagreement += differingPairs / (m - 1)
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
