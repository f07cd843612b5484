import { describe, expect, it } from 'vitest'
import { krippendorffAlphaNominal } from './krippendorff-alpha'

/** Items from one row of values per rater (`.` = no value), as reliability data matrices are printed. */
function fromRows(rows: readonly string[]): (string | null)[][] {
  const cells = rows.map((row) => row.split(' '))
  return cells[0]!.map((_, unit) => cells.map((row) => (row[unit] === '.' ? null : row[unit]!)))
}

/** `count` items on which the two raters gave `a` and `b`. */
const times = (count: number, a: string, b: string): string[][] => Array.from({ length: count }, () => [a, b])

describe('krippendorffAlphaNominal', () => {
  it('gives 0.743 on Krippendorff (2011), « Computing Krippendorff’s Alpha-Reliability », C: 4 observers, missing data', () => {
    // Derived by hand. Unit 12 has one value: not pairable. The other 11 units hold n = 40 pairable values:
    // n(1) = 9, n(2) = 13, n(3) = 10, n(4) = 5, n(5) = 3, so n² − Σ nc² = 1600 − 384 = 1216.
    // Disagreeing ordered pairs / (mu − 1): unit 2 (2,2,3,2) 6/3 = 2, unit 6 (1,2,3,4) 12/3 = 4,
    // unit 8 (1,1,2,1) 6/3 = 2, others 0: 8. α = 1 − (n − 1) · 8 / 1216 = 1 − 312/1216 = 113/152 ≈ 0.743421.
    const items = fromRows([
      '1 2 3 3 2 1 4 1 2 . . .',
      '1 2 3 3 2 2 4 1 2 5 . 3',
      '. 3 3 3 2 3 4 2 2 5 1 .',
      '1 2 3 3 2 4 4 1 2 5 1 .',
    ])
    expect(krippendorffAlphaNominal(items)).toBeCloseTo(113 / 152, 6)
    expect(krippendorffAlphaNominal(items)).toBeCloseTo(0.743421, 6)
  })

  it('matches Krippendorff (1980), p. 133 and p. 139 (DKPro Krippendorff1980Test)', () => {
    // p. 133, 2 coders × 10 units, values 0/1: n = 20, Do = 8/20, De = 2 · 14 · 6 / (20 · 19) = 42/95,
    // α = 1 − (2/5) / (42/95) = 2/21 ≈ 0.095 (DKPro: 0.095).
    const dichotomy = fromRows(['0 1 0 0 0 0 0 0 1 0', '0 1 1 0 0 1 0 1 0 0'])
    expect(krippendorffAlphaNominal(dichotomy)).toBeCloseTo(2 / 21, 6)
    // p. 139, 3 coders × 9 units: n = 27, Do = 7/27, De = 254/351, α = 163/254 ≈ 0.642 (DKPro: 0.642).
    const threeCoders = fromRows(['1 1 2 4 1 2 1 3 2', '1 2 2 4 4 2 2 3 2', '1 2 2 4 4 2 3 3 2'])
    expect(krippendorffAlphaNominal(threeCoders)).toBeCloseTo(163 / 254, 6)
  })

  it('matches Artstein & Poesio (2008), p. 568 (DKPro ArtsteinPoesio2008Test.testWeightedAgreement)', () => {
    // 100 items, 2 coders: Do = 12/100, De = 2993/4975 ≈ 0.6016, α = 2396/2993 ≈ 0.800534 (DKPro: 0.800).
    const items = [...times(46, 'STAT', 'STAT'), ...times(6, 'IReq', 'STAT'), ...times(32, 'IReq', 'IReq')]
    items.push(...times(6, 'IReq', 'Chck'), ...times(10, 'Chck', 'Chck'))
    expect(krippendorffAlphaNominal(items)).toBeCloseTo(2396 / 2993, 6)
  })

  it('leaves out items with fewer than two values', () => {
    const items = fromRows(['1 2 1 .', '1 2 2 3'])
    // Only units 1–3 pair: n = 6, n(1) = 3, n(2) = 3; disagreement 2; α = 1 − 5 · 2 / (36 − 18) = 4/9.
    expect(krippendorffAlphaNominal(items)).toBeCloseTo(4 / 9, 6)
    expect(krippendorffAlphaNominal(items.slice(0, 3))).toBeCloseTo(4 / 9, 6)
  })

  it('is 1 for total agreement when at least two values are used', () => {
    expect(krippendorffAlphaNominal(fromRows(['A B A .', 'A B A B']))).toBe(1)
  })

  it('is null with no items, with no pairable value, and with one value everywhere', () => {
    expect(krippendorffAlphaNominal([])).toBeNull()
    // Two raters, the second always silent: nothing pairs.
    expect(krippendorffAlphaNominal(fromRows(['A B A', '. . .']))).toBeNull()
    // Do = De = 0: DKPro throws InsufficientDataException for a single category.
    expect(krippendorffAlphaNominal(fromRows(['O O O', 'O O O']))).toBeNull()
  })

  it('with three raters, one always silent, is the alpha of the other two', () => {
    const two = fromRows(['1 2 1 2 3', '1 2 2 2 3'])
    const three = fromRows(['1 2 1 2 3', '. . . . .', '1 2 2 2 3'])
    expect(krippendorffAlphaNominal(three)).toBeCloseTo(krippendorffAlphaNominal(two)!, 12)
  })
})
