// "Save a copy as…" in the window, with a fake api: offered only once saves of the open set keep failing
// for lack of permission, it sends the set as the window holds it (unsaved edits included, and whose set it
// is), while the save queue keeps the edits and saves them once the permission is back.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SaveCopyRequest, SaveRequest } from '@shared/ipc/contract'
import { err, ok } from '@shared/result'
import { AnnotationEditing, type OpenSet } from '../../state/annotation-editing'
import { createDocumentModel } from '../../state/document-model'
import { SaveQueue } from '../../state/save-queue'
import { openedReview, span, TEXT } from '../../state/testing/review-fixture'
import { copyRequestOf, LASTING_FAILURES, offersSaveCopy, saveCopy } from './save-copy'

const ME = 'Claire Dubois'

/** The editor over a fake api whose saves fail with `code` while `control.refusing`. */
function editor(openSet: OpenSet | null = null, code = 'permission-denied') {
  const control = { refusing: true }
  const saved: SaveRequest[] = []
  const saves = new SaveQueue({
    saveAnnotations: (request) => {
      if (control.refusing) return Promise.resolve(err(code, `Could not save claire.json: ${code}`))
      saved.push(request)
      return Promise.resolve(ok({ count: 0, savedAt: '2024-04-02T10:00:00.000Z' }))
    },
  })
  const model = createDocumentModel(openedReview().meta, TEXT)
  const editing = new AnnotationEditing(
    model,
    [span('c1', ME, 'Chine', 'ENTITY', 'STATE')],
    ME,
    saves,
    openSet,
  )
  return { editing, saves, saved, control }
}

/** Lets the queue's debounce (120 ms) or retry (3 s) pass, and the fake api answer. */
const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms)

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('offering a copy when saves keep failing', () => {
  it('is offered once the permission is refused again on the retry, not on the first failure', async () => {
    const { editing, saves } = editor()
    editing.apply('tag', [{ op: 'put', annotation: span('k1', ME, 'Kazakhstan', 'ENTITY', 'STATE') }])
    await wait(200)
    expect(saves.status.get()).toMatchObject({ state: 'failed', code: 'permission-denied', attempts: 1 })
    expect(offersSaveCopy(saves.status.get(), editing)).toBe(false)
    await wait(3000)
    expect(saves.status.get()).toMatchObject({ state: 'failed', attempts: LASTING_FAILURES })
    expect(offersSaveCopy(saves.status.get(), editing)).toBe(true)
  })

  it('is not offered for other failures (a full disk), nor on a colleague’s read-only set', async () => {
    const full = editor(null, 'disk-full')
    full.editing.apply('tag', [{ op: 'put', annotation: span('k1', ME, 'Kazakhstan', 'ENTITY') }])
    await wait(200 + 3000 + 3000)
    expect(full.saves.status.get()).toMatchObject({ state: 'failed', code: 'disk-full', attempts: 3 })
    expect(offersSaveCopy(full.saves.status.get(), full.editing)).toBe(false)
    const colleague = editor({ name: 'Jean Dupont', readOnly: true })
    const refused = { state: 'failed', message: 'x', code: 'permission-denied', attempts: 5 } as const
    expect(offersSaveCopy(refused, colleague.editing)).toBe(false)
    expect(offersSaveCopy(refused, null)).toBe(false)
    expect(offersSaveCopy({ ...refused, documentId: 'another-document' }, editor().editing)).toBe(false)
  })

  it('sends the set as the window holds it, unsaved edits included, and whose set it is', async () => {
    const own = editor()
    own.editing.apply('tag', [{ op: 'put', annotation: span('k1', ME, 'Kazakhstan', 'ENTITY', 'STATE') }])
    own.editing.apply('delete', [{ op: 'delete', id: 'c1' }])
    const sent: SaveCopyRequest[] = []
    const api = {
      saveAnnotationsCopy: (request: SaveCopyRequest) => {
        sent.push(request)
        return Promise.resolve(ok({ path: '/tmp/copy.json', annotations: request.annotations.length }))
      },
    }
    expect(await saveCopy(api, own.editing)).toEqual(ok({ path: '/tmp/copy.json', annotations: 1 }))
    expect(sent[0]).toEqual({ documentId: 'doc', annotations: [expect.objectContaining({ id: 'k1' })] })
    expect('set' in sent[0]!).toBe(false)

    const curated = editor({ name: 'curated', readOnly: false })
    expect(copyRequestOf(curated.editing)).toMatchObject({ documentId: 'doc', set: 'curated' })
  })

  it('leaves the edits to the queue: once the permission is back the retried save carries them', async () => {
    const { editing, saves, saved, control } = editor()
    const kazakhstan = span('k1', ME, 'Kazakhstan', 'ENTITY', 'STATE')
    editing.apply('tag', [{ op: 'put', annotation: kazakhstan }])
    await wait(200 + 3000)
    expect(offersSaveCopy(saves.status.get(), editing)).toBe(true)
    await saveCopy({ saveAnnotationsCopy: () => Promise.resolve(ok(null)) }, editing)
    expect(saves.hasUnsaved).toBe(true)

    control.refusing = false
    await wait(3000)
    expect(saves.status.get()).toEqual({ state: 'saved', at: '2024-04-02T10:00:00.000Z' })
    expect(saved).toEqual([
      { documentId: 'doc', changes: [{ op: 'put', annotation: kazakhstan }], origin: saves.origin },
    ])
    expect(offersSaveCopy(saves.status.get(), editing)).toBe(false)
  })
})
