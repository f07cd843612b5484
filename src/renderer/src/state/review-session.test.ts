import { describe, expect, it } from 'vitest'
import { flatLabel } from '@shared/model/tag-schema'
import { moveBoundary, relabel } from './review-draft'
import { ReviewSession, type ReviewOptions } from './review-session'
import { AICHA, fakeReviewApi, JEAN, openedReview, settle } from './testing/review-fixture'

const NOW = '2024-04-02T10:00:00.000Z'

async function open(options: Partial<ReviewOptions> = {}, fake = fakeReviewApi()) {
  let n = 0
  const opened = await ReviewSession.open(
    fake.api,
    { documentId: 'doc', annotators: [AICHA, JEAN] },
    {
      curator: 'Claire Dubois',
      autoAcceptAgreed: true,
      now: () => NOW,
      newId: () => `new-${++n}`,
      ...options,
    },
  )
  if (!opened.ok) throw new Error(opened.error.message)
  await settle()
  return { session: opened.value, ...fake }
}

/** `LABEL quote` of the curated set, in document order. */
const curatedRows = (session: ReviewSession): string[] =>
  session.state.get().curated.map((a) => `${flatLabel(a)} ${a.quote.exact}`)

const queueKinds = (session: ReviewSession): string[] => session.state.get().queue.map((i) => i.kind)

