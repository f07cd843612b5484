// Labelling every category in one pass must give, category by category, what labelling each on its own
// gives (itself checked against the CoNLL column in agreement-tokens.test.ts), whatever the order of the
// spans; and spans of no chosen category label nothing.
import { describe, expect, it } from 'vitest'
import { flatLabel } from '../model/tag-schema'
import { createOffsetIndex } from '../text/offsets'
import { labelTokens, labelTokensByCategory } from './agreement-token-labels'
import { documentTokens } from './agreement-tokens'
import { RANDOM_TEXT, randomAnnotations, seeded } from './testing/random-spans'
import { testAnnotation } from './testing/review-annotations'

const CATEGORIES = ['ENTITY', 'POSITION', 'COMMITMENT']

describe('labelTokensByCategory', () => {
  it('gives labelTokens of each category, on random spans in any order', () => {
    const tokens = documentTokens(RANDOM_TEXT, createOffsetIndex(RANDOM_TEXT))
    const ids = new Map<string, number>()
    const idOf = (label: string): number => ids.get(label) ?? ids.set(label, ids.size + 1).get(label)!
    for (let round = 0; round < 40; round++) {
      const random = seeded(1000 + round)
      const annotations = randomAnnotations(random, 3 + (round % 30)).sort(() => random() - 0.5)
      const chosen = CATEGORIES.slice(0, 1 + (round % 3))
      const columns = labelTokensByCategory(
        annotations,
        tokens,
        chosen.length,
        (a) => chosen.indexOf(a.label),
        (a) => idOf(flatLabel(a)),
      )
      expect(columns).toHaveLength(chosen.length)
      chosen.forEach((category, c) =>
        expect([...columns[c]!], `round ${round}, ${category}`).toEqual([
          ...labelTokens(
            annotations.filter((a) => a.label === category),
            tokens,
            (a) => idOf(flatLabel(a)),
          ),
        ]),
      )
    }
  })

  it('passes each span’s index to the callbacks', () => {
    const tokens = documentTokens(RANDOM_TEXT, createOffsetIndex(RANDOM_TEXT))
    const annotations = randomAnnotations(seeded(5), 12)
    const seen: number[] = []
    labelTokensByCategory(
      annotations,
      tokens,
      1,
      (a, k) => (annotations[k] === a ? 0 : -1),
      (_, k) => (seen.push(k), 1),
    )
    expect(seen).toEqual(annotations.map((_, k) => k))
  })

  it('gives a shared token to the longer span, then the earlier, then the smaller id', () => {
    const text = 'La France et la Chine signent'
    const tokens = documentTokens(text, createOffsetIndex(text))
    const annotations = [
      testAnnotation('alice', { id: 'b', label: 'ENTITY:STATE', at: [3, 9] }),
      testAnnotation('alice', { id: 'a', label: 'ENTITY:PERSON', at: [3, 9] }),
      testAnnotation('alice', { id: 'c', label: 'ENTITY:ORG', at: [13, 21] }),
      testAnnotation('alice', { id: 'd', label: 'ENTITY:LOC', at: [16, 29] }),
      testAnnotation('alice', { id: 'e', label: 'ENTITY:EVENT', at: [0, 2] }),
      testAnnotation('alice', { id: 'f', label: 'ENTITY:GROUP', at: [0, 2] }),
    ]
    const ids = ['STATE', 'PERSON', 'ORG', 'LOC', 'EVENT', 'GROUP']
    const [column] = labelTokensByCategory(
      annotations,
      tokens,
      1,
      () => 0,
      (a) => 1 + ids.indexOf(a.attributes.type!),
    )
    // La France et la Chine signent: « la Chine » loses « Chine » to the longer span and is left out whole.
    expect([...column!]).toEqual([5, 2, 0, 0, 4, 4])
  })
})
