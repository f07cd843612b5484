// Plain agreements are flagged only where the full comparison would call them agreed in its common case:
// one continuous span per annotator, all alike; duplicates, other labels, a missing annotator and
// discontinuous spans are left to the full comparison.
import { describe, expect, it } from 'vitest'
import { isSameLabel } from './diff-sets'
import { plainAgreements } from './plain-agreements'
import { testAnnotation } from './testing/review-annotations'

const alice = [
  testAnnotation('alice', { id: 'a1', label: 'ENTITY:STATE', at: [0, 5] }),
  testAnnotation('alice', { id: 'a2', label: 'ENTITY:STATE', at: [10, 15] }),
  testAnnotation('alice', { id: 'a3', label: 'POSITION', at: [20, 30], attributes: { polarity: 'support' } }),
  testAnnotation('alice', { id: 'a4', label: 'ENTITY:PERSON', at: [40, 45] }),
  testAnnotation('alice', { id: 'a5', label: 'ENTITY:PERSON', at: [50, 60] }),
  testAnnotation('alice', {
    id: 'a6',
    label: 'COMMITMENT',
    at: [
      [70, 72],
      [75, 78],
    ],
  }),
]
const bob = [
  testAnnotation('bob', { id: 'b1', label: 'ENTITY:STATE', at: [0, 5] }),
  testAnnotation('bob', { id: 'b2', label: 'ENTITY:STATE', at: [10, 15] }),
  testAnnotation('bob', { id: 'b2bis', label: 'ENTITY:STATE', at: [10, 15] }),
  testAnnotation('bob', { id: 'b3', label: 'POSITION', at: [20, 30], attributes: { polarity: 'oppose' } }),
  testAnnotation('bob', { id: 'b5', label: 'ENTITY:PERSON', at: [50, 61] }),
  testAnnotation('bob', {
    id: 'b6',
    label: 'COMMITMENT',
    at: [
      [70, 72],
      [75, 78],
    ],
  }),
]

describe('plainAgreements', () => {
  it('flags one span per annotator with the same label, and nothing else', () => {
    const [a, b] = plainAgreements([alice, bob], isSameLabel)
    expect([...a!]).toEqual([1, 0, 0, 0, 0, 0])
    expect([...b!]).toEqual([1, 0, 0, 0, 0, 0])
  })

  it('flags nothing with fewer than two sets', () => {
    expect(plainAgreements([alice], isSameLabel).map((f) => [...f])).toEqual([[0, 0, 0, 0, 0, 0]])
  })

  it('needs every annotator: a span two of three marked alike is not plain', () => {
    const chloe = [testAnnotation('chloe', { id: 'c1', label: 'ENTITY:STATE', at: [0, 5] })]
    const flags = plainAgreements([alice.slice(3), bob.slice(4), chloe], isSameLabel)
    expect(flags.map((f) => [...f].some((x) => x === 1))).toEqual([false, false, false])
    expect(plainAgreements([alice, bob, chloe], isSameLabel).map((f) => f[0])).toEqual([1, 1, 1])
  })

  it('finds the same agreements in any order, also when offsets are too far apart to pack natively', () => {
    const far = 3 * 2 ** 24
    const set = (who: string) => [
      testAnnotation(who, { id: `${who}1`, label: 'ENTITY:STATE', at: [far, far + 3] }),
      testAnnotation(who, { id: `${who}2`, label: 'ENTITY:STATE', at: [2, 2 + far] }),
      testAnnotation(who, { id: `${who}3`, label: 'ENTITY:STATE', at: [2, 4] }),
    ]
    const [a, b] = plainAgreements([set('alice'), set('bob').reverse()], isSameLabel)
    expect([...a!]).toEqual([1, 1, 1])
    expect([...b!]).toEqual([1, 1, 1])
    const [c, d] = plainAgreements([alice.slice().reverse(), bob.slice().reverse()], isSameLabel)
    expect([...c!]).toEqual([0, 0, 0, 0, 0, 1])
    expect([...d!]).toEqual([0, 0, 0, 0, 0, 1])
  })
})
