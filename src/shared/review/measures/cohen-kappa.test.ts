import { describe, expect, it } from 'vitest'
import { cohenKappa } from './cohen-kappa'

/** `count` items on which the first rater gave `a` and the second `b`. */
const times = (count: number, a: string, b: string): [string, string][] =>
  Array.from({ length: count }, () => [a, b])

describe('cohenKappa', () => {
  it('gives 0.4 on the worked example of Wikipedia, « Cohen’s kappa », Simple example', () => {
    // 50 grant proposals, readers A and B: yes/yes 20, A yes B no 5, A no B yes 10, no/no 15.
    // po = 35/50 = 0.7; pe = 25/50 · 30/50 + 25/50 · 20/50 = 0.5; κ = (0.7 − 0.5) / (1 − 0.5) = 0.4.
    const pairs = [...times(20, 'yes', 'yes'), ...times(5, 'yes', 'no')]
    pairs.push(...times(10, 'no', 'yes'), ...times(15, 'no', 'no'))
    expect(cohenKappa(pairs)).toBeCloseTo(0.4, 6)
  })

  it('matches Artstein & Poesio (2008), p. 558, 2×2 table (DKPro ArtsteinPoesio2008Test.testExample1)', () => {
    // Rows: coder A, columns: coder B. STAT/STAT 20, STAT/IReq 10, IReq/STAT 20, IReq/IReq 50.
    // Ao = 0.7; Ae = 0.3 · 0.4 + 0.7 · 0.6 = 0.54; κ = 0.16 / 0.46 = 8/23 (DKPro: 0.348).
    const pairs = [...times(20, 'STAT', 'STAT'), ...times(10, 'STAT', 'IReq')]
    pairs.push(...times(20, 'IReq', 'STAT'), ...times(50, 'IReq', 'IReq'))
    expect(cohenKappa(pairs)).toBeCloseTo(8 / 23, 6)
    expect(cohenKappa(pairs)).toBeCloseTo(0.347826, 6)
  })

  it('matches Artstein & Poesio (2008), p. 568, 3×3 table (DKPro ArtsteinPoesio2008Test.testExample2)', () => {
    // STAT/STAT 46, IReq/STAT 6, IReq/IReq 32, IReq/Chck 6, Chck/Chck 10.
    // Ao = 0.88; Ae = (46·52 + 44·32 + 10·16) / 100² = 0.396; κ = 0.484 / 0.604 = 121/151 (DKPro: 0.8013).
    const pairs = [...times(46, 'STAT', 'STAT'), ...times(6, 'IReq', 'STAT'), ...times(32, 'IReq', 'IReq')]
    pairs.push(...times(6, 'IReq', 'Chck'), ...times(10, 'Chck', 'Chck'))
    expect(cohenKappa(pairs)).toBeCloseTo(121 / 151, 6)
    expect(cohenKappa(pairs.map(([a, b]) => [b, a] as [string, string]))).toBeCloseTo(121 / 151, 6)
  })

  it('is 1 for total agreement when at least two values are used', () => {
    expect(cohenKappa([...times(3, 'O', 'O'), ...times(2, 'ENTITY:STATE', 'ENTITY:STATE')])).toBe(1)
  })

  it('is null with no items, and when one value is used everywhere (DKPro: InsufficientDataException)', () => {
    expect(cohenKappa([])).toBeNull()
    expect(cohenKappa(times(12, 'O', 'O'))).toBeNull()
    expect(cohenKappa(times(1, 'ENTITY:STATE', 'ENTITY:STATE'))).toBeNull()
  })

  it('is 0 when one rater is always silent (O) and the other is not', () => {
    // A: 3 × X, 5 × O; B: 8 × O. po = 5/8; pe = 5/8 · 8/8 = 5/8; κ = 0.
    expect(cohenKappa([...times(3, 'X', 'O'), ...times(5, 'O', 'O')])).toBeCloseTo(0, 6)
  })

  it('is negative when the raters disagree more than chance would', () => {
    // yes/no 1, no/yes 1: po = 0, pe = 1/2 · 1/2 + 1/2 · 1/2 = 1/2, κ = −1.
    expect(cohenKappa([...times(1, 'yes', 'no'), ...times(1, 'no', 'yes')])).toBeCloseTo(-1, 6)
  })
})
