import { describe, expect, it } from 'vitest'
import { applyAnnotationChanges, type Annotation } from '../model/annotation'
import { acceptAgreed, decideItem, decisionsByItem, reviewQueue, undoDecision } from './curation'
import type { CurationContext, CurationEdit } from './curation'
import { applyDecisionChanges } from './decision-log'
import { diffAnnotationSets } from './diff-sets'
import type { CurationDecision, ReviewItem } from './review-types'
import { testAnnotation, testSet } from './testing/review-annotations'

const NOW = '2024-04-02T09:30:00.000Z'

/** Alice and Bob on one document: one item of each kind, plus an agreed commitment whose actor is agreed. */
const items = diffAnnotationSets([
  testSet('alice', [
    { id: 'e1', label: 'ENTITY:STATE', at: [0, 5] },
    { id: 'a2', label: 'ENTITY:STATE', at: [10, 15] },
    { id: 'a3', label: 'POSITION', at: [20, 30] },
    { id: 'a4', label: 'COMMITMENT', at: [40, 50] },
    { id: 'c1', label: 'COMMITMENT', at: [60, 80], roles: { actors: [{ ref: 'e1' }, { ref: 'a9' }] } },
  ]),
  testSet('bob', [
    { id: 'b1', label: 'ENTITY:STATE', at: [0, 5] },
    { id: 'b2', label: 'ENTITY:PERSON', at: [10, 15] },
    { id: 'b3', label: 'POSITION', at: [22, 35] },
    {
      id: 'c1',
      label: 'COMMITMENT',
      at: [60, 80],
      roles: { actors: [{ ref: 'b1' }, { text: 'les parties' }] },
    },
  ]),
])
const item = (kind: ReviewItem['kind'], index = 0): ReviewItem => items.filter((i) => i.kind === kind)[index]!

interface State {
  readonly curated: readonly Annotation[]
  readonly decisions: readonly CurationDecision[]
}

function contextOf(state: State, ids: string[] = ['n1', 'n2', 'n3']): CurationContext {
  const fresh = [...ids]
  return { curator: 'claire', now: NOW, newId: () => fresh.shift() ?? 'n-none', ...state }
}

const apply = (state: State, step: CurationEdit['forward']): State => ({
  curated: applyAnnotationChanges(state.curated, step.changes),
  decisions: applyDecisionChanges(state.decisions, step.decisions),
})

/** Applies the edit, checks that its inverse gives back exactly `state`, and returns the state after it. */
function applyAndCheckInverse(state: State, edit: CurationEdit | null): State {
  expect(edit).not.toBeNull()
  const after = apply(state, edit!.forward)
  expect(apply(after, edit!.inverse)).toEqual(state)
  return after
}

const empty: State = { curated: [], decisions: [] }

describe('decideItem', () => {
  it('accepts one candidate as it is: same id and author, modified now', () => {
    const label = item('label')
    const after = applyAndCheckInverse(
      empty,
      decideItem(label, { kind: 'accept', annotator: 'bob' }, contextOf(empty)),
    )
    expect(after.curated).toEqual([{ ...label.candidates[1]!.annotation, modified: NOW }])
    expect(after.decisions).toEqual([
      {
        itemKey: 'alice/a2+bob/b2',
        action: 'accepted',
        sources: [{ annotator: 'bob', id: 'b2' }],
        curatedIds: ['b2'],
        curator: 'claire',
        decided: NOW,
      },
    ])
    expect(after.curated[0]!.author).toBe('bob')
  })

  it('accepts both candidates of a boundary item, giving a colliding id a new one', () => {
    const existing = testAnnotation('curated', { id: 'b3', label: 'ENTITY:ORG', at: [90, 95] })
    const state: State = { curated: [existing], decisions: [] }
    const after = applyAndCheckInverse(
      state,
      decideItem(item('boundary'), { kind: 'accept-all' }, contextOf(state)),
    )
    expect(after.curated.map((a) => [a.id, a.author, a.start, a.end])).toEqual([
      ['a3', 'alice', 20, 30],
      ['n1', 'bob', 22, 35],
      ['b3', 'curated', 90, 95],
    ])
    expect(after.decisions[0]).toMatchObject({
      action: 'merged',
      sources: [
        { annotator: 'alice', id: 'a3' },
        { annotator: 'bob', id: 'b3' },
      ],
      curatedIds: ['a3', 'n1'],
    })
  })

  it('merges identical candidates into one copy', () => {
    const after = applyAndCheckInverse(
      empty,
      decideItem(item('agreed'), { kind: 'accept-all' }, contextOf(empty)),
    )
    expect(after.curated.map((a) => a.id)).toEqual(['e1'])
    expect(after.decisions[0]!.sources).toHaveLength(2)
  })

  it('rejects: nothing curated, the turned-down candidates kept as sources', () => {
    const after = applyAndCheckInverse(
      empty,
      decideItem(item('single'), { kind: 'reject' }, contextOf(empty)),
    )
    expect(after.curated).toEqual([])
    expect(after.decisions).toEqual([
      {
        itemKey: 'alice/a4',
        action: 'rejected',
        sources: [{ annotator: 'alice', id: 'a4' }],
        curatedIds: [],
        curator: 'claire',
        decided: NOW,
      },
    ])
  })

  it('takes an edited candidate, authored by the curator, sourced from the original', () => {
    const label = item('label')
    const edited = { ...label.candidates[0]!.annotation, attributes: { type: 'ORG' }, note: 'OCS' }
    const choice = { kind: 'edit', annotation: edited, from: 'alice' } as const
    const after = applyAndCheckInverse(empty, decideItem(label, choice, contextOf(empty)))
    expect(after.curated).toEqual([{ ...edited, author: 'claire', modified: NOW }])
    expect(after.decisions[0]).toMatchObject({
      action: 'edited',
      sources: [{ annotator: 'alice', id: 'a2' }],
      curatedIds: ['a2'],
    })
  })

  it('replaces an earlier decision in one step, and its inverse restores the earlier one', () => {
    const boundary = item('boundary')
    const first = apply(empty, decideItem(boundary, { kind: 'accept-all' }, contextOf(empty)).forward)
    const redo = decideItem(boundary, { kind: 'accept', annotator: 'bob' }, contextOf(first, ['m1']))
    const after = applyAndCheckInverse(first, redo)
    expect(after.curated.map((a) => [a.id, a.author])).toEqual([['b3', 'bob']])
    expect(after.decisions).toHaveLength(1)
    expect(after.decisions[0]).toMatchObject({ action: 'accepted', curatedIds: ['b3'] })
    const rejected = applyAndCheckInverse(after, decideItem(boundary, { kind: 'reject' }, contextOf(after)))
    expect(rejected.curated).toEqual([])
    expect(rejected.decisions[0]!.action).toBe('rejected')
  })

  it('refuses an annotator with no candidate in the item', () => {
    expect(() => decideItem(item('single'), { kind: 'accept', annotator: 'bob' }, contextOf(empty))).toThrow(
      /no candidate of bob/,
    )
  })
})

