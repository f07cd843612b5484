import { describe, expect, it } from 'vitest'
import { flatLabel } from '../model/tag-schema'
import { diffAnnotationSets, labelKey, spanKey } from './diff-sets'
import type { ReviewItem } from './review-types'
import { randomSets, slotSets } from './testing/generated-sets'
import { testSet } from './testing/review-annotations'

/** Items as `kind key`, for compact expectations. */
const summary = (items: readonly ReviewItem[]) => items.map((item) => `${item.kind} ${item.key}`)

describe('diffAnnotationSets', () => {
  it('finds the four kinds, in document order', () => {
    const items = diffAnnotationSets([
      testSet('alice', [
        { id: 'a1', label: 'ENTITY:STATE', at: [0, 5] },
        { id: 'a2', label: 'ENTITY:STATE', at: [10, 15] },
        { id: 'a3', label: 'POSITION', at: [20, 30] },
        { id: 'a4', label: 'COMMITMENT', at: [40, 50] },
      ]),
      testSet('bob', [
        { id: 'b1', label: 'ENTITY:STATE', at: [0, 5] },
        { id: 'b2', label: 'ENTITY:PERSON', at: [10, 15] },
        { id: 'b3', label: 'POSITION', at: [22, 35] },
      ]),
    ])
    expect(summary(items)).toEqual([
      'agreed alice/a1+bob/b1',
      'label alice/a2+bob/b2',
      'boundary alice/a3+bob/b3',
      'single alice/a4',
    ])
    expect(items[2]).toMatchObject({ start: 20, end: 35, silent: [] })
    expect(items[3]!.silent).toEqual(['bob'])
    expect(items[1]!.candidates.map((c) => c.annotator)).toEqual(['alice', 'bob'])
  })

  it('calls a difference in any attribute, the type included, a label disagreement', () => {
    const items = diffAnnotationSets([
      testSet('alice', [{ id: 'a1', label: 'POSITION', at: [0, 9], attributes: { polarity: 'support' } }]),
      testSet('bob', [{ id: 'b1', label: 'POSITION', at: [0, 9], attributes: { polarity: 'oppose' } }]),
    ])
    expect(summary(items)).toEqual(['label alice/a1+bob/b1'])
  })

  it('treats an empty attribute as an absent one', () => {
    const items = diffAnnotationSets([
      testSet('alice', [{ id: 'a1', label: 'ENTITY:STATE', at: [0, 9], attributes: { canonical: '' } }]),
      testSet('bob', [{ id: 'b1', label: 'ENTITY:STATE', at: [0, 9] }]),
    ])
    expect(summary(items)).toEqual(['agreed alice/a1+bob/b1'])
  })

  it('makes a label item of one exact span tagged with different categories', () => {
    const items = diffAnnotationSets([
      testSet('alice', [{ id: 'a1', label: 'ENTITY:ORG', at: [3, 8] }]),
      testSet('bob', [{ id: 'b1', label: 'POSITION', at: [3, 8] }]),
    ])
    expect(summary(items)).toEqual(['label alice/a1+bob/b1'])
  })

  it('does not call nested spans of other categories a disagreement', () => {
    const items = diffAnnotationSets([
      testSet('alice', [
        { id: 'a1', label: 'POSITION', at: [0, 50] },
        { id: 'a2', label: 'ENTITY:STATE', at: [10, 20] },
      ]),
      testSet('bob', [
        { id: 'b1', label: 'POSITION', at: [0, 50] },
        { id: 'b2', label: 'ENTITY:STATE', at: [10, 20] },
        { id: 'b3', label: 'ENTITY:PERSON', at: [30, 40] },
      ]),
    ])
    expect(summary(items)).toEqual(['agreed alice/a1+bob/b1', 'agreed alice/a2+bob/b2', 'single bob/b3'])
  })

  it('does not match overlapping spans of another type', () => {
    const items = diffAnnotationSets([
      testSet('alice', [{ id: 'a1', label: 'ENTITY:STATE', at: [0, 10] }]),
      testSet('bob', [{ id: 'b1', label: 'ENTITY:PERSON', at: [5, 12] }]),
    ])
    expect(summary(items)).toEqual(['single alice/a1', 'single bob/b1'])
  })

  it('compares discontinuous spans by their fragments', () => {
    const items = diffAnnotationSets([
      testSet('alice', [
        {
          id: 'a1',
          label: 'COMMITMENT',
          at: [
            [0, 5],
            [10, 15],
          ],
        },
        {
          id: 'a2',
          label: 'COMMITMENT',
          at: [
            [20, 25],
            [30, 35],
          ],
        },
        {
          id: 'a3',
          label: 'POSITION',
          at: [
            [40, 45],
            [50, 55],
          ],
        },
      ]),
      testSet('bob', [
        {
          id: 'b1',
          label: 'COMMITMENT',
          at: [
            [0, 5],
            [10, 15],
          ],
        },
        {
          id: 'b2',
          label: 'COMMITMENT',
          at: [
            [20, 25],
            [31, 35],
          ],
        },
        { id: 'b3', label: 'POSITION', at: [46, 49] },
      ]),
    ])
    // b3 lies in a3's gap: no character in common, so nothing to compare.
    expect(summary(items)).toEqual([
      'agreed alice/a1+bob/b1',
      'boundary alice/a2+bob/b2',
      'single alice/a3',
      'single bob/b3',
    ])
    expect(spanKey(items[0]!.candidates[0]!.annotation)).toBe('0-5,10-15')
  })

  it('with three annotators, agrees only when all three marked it alike', () => {
    const items = diffAnnotationSets([
      testSet('alice', [
        { id: 'a1', label: 'ENTITY:STATE', at: [0, 5] },
        { id: 'a2', label: 'POSITION', at: [10, 20] },
        { id: 'a3', label: 'COMMITMENT', at: [30, 40] },
      ]),
      testSet('bob', [
        { id: 'b1', label: 'ENTITY:STATE', at: [0, 5] },
        { id: 'b2', label: 'POSITION', at: [10, 20] },
        { id: 'b3', label: 'COMMITMENT', at: [30, 40] },
      ]),
      testSet('chloe', [
        { id: 'c1', label: 'ENTITY:STATE', at: [0, 5] },
        { id: 'c3', label: 'COMMITMENT', at: [32, 45] },
      ]),
    ])
    expect(summary(items)).toEqual([
      'agreed alice/a1+bob/b1+chloe/c1',
      'single alice/a2+bob/b2',
      'boundary alice/a3+bob/b3+chloe/c3',
    ])
    expect(items[1]!.silent).toEqual(['chloe'])
  })

  it('with three annotators, one disagreeing on the category makes one label item', () => {
    const items = diffAnnotationSets([
      testSet('alice', [{ id: 'a1', label: 'ENTITY:STATE', at: [0, 5] }]),
      testSet('bob', [{ id: 'b1', label: 'ENTITY:STATE', at: [0, 5] }]),
      testSet('chloe', [{ id: 'c1', label: 'POSITION', at: [0, 5] }]),
    ])
    expect(summary(items)).toEqual(['label alice/a1+bob/b1+chloe/c1'])
  })

  it('keeps an extra category of one annotator apart from what the others agree on', () => {
    const items = diffAnnotationSets([
      testSet('alice', [
        { id: 'a1', label: 'ENTITY:STATE', at: [0, 5] },
        { id: 'a2', label: 'POSITION', at: [0, 5] },
      ]),
      testSet('bob', [{ id: 'b1', label: 'ENTITY:PERSON', at: [0, 5] }]),
    ])
    expect(summary(items)).toEqual(['label alice/a1+bob/b1', 'single alice/a2'])
  })

  it('leaves an annotator’s duplicate of an agreed span single', () => {
    const items = diffAnnotationSets([
      testSet('alice', [
        { id: 'a1', label: 'ENTITY:STATE', at: [0, 5] },
        { id: 'a2', label: 'ENTITY:STATE', at: [0, 5] },
      ]),
      testSet('bob', [{ id: 'b1', label: 'ENTITY:STATE', at: [0, 5] }]),
    ])
    expect(summary(items)).toEqual(['agreed alice/a1+bob/b1', 'single alice/a2'])
  })

  it('never links one annotator’s own overlapping spans, but another’s span can join them', () => {
    const items = diffAnnotationSets([
      testSet('alice', [
        { id: 'a1', label: 'POSITION', at: [0, 10] },
        { id: 'a2', label: 'POSITION', at: [5, 15] },
        { id: 'a3', label: 'POSITION', at: [30, 40] },
        { id: 'a4', label: 'POSITION', at: [35, 45] },
      ]),
      testSet('bob', [{ id: 'b1', label: 'POSITION', at: [38, 39] }]),
    ])
    expect(summary(items)).toEqual([
      'single alice/a1',
      'single alice/a2',
      'boundary alice/a3+alice/a4+bob/b1',
    ])
    expect(items[2]!.candidates.map((c) => c.annotation.id)).toEqual(['a3', 'a4', 'b1'])
  })

  it('handles empty sets', () => {
    expect(diffAnnotationSets([])).toEqual([])
    expect(diffAnnotationSets([testSet('alice', []), testSet('bob', [])])).toEqual([])
    const items = diffAnnotationSets([
      testSet('alice', []),
      testSet('bob', [{ id: 'b1', label: 'POSITION', at: [1, 4] }]),
    ])
    expect(items).toEqual([
      {
        key: 'bob/b1',
        kind: 'single',
        start: 1,
        end: 4,
        candidates: [{ annotator: 'bob', annotation: expect.objectContaining({ id: 'b1' }) }],
        silent: ['alice'],
      },
    ])
  })

  it('puts every annotation in exactly one consistent item, on random overlapping sets', () => {
    const sets = randomSets(['alice', 'bob', 'chloe'], 300, 7)
    const items = diffAnnotationSets(sets)
    const keys = items.flatMap((item) => item.candidates.map((c) => `${c.annotator}/${c.annotation.id}`))
    expect(keys.length).toBe(900)
    expect(new Set(keys).size).toBe(900)
    expect(new Set(items.map((item) => item.key)).size).toBe(items.length)
    for (const item of items) expectConsistent(item)
    for (let i = 1; i < items.length; i++)
      expect(items[i - 1]!.start < items[i]!.start || items[i - 1]!.end >= items[i]!.end).toBe(true)
    expectNoMissedOverlap(items)
    expect(new Set(items.map((item) => item.kind))).toEqual(
      new Set(['agreed', 'label', 'boundary', 'single']),
    )
  })

  it('leaves the agreed items out when asked for disagreements only, the others unchanged', () => {
    for (const sets of [randomSets(['alice', 'bob', 'chloe'], 300, 7), slotSets(600, 3)]) {
      const all = diffAnnotationSets(sets)
      const disagreements = diffAnnotationSets(sets, { disagreementsOnly: true })
      expect(all.some((item) => item.kind === 'agreed')).toBe(true)
      expect(disagreements).toEqual(all.filter((item) => item.kind !== 'agreed'))
    }
  })

  it('sorts 2 × 20,000 annotations into the expected count of each kind', () => {
    const slots = 20_004
    const sets = slotSets(slots, 11)
    expect(sets.map((set) => set.annotations.length)).toEqual([20_004, 20_004])
    // Its speed is a line of `npm run bench` (review: diff + agreement), never a timed unit test.
    const items = diffAnnotationSets(sets)
    const groups = slots / 6
    const count = (kind: string) => items.filter((item) => item.kind === kind).length
    expect([count('agreed'), count('label'), count('boundary'), count('single')]).toEqual([
      3 * groups,
      groups,
      groups,
      2 * groups,
    ])
    const keys = items.flatMap((item) => item.candidates.map((c) => `${c.annotator}/${c.annotation.id}`))
    expect(keys.length).toBe(40_008)
    expect(new Set(keys).size).toBe(40_008)
    expect(items[0]!.key).toBe('alice/a0+bob/b0')
    expect(items.at(-1)!.start).toBe((slots - 1) * 10)
  })
})

