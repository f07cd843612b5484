// Disagreements from review items: agreed items are left out, the others keep their kind, span, labels and
// annotators; an item across categories is filed under its first candidate's category with both labels;
// the excerpt counts code points (an astral character is one) and is cut to 80 with an ellipsis.
import { describe, expect, it } from 'vitest'
import { createOffsetIndex } from '../text/offsets'
import { disagreementsOf, excerptOf } from './agreement-disagreements'
import { diffAnnotationSets } from './diff-sets'
import { testSet } from './testing/review-annotations'

describe('excerptOf', () => {
  it('counts code points and cuts at 80 with an ellipsis', () => {
    const text = `𠮷${'a'.repeat(100)}`
    const index = createOffsetIndex(text)
    expect(excerptOf(text, index, 0, 3)).toBe('𠮷aa')
    expect(excerptOf(text, index, 0, 80)).toBe(`𠮷${'a'.repeat(79)}`)
    const cut = excerptOf(text, index, 0, 81)
    expect([...cut]).toHaveLength(80)
    expect(cut).toBe(`𠮷${'a'.repeat(78)}…`)
  })
})

describe('disagreementsOf', () => {
  it('lists every item but the agreed ones, under the first candidate’s category', () => {
    const text = 'La Chine et le Kazakhstan ont convenu de coopérer.'
    const items = diffAnnotationSets([
      testSet('A', [
        { id: 'a1', label: 'ENTITY:STATE', at: [3, 8] },
        { id: 'a2', label: 'ENTITY:STATE', at: [15, 25] },
        { id: 'a3', label: 'COMMITMENT', at: [26, 49] },
      ]),
      testSet('B', [
        { id: 'b1', label: 'ENTITY:STATE', at: [3, 8] },
        { id: 'b2', label: 'POSITION', at: [15, 25] },
      ]),
    ])
    const found = disagreementsOf(
      'd',
      text,
      createOffsetIndex(text),
      items,
      new Set(['ENTITY', 'COMMITMENT']),
    )
    expect(found).toEqual([
      {
        documentId: 'd',
        category: 'ENTITY',
        labels: ['ENTITY:STATE', 'POSITION'],
        kind: 'label',
        start: 15,
        end: 25,
        excerpt: 'Kazakhstan',
        annotators: ['A', 'B'],
      },
      {
        documentId: 'd',
        category: 'COMMITMENT',
        labels: ['COMMITMENT'],
        kind: 'single',
        start: 26,
        end: 49,
        excerpt: 'ont convenu de coopérer',
        annotators: ['A'],
      },
    ])
    expect(disagreementsOf('d', text, createOffsetIndex(text), items, new Set(['POSITION']))).toEqual([])
  })
})