describe('ReviewSession', () => {
  it('counts every kind, accepts agreed items on open and queues the rest in document order', async () => {
    const { session, saved } = await open()
    expect(session.counts).toEqual({ agreed: 1, label: 1, boundary: 1, single: 1 })
    expect(curatedRows(session)).toEqual(['ENTITY:STATE Chine'])
    expect(queueKinds(session)).toEqual(['label', 'boundary', 'single'])
    expect(session.state.get().toDecide).toBe(3)
    expect(session.current?.kind).toBe('label')
    expect(saved).toHaveLength(1)
    expect(saved[0]?.decisions).toMatchObject([{ op: 'put', decision: { action: 'agreed' } }])
    expect(saved[0]?.changes.map((c) => c.op)).toEqual(['put'])
    // The automatic step is not the reviewer's: there is nothing to undo yet.
    expect(session.undo()).toBe(false)
  })

  it('leaves agreed items in the queue, and saves nothing, when the switch is off', async () => {
    const { session, saved } = await open({ autoAcceptAgreed: false })
    expect(queueKinds(session)).toEqual(['agreed', 'label', 'boundary', 'single'])
    expect(session.state.get().toDecide).toBe(4)
    expect(saved).toEqual([])
    session.setAutoAcceptAgreed(true)
    await settle()
    expect(curatedRows(session)).toEqual(['ENTITY:STATE Chine'])
    expect(queueKinds(session)).toEqual(['label', 'boundary', 'single'])
    expect(saved).toHaveLength(1)
  })

  it('decides the item in hand, moves to the next, and saves each step in order', async () => {
    const { session, saved } = await open()
    expect(session.decide({ kind: 'accept', annotator: JEAN })).toBe(true) // Kazakhstan: LOCATION
    expect(session.current?.kind).toBe('boundary')
    expect(session.decide({ kind: 'accept-all' })).toBe(true) // Wang Yi and Wang
    expect(session.decide({ kind: 'reject' })).toBe(true) // Beijing
    await settle()
    expect(curatedRows(session)).toEqual([
      'ENTITY:STATE Chine',
      'ENTITY:LOCATION Kazakhstan',
      'ENTITY:PERSON Wang Yi',
      'ENTITY:PERSON Wang',
    ])
    expect(session.state.get().queue).toEqual([])
    expect(session.current).toBeNull()
    expect(saved.map((s) => s.decisions.map((d) => (d.op === 'put' ? d.decision.action : 'delete')))).toEqual(
      [['agreed'], ['accepted'], ['merged'], ['rejected']],
    )
    expect(saved[2]?.decisions[0]).toMatchObject({
      op: 'put',
      decision: { curator: 'Claire Dubois', decided: NOW },
    })
  })

  it('refuses to accept an annotator who has no candidate in the item', async () => {
    const { session, saved } = await open()
    session.step(1)
    session.step(1) // Beijing: only Aïcha
    expect(session.current?.kind).toBe('single')
    expect(session.decide({ kind: 'accept', annotator: JEAN })).toBe(false)
    await settle()
    expect(saved).toHaveLength(1)
    expect(session.current?.kind).toBe('single')
  })

  it('undoes and redoes a decision, returning to its item, and saves the inverse', async () => {
    const { session, saved } = await open()
    const label = session.current!
    session.decide({ kind: 'accept', annotator: AICHA })
    expect(curatedRows(session)).toContain('ENTITY:STATE Kazakhstan')
    expect(session.undo()).toBe(true)
    expect(curatedRows(session)).toEqual(['ENTITY:STATE Chine'])
    expect(session.current?.key).toBe(label.key)
    expect(queueKinds(session)).toEqual(['label', 'boundary', 'single'])
    expect(session.redo()).toBe(true)
    expect(curatedRows(session)).toContain('ENTITY:STATE Kazakhstan')
    expect(session.current?.kind).toBe('boundary')
    await settle()
    expect(saved.map((s) => s.decisions[0]?.op)).toEqual(['put', 'put', 'delete', 'put'])
    expect(saved[2]?.changes).toMatchObject([{ op: 'delete', id: 'a2' }])
  })

  it('takes back a decided item as an undoable step', async () => {
    const { session } = await open()
    const agreed = session.items.find((i) => i.kind === 'agreed')!
    session.takeBack(agreed.key)
    expect(curatedRows(session)).toEqual([])
    expect(session.current?.key).toBe(agreed.key)
    session.undo()
    expect(curatedRows(session)).toEqual(['ENTITY:STATE Chine'])
  })

  it('steps through the queue and stops at either end', async () => {
    const { session } = await open()
    expect(session.current?.kind).toBe('label')
    session.step(-1)
    expect(session.current?.kind).toBe('label')
    session.step(1)
    session.step(1)
    session.step(1)
    expect(session.current?.kind).toBe('single')
    session.step(-1)
    expect(session.current?.kind).toBe('boundary')
  })

  it('edits a candidate before accepting it: other label, moved boundaries, the curator as author', async () => {
    const { session, saved } = await open()
    session.step(1) // boundary: Wang Yi / Wang
    session.startEdit(JEAN)
    expect(session.state.get().draft?.annotation.quote.exact).toBe('Wang')
    for (let i = 0; i < 3; i++) session.updateDraft((d) => moveBoundary(d, session.document, 'end', 1))
    session.updateDraft((d) => moveBoundary(d, session.document, 'start', -1))
    session.updateDraft((d) => moveBoundary(d, session.document, 'start', 1))
    session.updateDraft((d) => relabel(d, 'ENTITY', 'OTHER'))
    expect(session.acceptEdit()).toBe(true)
    expect(session.state.get().draft).toBeNull()
    const edited = session.state.get().curated.find((a) => a.quote.exact === 'Wang Yi')
    expect(edited).toMatchObject({ label: 'ENTITY', attributes: { type: 'OTHER' }, author: 'Claire Dubois' })
    await settle()
    expect(saved.at(-1)?.decisions).toMatchObject([
      { op: 'put', decision: { action: 'edited', sources: [{ annotator: JEAN, id: 'j3' }] } },
    ])
  })

  it('drops an edit on Esc without deciding anything', async () => {
    const { session, saved } = await open()
    session.startEdit()
    session.cancelEdit()
    expect(session.state.get().draft).toBeNull()
    expect(session.acceptEdit()).toBe(false)
    await settle()
    expect(saved).toHaveLength(1)
  })

  it('sends one save at a time, in the order of the steps', async () => {
    const fake = fakeReviewApi()
    fake.control.hold = true
    const { session, saved, release } = await open({}, fake)
    session.decide({ kind: 'reject' })
    session.decide({ kind: 'reject' })
    expect(fake.control.calls).toBe(1) // the automatic acceptance, still pending
    await release()
    expect(fake.control.calls).toBe(2)
    await release()
    await release()
    expect(fake.control.calls).toBe(3)
    expect(saved.map((s) => s.decisions[0]?.op === 'put' && s.decisions[0].decision.action)).toEqual([
      'agreed',
      'rejected',
      'rejected',
    ])
    expect(session.saves.status.get()).toEqual({ state: 'saved' })
  })

  it('shows a failed save and keeps the step until it is saved', async () => {
    const fake = fakeReviewApi()
    const { session, saved } = await open({ retryMs: 5 }, fake)
    fake.control.failNext = 1
    session.decide({ kind: 'reject' })
    await settle()
    expect(session.saves.status.get()).toEqual({ state: 'failed', message: 'No space left on the disk' })
    expect(saved).toHaveLength(1)
    session.decide({ kind: 'reject' })
    await session.saves.flushed()
    expect(session.saves.status.get()).toEqual({ state: 'saved' })
    expect(saved.map((s) => s.decisions[0]?.op === 'put' && s.decisions[0].decision.action)).toEqual([
      'agreed',
      'rejected',
      'rejected',
    ])
    expect(saved[1]?.decisions[0]).not.toEqual(saved[2]?.decisions[0])
  })

  it('reopens a half-done review with its decisions: only undecided items are queued', async () => {
    const first = await open()
    first.session.decide({ kind: 'reject' })
    await settle()
    const again = openedReview()
    const reopened = await open(
      {},
      fakeReviewApi({
        ...again,
        curated: first.session.state.get().curated,
        decisions: first.session.state.get().decisions,
      }),
    )
    expect(queueKinds(reopened.session)).toEqual(['boundary', 'single'])
    expect(reopened.session.state.get().toDecide).toBe(3)
    expect(reopened.saved).toEqual([])
  })
})
