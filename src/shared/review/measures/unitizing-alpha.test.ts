import { describe, expect, it } from 'vitest'
import { type Unit, unitizingAlpha, unitizingDisagreement, unitizingDisagreementOf } from './unitizing-alpha'

// The examples come from DKPro Statistics' tests (dkpro-statistics-agreement, src/test/java/org/dkpro/
// statistics/agreement/unitizing/: Krippendorff2004Test.java, Krippendorff1995Test.java,
// UnitizingAgreementTest.java). `matchesDkpro` checks, to 1e-6, what DKPro's KrippendorffAlphaUnitizingAgreement
// returns on the same data (its method bodies run in a JVM on each example), and the value those tests
// assert, at their tolerance. The sweep is also checked against
// `dkproAlpha` below, DKPro's O(n²) loops transliterated statement by statement, on random studies.

type Row = readonly [start: number, length: number, rater: number, category: string]
const unit = (...[start, length, rater, category]: Row): Unit => ({ start, length, rater, category })
const units = (rows: readonly Row[], shift = 0): Unit[] =>
  rows.map(([s, ...rest]) => unit(s - shift, ...rest))
function matchesDkpro(actual: number | null | undefined, exact: number, asserted: number, tolerance: number) {
  expect(actual).toBeCloseTo(exact, 6)
  expect(Math.abs(actual! - asserted)).toBeLessThanOrEqual(tolerance)
}

/** DKPro's calculateCategoryAgreement (or calculateAgreement, all categories), loop for loop. */
function dkproAlpha(L: number, R: number, all: readonly Unit[], only?: string) {
  // DKPro's TreeSet order: offset, length, rater. findNextUnit scans on for the rater and category.
  const sorted = [...all].sort((a, b) => a.start - b.start || a.length - b.length || a.rater - b.rater)
  const cursor = (r: number, c: string) => {
    let i = 0
    return (): Unit | null => {
      while (i < sorted.length) {
        const u = sorted[i++]!
        if (u.category === c && u.rater === r) return u
      }
      return null
    }
  }
  const distance = (o1: number, l1: number, c1: unknown, o2: number, l2: number, c2: unknown): number => {
    const b = o1 - o2
    const d = l1 - l2
    if (c1 !== null && c2 !== null && -l1 < b && b < l2) return b * b + (b + d) * (b + d)
    if (c1 !== null && c2 === null && -d >= b && b >= 0) return l1 * l1
    if (c1 === null && c2 !== null && -d <= b && b <= 0) return l2 * l2
    return 0
  }
  const observed = (c: string): number => {
    let result = 0
    for (let r1 = 0; r1 < R; r1++)
      for (let r2 = r1 + 1; r2 < R; r2++) {
        const [next1, next2] = [cursor(r1, c), cursor(r2, c)]
        let [n1, n2] = [next1(), next2()]
        let [o1, l1, o2, l2, pos] = [0, 0, 0, 0, 0]
        let [c1, c2]: (string | null)[] = [null, null]
        while (pos < L && (n1 || n2)) {
          if (pos === o1 + l1) {
            if (pos === n1?.start) [l1, c1, n1] = [n1.length, n1.category, next1()]
            else [l1, c1] = [(n1 ? n1.start : L) - pos, null]
            o1 = pos
          }
          if (pos === o2 + l2) {
            if (pos === n2?.start) [l2, c2, n2] = [n2.length, n2.category, next2()]
            else [l2, c2] = [(n2 ? n2.start : L) - pos, null]
            o2 = pos
          }
          result += distance(o1, l1, c1, o2, l2, c2)
          pos = Math.min(o1 + l1, o2 + l2)
        }
      }
    return (result * 2) / (R * (R - 1) * L * L)
  }
  const expected = (c: string): number => {
    const mine = sorted.filter((u) => u.category === c)
    const squaredLengths = mine.reduce((sum, u) => sum + u.length * (u.length - 1), 0)
    const gaps: number[] = []
    for (let r = 0; r < R; r++) {
      const next = cursor(r, c)
      let [n, offset, length, pos] = [next(), 0, 0, 0]
      while (pos < L) {
        if (pos === offset + length) {
          if (pos === n?.start) [length, n] = [n.length, next()]
          else gaps.push((length = (n ? n.start : L) - pos))
          offset = pos
        }
        pos = offset + length
      }
    }
    gaps.sort((a, b) => b - a)
    let result = 0
    for (const { length: l } of mine) {
      let sum2 = 0
      for (const gap of gaps) {
        if (gap >= l) sum2 += gap - l + 1
        else break
      }
      result += ((mine.length - 1) * (2 * l * l * l - 3 * l * l + l)) / 3 + sum2 * l * l
    }
    return (result * (2 / L)) / (R * L * (R * L - 1) - squaredLengths)
  }
  const categories = only === undefined ? [...new Set(all.map((u) => u.category))] : [only]
  const mean = (f: (c: string) => number) => categories.reduce((s, c) => s + f(c), 0) / categories.length
  const [Do, De] = [mean(observed), mean(expected)]
  return { observed: Do, expected: De, alpha: Do === De ? 0 : 1 - Do / De }
}

