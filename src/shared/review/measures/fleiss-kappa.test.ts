import { describe, expect, it } from 'vitest'
import { fleissKappa } from './fleiss-kappa'

/** Items from a table of counts: one row per item, the number of raters who chose each category. */
const fromCounts = (rows: readonly (readonly number[])[]): string[][] =>
  rows.map((row) => row.flatMap((count, category) => Array.from({ length: count }, () => `c${category + 1}`)))

/** `count` items on which the two raters gave `a` and `b`. */
const times = (count: number, a: string, b: string): string[][] => Array.from({ length: count }, () => [a, b])

describe('fleissKappa', () => {
  it('gives 0.209931 on the worked example of Wikipedia, « Fleiss’ kappa » (10 items × 14 raters)', () => {
    // P̄ = 172/455 ≈ 0.378022, P̄e = 417/1960 ≈ 0.212755, κ = (P̄ − P̄e) / (1 − P̄e) = 4211/20059
    // ≈ 0.2099307 (Wikipedia prints 0.210; « 0.209930 » is this value cut, not rounded, to 6 places).
    const items = fromCounts([
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ])
    expect(fleissKappa(items)).toBeCloseTo(4211 / 20059, 6)
    expect(fleissKappa(items)).toBeCloseTo(0.209931, 6)
  })

  it('matches Fleiss (1971), p. 379, 30 patients × 6 psychiatrists (DKPro Fleiss1971Test)', () => {
    // Hand-derived: P̄ = 5/9, P̄e = 3563/16200, κ = 5437/12637 ≈ 0.430245 (DKPro: 0.5556, 0.2201, 0.430).
    const rows = [
      '444444 222555 233335 555555 222444 113333 333355 113334 114444 555555',
      '144444 124444 222333 144444 224445 333335 111455 111112 224444 133555',
      '555555 244444 224555 114444 144445 222224 111155 224444 133333 555555',
    ]
    const items = rows.flatMap((row) => row.split(' ').map((item) => [...item]))
    expect(items).toHaveLength(30)
    expect(fleissKappa(items)).toBeCloseTo(5437 / 12637, 6)
  })

  it('is Scott’s pi for two raters: Artstein & Poesio (2008), p. 558 (DKPro ArtsteinPoesio2008Test)', () => {
    // Pooled: STAT 70/200, IReq 130/200; Ae = 0.35² + 0.65² = 0.545; π = (0.7 − 0.545) / 0.455 = 31/91.
    const items = [...times(20, 'STAT', 'STAT'), ...times(10, 'STAT', 'IReq')]
    items.push(...times(20, 'IReq', 'STAT'), ...times(50, 'IReq', 'IReq'))
    expect(fleissKappa(items)).toBeCloseTo(31 / 91, 6)
  })

  it('does not depend on the order of the raters within an item', () => {
    const items = fromCounts([
      [1, 2, 0],
      [0, 1, 2],
      [3, 0, 0],
    ])
    const reversed = items.map((item) => [...item].reverse())
    expect(fleissKappa(reversed)).toBeCloseTo(fleissKappa(items)!, 12)
  })

  it('is 1 for total agreement when at least two values are used', () => {
    expect(
      fleissKappa([
        ['A', 'A', 'A'],
        ['B', 'B', 'B'],
        ['A', 'A', 'A'],
      ]),
    ).toBe(1)
  })

  it('is null with no items, and when one value is used everywhere (DKPro: InsufficientDataException)', () => {
    expect(fleissKappa([])).toBeNull()
    expect(
      fleissKappa([
        ['O', 'O', 'O'],
        ['O', 'O', 'O'],
      ]),
    ).toBeNull()
  })

  it('is negative with two raters when one is always silent (O)', () => {
    // [X, O], [O, O], [X, O], [O, O]: P̄ = (0 + 1 + 0 + 1) / 4 = 1/2; pX = 2/8, pO = 6/8;
    // P̄e = 1/16 + 9/16 = 5/8; κ = (1/2 − 5/8) / (3/8) = −1/3.
    expect(fleissKappa([...times(2, 'X', 'O'), ...times(2, 'O', 'O')])).toBeCloseTo(-1 / 3, 6)
  })

  it('refuses items with different rater counts, or a single rater', () => {
    expect(() =>
      fleissKappa([
        ['A', 'B'],
        ['A', 'B', 'A'],
      ]),
    ).toThrow(RangeError)
    expect(() => fleissKappa([['A'], ['B']])).toThrow(RangeError)
  })
})