function expectConsistent(item: ReviewItem): void {
  const annotators = item.candidates.map((c) => c.annotator)
  const spans = new Set(item.candidates.map((c) => spanKey(c.annotation)))
  const labels = new Set(item.candidates.map((c) => labelKey(c.annotation)))
  const flat = new Set(item.candidates.map((c) => flatLabel(c.annotation)))
  const keys = item.candidates.map((c) => `${c.annotator}/${c.annotation.id}`)
  expect(item.key).toBe([...keys].sort().join('+'))
  expect(item.start).toBe(Math.min(...item.candidates.map((c) => c.annotation.start)))
  expect(item.end).toBe(Math.max(...item.candidates.map((c) => c.annotation.end)))
  expect(item.silent.some((name) => annotators.includes(name))).toBe(false)
  expect(item.silent.length + new Set(annotators).size).toBe(3)
  if (item.kind === 'agreed') {
    expect([annotators, spans.size, labels.size]).toEqual([['alice', 'bob', 'chloe'], 1, 1])
  } else if (item.kind === 'label') {
    expect(spans.size).toBe(1)
    expect(labels.size).toBeGreaterThan(1)
    expect(new Set(annotators).size).toBeGreaterThan(1)
  } else {
    expect(flat.size).toBe(1)
    if (item.kind === 'boundary') expect([new Set(annotators).size > 1, spans.size > 1]).toEqual([true, true])
    else expect(spans.size).toBe(1)
  }
}

/** No two annotations left to the overlap pass (boundary, single) should have been linked yet sit apart. */
function expectNoMissedOverlap(items: readonly ReviewItem[]): void {
  const loose = items
    .filter((item) => item.kind === 'boundary' || item.kind === 'single')
    .flatMap((item) => item.candidates.map((candidate) => ({ item, candidate })))
  for (const [i, x] of loose.entries()) {
    for (const y of loose.slice(i + 1)) {
      if (x.item === y.item || x.candidate.annotator === y.candidate.annotator) continue
      if (flatLabel(x.candidate.annotation) !== flatLabel(y.candidate.annotation)) continue
      const chars = (c: typeof x.candidate) =>
        (c.annotation.fragments ?? [c.annotation]).flatMap((f) =>
          Array.from({ length: f.end - f.start }, (_, k) => f.start + k),
        )
      const mine = new Set(chars(x.candidate))
      expect(chars(y.candidate).some((char) => mine.has(char))).toBe(false)
    }
  }
}