describe('Krippendorff (2004: 254), as Krippendorff2004Test', () => {
  // DKPro's continuum is [150, 450); shifted to [0, 300) here (αu depends on relative positions only).
  // prettier-ignore
  const example = units(
    [[225, 70, 0, 'c'], [370, 30, 0, 'c'], [220, 80, 1, 'c'], [355, 20, 1, 'c'], [400, 20, 1, 'c'],
     [180, 60, 0, 'k'], [300, 50, 0, 'k'], [180, 60, 1, 'k'], [300, 50, 1, 'k']],
    150,
  )

  it('testCategoryAgreement: c and k', () => {
    const c = unitizingDisagreement(300, 2, example, 'c')
    // The three distances of testDistanceMetric2 (50, 850, 400), times 2 / (R(R−1)L²).
    matchesDkpro(c?.observed, 1300 / 300 ** 2, 0.0144, 1e-4)
    matchesDkpro(c?.expected, 0.05322178, 0.0532, 1e-4)
    matchesDkpro(unitizingAlpha(300, 2, example, 'c'), 0.728599, 0.7286, 1e-4)
    const k = unitizingDisagreement(300, 2, example, 'k')
    expect(k?.observed).toBe(0)
    matchesDkpro(k?.expected, 0.04897857, 0.049, 1e-4)
    expect(unitizingAlpha(300, 2, example, 'k')).toBe(1)
  })

  it('testAgreement: both categories together', () => {
    matchesDkpro(unitizingAlpha(300, 2, example), 0.8586654, 0.8591, 5e-4)
  })

  it('gives the same halves from units kept by rater (unitizingDisagreementOf)', () => {
    const byRater = (category: string) =>
      [0, 1].map((rater) => {
        const own = example.filter((u) => u.rater === rater && u.category === category).reverse()
        return { starts: own.map((u) => u.start), lengths: own.map((u) => u.length) }
      })
    for (const category of ['c', 'k'])
      expect(unitizingDisagreementOf(300, byRater(category))).toEqual(
        unitizingDisagreement(300, 2, example, category),
      )
    expect(
      unitizingDisagreementOf(300, [
        { starts: [], lengths: [] },
        { starts: [], lengths: [] },
      ]),
    ).toBeNull()
    expect(() => unitizingDisagreementOf(300, [{ starts: [290], lengths: [20] }])).toThrow(RangeError)
  })
})

