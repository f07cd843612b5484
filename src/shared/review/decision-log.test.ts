import { describe, expect, it } from 'vitest'
import { applyDecisionChanges, invertDecisionChanges } from './decision-log'
import type { CurationDecision, DecisionChange } from './review-types'

function decision(itemKey: string, action: CurationDecision['action'] = 'accepted'): CurationDecision {
  return {
    itemKey,
    action,
    sources: [{ annotator: 'alice', id: itemKey.split('/')[1] ?? itemKey }],
    curatedIds: action === 'rejected' ? [] : [`${itemKey}-copy`],
    curator: 'claire',
    decided: '2024-04-02T09:30:00.000Z',
  }
}

const put = (d: CurationDecision): DecisionChange => ({ op: 'put', decision: d })
const del = (itemKey: string): DecisionChange => ({ op: 'delete', itemKey })

describe('applyDecisionChanges', () => {
  it('adds, replaces by item key and deletes, keeping the log sorted by item key', () => {
    const log = [decision('alice/a1+bob/b1'), decision('alice/a5')]
    const after = applyDecisionChanges(log, [
      put(decision('bob/b9')),
      put(decision('alice/a1+bob/b1', 'rejected')),
      del('alice/a5'),
      put(decision('alice/a3+bob/b3')),
    ])
    expect(after.map((d) => [d.itemKey, d.action])).toEqual([
      ['alice/a1+bob/b1', 'rejected'],
      ['alice/a3+bob/b3', 'accepted'],
      ['bob/b9', 'accepted'],
    ])
  })

  it('sorts by code unit, the same on every machine, and leaves its input alone', () => {
    const log = [decision('bob/b1'), decision('Zoé/z1'), decision('alice/a1')]
    const copy = [...log]
    expect(applyDecisionChanges(log, []).map((d) => d.itemKey)).toEqual(['Zoé/z1', 'alice/a1', 'bob/b1'])
    expect(log).toEqual(copy)
  })

  it('ignores deleting a decision that is not there', () => {
    expect(applyDecisionChanges([decision('alice/a1')], [del('bob/b1')])).toEqual([decision('alice/a1')])
    expect(applyDecisionChanges([], [])).toEqual([])
  })
})

describe('invertDecisionChanges', () => {
  const before = [decision('alice/a1'), decision('alice/a2+bob/b2'), decision('bob/b3')]
  const byKey = new Map(before.map((d) => [d.itemKey, d]))

  it('undoes a mixed batch exactly', () => {
    const changes = [
      put(decision('alice/a1', 'merged')),
      del('alice/a2+bob/b2'),
      put(decision('chloe/c4')),
      put(decision('alice/a1', 'edited')),
      del('chloe/c4'),
      put(decision('chloe/c5')),
    ]
    const after = applyDecisionChanges(before, changes)
    const inverse = invertDecisionChanges(byKey, changes)
    expect(applyDecisionChanges(after, inverse)).toEqual(before)
    // chloe/c4 came and went within the batch: nothing to undo for it.
    expect(
      inverse.map((c) => (c.op === 'put' ? `put ${c.decision.itemKey}` : `delete ${c.itemKey}`)),
    ).toEqual(['delete chloe/c5', 'put alice/a2+bob/b2', 'put alice/a1'])
  })

  it('has nothing to undo when a decision is put back as it was', () => {
    expect(invertDecisionChanges(byKey, [put(before[0]!)])).toEqual([])
  })
})
