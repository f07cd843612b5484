// The measures over counted token combinations must give what the measures themselves give on one item per
// token (measures/cohen-kappa.ts, fleiss-kappa.ts, krippendorff-alpha.ts, each checked there against the
// literature), on random counts and on the degenerate cases (no token, one value everywhere, one silent).
import { describe, expect, it } from 'vitest'
import type { TokenCombination } from './agreement-tokens'
import { cohenKappaOf, fleissKappaOf, krippendorffAlphaOf } from './agreement-token-measures'
import { cohenKappa } from './measures/cohen-kappa'
import { fleissKappa } from './measures/fleiss-kappa'
import { krippendorffAlphaNominal } from './measures/krippendorff-alpha'
import { seeded } from './testing/random-spans'

const items = (combinations: readonly TokenCombination[]): string[][] =>
  combinations.flatMap(({ values, count }) => Array.from({ length: count }, () => [...values]))

function expectSame(combinations: readonly TokenCombination[]): void {
  const expanded = items(combinations)
  const close = (actual: number | null, expected: number | null): void => {
    if (expected === null) expect(actual).toBeNull()
    else expect(actual).toBeCloseTo(expected, 12)
  }
  if (combinations[0]?.values.length === 2 || combinations.length === 0)
    close(cohenKappaOf(combinations), cohenKappa(expanded.map(([a, b]) => [a!, b!] as const)))
  close(fleissKappaOf(combinations), fleissKappa(expanded))
  close(krippendorffAlphaOf(combinations), krippendorffAlphaNominal(expanded))
}

function randomCombinations(random: () => number, raters: number): TokenCombination[] {
  const values = ['O', 'O', 'ENTITY:PERSON', 'ENTITY:STATE', 'POSITION']
  return Array.from({ length: 1 + Math.floor(random() * 8) }, () => ({
    values: Array.from({ length: raters }, () => values[Math.floor(random() * values.length)]!),
    count: 1 + Math.floor(random() * 40),
  }))
}

describe('measures over counted tokens', () => {
  it('equal the measures over one item per token, for two and three annotators', () => {
    for (let round = 0; round < 200; round++) expectSame(randomCombinations(seeded(round), 2 + (round % 3)))
  })

  it('are null where the measures are: no token, one value everywhere', () => {
    for (const combinations of [[], [{ values: ['O', 'O'], count: 5 }]]) {
      expectSame(combinations)
      expect([
        cohenKappaOf(combinations),
        fleissKappaOf(combinations),
        krippendorffAlphaOf(combinations),
      ]).toEqual([null, null, null])
    }
  })

  it('give 1 for total agreement and Cohen 0 when one annotator is silent', () => {
    const agreed = [
      { values: ['POSITION', 'POSITION'], count: 3 },
      { values: ['O', 'O'], count: 7 },
    ]
    expect([cohenKappaOf(agreed), fleissKappaOf(agreed), krippendorffAlphaOf(agreed)]).toEqual([1, 1, 1])
    const silent = [
      { values: ['POSITION', 'O'], count: 3 },
      { values: ['O', 'O'], count: 7 },
    ]
    expectSame(silent)
    expect(cohenKappaOf(silent)).toBe(0)
  })
})