describe('Krippendorff (1995: 57), as Krippendorff1995Test', () => {
  // Pairs A (Bertha, Bill), B (John, Jill), C (Gerret, Gill), D (Heather, Hill), each stretched as DKPro
  // does: Java's (int) (x * stretch), on a continuum of (int) (24 * stretch).
  // prettier-ignore
  const rows = [
    [2, 8, 0, 'A'], [14, 6, 0, 'A'], [4, 4, 1, 'A'], [15, 2, 1, 'A'],
    [0, 18, 0, 'B'], [0, 2, 1, 'B'], [2, 1, 1, 'B'], [3, 1, 1, 'B'], [4, 1, 1, 'B'], [5, 1, 1, 'B'],
    [6, 3, 1, 'B'], [9, 1, 1, 'B'],
    [2, 6, 0, 'C'], [10, 2, 0, 'C'], [14, 4, 0, 'C'], [20, 2, 0, 'C'], [0, 2, 1, 'C'], [4, 4, 1, 'C'],
    [10, 4, 1, 'C'], [16, 2, 1, 'C'], [20, 2, 1, 'C'],
    [0, 2, 0, 'D'], [2, 8, 0, 'D'], [10, 4, 0, 'D'], [14, 6, 0, 'D'], [20, 4, 0, 'D'], [0, 4, 1, 'D'],
    [4, 4, 1, 'D'], [8, 7, 1, 'D'], [15, 2, 1, 'D'], [17, 7, 1, 'D'],
  ] as const
  const stretched = (s: number): [number, Unit[]] => [
    Math.trunc(24 * s),
    rows.map(([o, l, r, c]) => unit(Math.trunc(o * s), Math.trunc(l * s), r, c)),
  ]

  it('testAgreement: observed disagreement, then expected and αu at stretch 50,000', () => {
    const [L, data] = stretched(1)
    // prettier-ignore
    const observed = { A: [1 / 32, 0.03125], B: [653 / 288, 2.26736], C: [1 / 36, 0.02777],
      D: [223 / 576, 0.38715] }
    for (const [c, [exact, asserted]] of Object.entries(observed))
      matchesDkpro(unitizingDisagreement(L, 2, data, c)?.observed, exact!, asserted!, 1e-5)
    const [L2, data2] = stretched(1200000 / 24)
    // prettier-ignore
    const expectedAndAlpha = {
      A: [0.0699022, 0.06990, 0.5529468, 0.553],
      B: [1.1757826, 1.17731, -0.9283847, -0.926],
      C: [0.0905046, 0.08642, 0.6930788, 0.679],
      D: [0.4144523, 0.41445, 0.0658689, 0.066],
    }
    for (const [c, [de, assertedDe, alpha, assertedAlpha]] of Object.entries(expectedAndAlpha)) {
      matchesDkpro(unitizingDisagreement(L2, 2, data2, c)?.expected, de!, assertedDe!, 0.005)
      matchesDkpro(unitizingAlpha(L2, 2, data2, c), alpha!, assertedAlpha!, 0.02)
    }
  })

  it('testVaryingLengths: C stretched from 12 to 1,200,000 characters', () => {
    // [stretch, De, De asserted, its tolerance, αu, αu asserted (± 0.02)]; Do stays 1/36 (0.02777 ± 1e-5).
    const cases = [
      [12 / 24, 0.0549383, 0.05494, 1e-5, 0.494382, 0.494],
      [120 / 24, 0.0859866, 0.08234, 0.005, 0.6769524, 0.663],
      [1200 / 24, 0.0900438, 0.086, 0.005, 0.691508, 0.677],
      [12000 / 24, 0.0904588, 0.08638, 0.005, 0.6929235, 0.678],
      [120000 / 24, 0.0905004, 0.08642, 0.005, 0.6930647, 0.679],
      [1200000 / 24, 0.0905046, 0.08642, 0.005, 0.6930788, 0.679],
    ] as const
    for (const [stretch, de, assertedDe, tolerance, alpha, assertedAlpha] of cases) {
      // Only C: at stretch 1/2 some units of B shrink to length 0, which DKPro takes and Parley refuses.
      const [L, all] = stretched(stretch)
      const data = all.filter((u) => u.category === 'C')
      const d = unitizingDisagreement(L, 2, data, 'C')
      matchesDkpro(d?.observed, 1 / 36, 0.02777, 1e-5)
      matchesDkpro(d?.expected, de, assertedDe, tolerance)
      matchesDkpro(unitizingAlpha(L, 2, data, 'C'), alpha, assertedAlpha, 0.02)
    }
  })
})

