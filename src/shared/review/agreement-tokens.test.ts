// The token side of agreement: the token labelling recomputed on typed arrays must give token-values.ts's
// values (the CoNLL column) on the golden input and on random spans that nest, cross, share tokens and cut
// words; the table must count each combination of values once per token, and projections and one-label
// views must merge what becomes equal.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { flatLabel } from '../model/tag-schema'
import { goldenInput } from '../formats/testing/golden-input'
import { createOffsetIndex } from '../text/offsets'
import { createTokenTable, documentTokens, labelTokens, onlyLabel, projectTo } from './agreement-tokens'
import { tokenValues } from './measures/token-values'
import { RANDOM_TEXT, randomAnnotations, seeded } from './testing/random-spans'
import type { Annotation } from '../model/annotation'

const communique = readFileSync(
  new URL('../../../fixtures/cn-kz-strategic-dialogue-2024-03-29.fr.txt', import.meta.url),
  'utf8',
)

/** labelTokens' ids turned back into labels, to compare with tokenValues. */
function labelled(text: string, annotations: readonly Annotation[], category: string): string[] {
  const table = createTokenTable(1)
  const ids = labelTokens(
    annotations.filter((a) => a.label === category),
    documentTokens(text, createOffsetIndex(text)),
    (a) => table.idOf(flatLabel(a)),
  )
  table.add([ids])
  const labels = new Map(table.combinations().map(({ values }) => [table.idOf(values[0]!), values[0]!]))
  return [...ids].map((id) => labels.get(id)!)
}

describe('labelTokens', () => {
  it('gives tokenValues on the golden input', () => {
    for (const document of goldenInput(communique).documents)
      for (const set of document.sets)
        for (const category of ['ENTITY', 'POSITION', 'COMMITMENT'])
          expect(labelled(document.text, set.annotations, category)).toEqual(
            tokenValues(document.text, set.annotations, category),
          )
  })

  it('gives tokenValues on random spans that nest, cross and cut words', () => {
    for (let round = 0; round < 60; round++) {
      const annotations = randomAnnotations(seeded(round), 2 + (round % 25))
      for (const category of ['ENTITY', 'POSITION', 'COMMITMENT'])
        expect(labelled(RANDOM_TEXT, annotations, category), `round ${round}`).toEqual(
          tokenValues(RANDOM_TEXT, annotations, category),
        )
    }
  })
})

describe('createTokenTable', () => {
  it('counts each combination of values, silent tokens together', () => {
    const table = createTokenTable(2)
    const [p, s] = [table.idOf('ENTITY:PERSON'), table.idOf('ENTITY:STATE')]
    table.add([Int32Array.of(p, 0, s, 0), Int32Array.of(p, 0, p, 0)])
    table.add([Int32Array.of(0, p), Int32Array.of(0, p)])
    expect(table.combinations()).toEqual(
      expect.arrayContaining([
        { values: ['ENTITY:PERSON', 'ENTITY:PERSON'], count: 2 },
        { values: ['ENTITY:STATE', 'ENTITY:PERSON'], count: 1 },
        { values: ['O', 'O'], count: 3 },
      ]),
    )
    expect(table.combinations()).toHaveLength(3)
    expect(() => table.add([Int32Array.of(0), Int32Array.of(0, 0)])).toThrow(RangeError)
  })

  it('projects onto some annotators and onto one label, merging what becomes equal', () => {
    const combinations = [
      { values: ['A', 'A', 'B'], count: 2 },
      { values: ['A', 'A', 'O'], count: 3 },
      { values: ['B', 'O', 'O'], count: 1 },
      { values: ['O', 'O', 'O'], count: 4 },
    ]
    expect(projectTo(combinations, [0, 1])).toEqual([
      { values: ['A', 'A'], count: 5 },
      { values: ['B', 'O'], count: 1 },
      { values: ['O', 'O'], count: 4 },
    ])
    expect(onlyLabel(combinations, 'B')).toEqual([
      { values: ['O', 'O', 'B'], count: 2 },
      { values: ['O', 'O', 'O'], count: 7 },
      { values: ['B', 'O', 'O'], count: 1 },
    ])
  })
})