describe('role references', () => {
  it('follow their target’s copy in the same step, and are dropped when they lead nowhere', () => {
    // The curated set already uses `e1`, so Alice's entity is copied as n1: the commitment must follow it.
    const taken = testAnnotation('curated', { id: 'e1', label: 'POSITION', at: [100, 110] })
    const state: State = { curated: [taken], decisions: [] }
    const after = applyAndCheckInverse(state, acceptAgreed(items, contextOf(state)))
    const commitment = after.curated.find((a) => a.label === 'COMMITMENT')!
    expect(after.curated.find((a) => a.label === 'ENTITY')!.id).toBe('n1')
    expect(commitment.roles).toEqual({ actors: [{ ref: 'n1' }] })
  })

  it('keep a reference to an annotation already curated, and free text', () => {
    const entity = testAnnotation('bob', { id: 'b1', label: 'ENTITY:STATE', at: [0, 5] })
    const state: State = { curated: [entity], decisions: [] }
    const commitment = item('agreed', 1)
    const after = applyAndCheckInverse(
      state,
      decideItem(commitment, { kind: 'accept', annotator: 'bob' }, contextOf(state)),
    )
    expect(after.curated.find((a) => a.id === 'c1')!.roles).toEqual({
      actors: [{ ref: 'b1' }, { text: 'les parties' }],
    })
  })
})

describe('acceptAgreed', () => {
  it('accepts every undecided agreed item in one step, then has nothing left to do', () => {
    const agreed = item('agreed')
    const decided = apply(empty, decideItem(agreed, { kind: 'reject' }, contextOf(empty)).forward)
    const after = applyAndCheckInverse(decided, acceptAgreed(items, contextOf(decided)))
    expect(after.curated.map((a) => a.id)).toEqual(['c1'])
    expect(decisionsByItem(after.decisions).get('alice/c1+bob/c1')).toEqual({
      itemKey: 'alice/c1+bob/c1',
      action: 'agreed',
      sources: [
        { annotator: 'alice', id: 'c1' },
        { annotator: 'bob', id: 'c1' },
      ],
      curatedIds: ['c1'],
      curator: 'claire',
      decided: NOW,
    })
    expect(decisionsByItem(after.decisions).get(agreed.key)!.action).toBe('rejected')
    expect(acceptAgreed(items, contextOf(after))).toBeNull()
    expect(acceptAgreed([], contextOf(empty))).toBeNull()
  })
})

describe('undoDecision', () => {
  it('removes the decision and what it curated; its inverse puts them back', () => {
    const state = apply(empty, acceptAgreed(items, contextOf(empty))!.forward)
    const after = applyAndCheckInverse(state, undoDecision('alice/e1+bob/b1', contextOf(state)))
    expect(after.curated.map((a) => a.id)).toEqual(['c1'])
    expect(after.decisions.map((d) => d.itemKey)).toEqual(['alice/c1+bob/c1'])
    expect(undoDecision('alice/e1+bob/b1', contextOf(after))).toBeNull()
  })
})

describe('reviewQueue', () => {
  it('lists undecided items in document order, agreed ones only when not accepted automatically', () => {
    const decided = apply(
      empty,
      decideItem(item('label'), { kind: 'reject' }, contextOf(empty)).forward,
    ).decisions
    expect(reviewQueue(items, decided, { autoAcceptAgreed: true }).map((i) => i.kind)).toEqual([
      'boundary',
      'single',
    ])
    expect(reviewQueue(items, decided, { autoAcceptAgreed: false }).map((i) => i.key)).toEqual([
      'alice/e1+bob/b1',
      'alice/a3+bob/b3',
      'alice/a4',
      'alice/c1+bob/c1',
    ])
    expect(reviewQueue(items, [], { autoAcceptAgreed: false })).toEqual(items)
  })

  it('decisionsByItem finds each decision by its item key', () => {
    const { decisions } = apply(empty, acceptAgreed(items, contextOf(empty))!.forward)
    const byItem = decisionsByItem(decisions)
    expect([...byItem.keys()].sort()).toEqual(['alice/c1+bob/c1', 'alice/e1+bob/b1'])
    expect(byItem.get('alice/e1+bob/b1')!.curatedIds).toEqual(['e1'])
  })
})

it('the sample items hold every kind (what the tests above rely on)', () => {
  expect(items.map((i) => i.kind)).toEqual(['agreed', 'label', 'boundary', 'single', 'agreed'])
})