describe('UnitizingAgreementTest and the degenerate cases', () => {
  it('testAgreement: one long unit against three short ones', () => {
    // r0: -11111111-   r1: --1-1-1---
    const data = units([
      [1, 8, 0, 'A'],
      [2, 1, 1, 'A'],
      [4, 1, 1, 'A'],
      [6, 1, 1, 'A'],
    ])
    matchesDkpro(unitizingDisagreement(10, 2, data, 'A')?.observed, 0.91, 0.91, 1e-4)
    matchesDkpro(unitizingDisagreement(10, 2, data, 'A')?.expected, 0.5351852, 0.5351, 1e-4)
    matchesDkpro(unitizingAlpha(10, 2, data, 'A'), -0.700346, -0.7003, 1e-4)
    expect(unitizingAlpha(10, 2, data)).toBe(unitizingAlpha(10, 2, data, 'A'))
  })

  it('testSingleAnnotationUnit: Do = De gives 0; testEmptyAnnotationSet: null where DKPro gives NaN', () => {
    expect(unitizingAlpha(20, 3, [unit(0, 1, 0, 'X')])).toBeCloseTo(0, 12)
    expect(unitizingAlpha(20, 3, [])).toBeNull()
  })

  it('total agreement is 1, for two or three raters', () => {
    const marks = [unit(2, 5, 0, 'X'), unit(9, 3, 0, 'Y'), unit(10, 4, 0, 'X')]
    for (const R of [2, 3]) {
      const all = marks.flatMap((u) => Array.from({ length: R }, (_, rater) => ({ ...u, rater })))
      expect(unitizingAlpha(20, R, all)).toBe(1)
      expect(unitizingAlpha(20, R, all, 'Y')).toBe(1)
    }
  })

  it('one rater silent: her silence is a gap over the whole continuum, not missing data', () => {
    // Do = 2·3² / (2·10²) = 0.09; De = (2/10)·3²·((10−3+1) + (5−3+1)) / (2·10·19 − 3·2) = 19.8/374.
    expect(unitizingAlpha(10, 2, [unit(2, 3, 0, 'X')])).toBeCloseTo(-0.7, 12)
    expect(unitizingAlpha(10, 2, [unit(2, 3, 0, 'X')], 'X')).toBeCloseTo(-0.7, 12)
  })

  it('is null for an empty continuum, fewer than two raters, or a category nobody used', () => {
    expect(unitizingAlpha(0, 2, [])).toBeNull()
    expect(unitizingAlpha(10, 1, [unit(2, 3, 0, 'X')])).toBeNull()
    expect(unitizingAlpha(10, 2, [unit(2, 3, 0, 'X'), unit(2, 3, 1, 'X')], 'Y')).toBeNull()
    expect(unitizingDisagreement(10, 2, [], 'X')).toBeNull()
  })

  it('rejects units outside the continuum, empty units and unknown raters', () => {
    const wrong: Row[] = [
      [8, 3, 0, 'X'],
      [-1, 2, 0, 'X'],
      [2, 0, 0, 'X'],
      [2, 1.5, 0, 'X'],
      [2, 3, 2, 'X'],
    ]
    for (const row of wrong) expect(() => unitizingAlpha(10, 2, [unit(...row)])).toThrow(RangeError)
    expect(() => unitizingAlpha(0, 2, [unit(0, 1, 0, 'X')])).toThrow(RangeError)
  })

  it("merges one rater's overlapping units of a category; touching units stay two", () => {
    const other = unit(3, 4, 1, 'X')
    const union = unitizingAlpha(12, 2, [unit(2, 7, 0, 'X'), other])
    expect(unitizingAlpha(12, 2, [unit(2, 4, 0, 'X'), unit(4, 5, 0, 'X'), other])).toBe(union)
    expect(unitizingAlpha(12, 2, [unit(2, 7, 0, 'X'), unit(2, 7, 0, 'X'), other])).toBe(union)
    const touching = unitizingAlpha(12, 2, [unit(2, 3, 0, 'X'), unit(5, 4, 0, 'X'), other])
    expect(touching).toBeCloseTo(dkproAlpha(12, 2, [unit(2, 3, 0, 'X'), unit(5, 4, 0, 'X'), other]).alpha, 12)
    expect(touching).not.toBeCloseTo(union!, 3)
  })
})

/** Deterministic pseudo-random integers in [0, n) (mulberry32). */
function randomInts(seed: number): (n: number) => number {
  let a = seed
  return (n) => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n)
  }
}

describe('the sweep', () => {
  it('equals DKPro transliterated on 400 random studies', () => {
    const random = randomInts(2024)
    for (let study = 0; study < 400; study++) {
      const [L, R] = [1 + random(80), 2 + random(3)]
      const data: Unit[] = []
      for (let rater = 0; rater < R; rater++)
        for (const category of ['a', 'b', 'c']) {
          if (random(4) === 0) continue // now and then a rater leaves a category out
          for (let pos = random(6); ;) {
            const length = 1 + random(1 + random(12))
            if (pos + length > L) break
            data.push(unit(pos, length, rater, category))
            pos += length + (random(3) === 0 ? 0 : random(10))
          }
        }
      if (data.length === 0) continue
      expect(unitizingAlpha(L, R, data)).toBeCloseTo(dkproAlpha(L, R, data).alpha, 9)
      for (const c of new Set(data.map((u) => u.category))) {
        const reference = dkproAlpha(L, R, data, c)
        const d = unitizingDisagreement(L, R, data, c)
        expect(d?.observed).toBeCloseTo(reference.observed, 12)
        expect(d?.expected).toBeCloseTo(reference.expected, 12)
        expect(unitizingAlpha(L, R, data, c)).toBeCloseTo(reference.alpha, 9)
      }
    }
  })
})
