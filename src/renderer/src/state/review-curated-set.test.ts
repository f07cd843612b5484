import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SaveRequest } from '@shared/ipc/contract'
import { ok } from '@shared/result'
import { asCodePoint } from '@shared/text/offsets'
import { AnnotationEditing } from './annotation-editing'
import { createDocumentModel } from './document-model'
import { SaveQueue } from './save-queue'
import { openedReview, TEXT } from './testing/review-fixture'

// The editor on another set than the analyst's own: the curated set saves with `set: 'curated'`, a
// colleague's set is read only, and her own set saves exactly as before (no `set`).

function editor(openSet: ConstructorParameters<typeof AnnotationEditing>[4]) {
  const sent: SaveRequest[] = []
  const saves = new SaveQueue({
    saveAnnotations: (request) => {
      sent.push(request)
      return Promise.resolve(ok({ count: 1, savedAt: '2024-04-02T10:00:00.000Z' }))
    },
  })
  const editing = new AnnotationEditing(
    createDocumentModel(openedReview().meta, TEXT),
    [],
    'Claire Dubois',
    saves,
    openSet,
  )
  return { editing, sent }
}

const CHINE = { start: asCodePoint(3), end: asCodePoint(8) }

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('the editor on a set other than one’s own', () => {
  it('saves the curated set’s changes with `set: curated`', async () => {
    const { editing, sent } = editor({ name: 'curated', readOnly: false })
    expect(editing.create('ENTITY', 'STATE', [CHINE])?.quote.exact).toBe('Chine')
    await vi.advanceTimersByTimeAsync(500)
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({ documentId: 'doc', set: 'curated' })
    expect(sent[0]?.changes).toMatchObject([{ op: 'put', annotation: { label: 'ENTITY' } }])
  })

  it('saves the analyst’s own set without naming a set, as before', async () => {
    const { editing, sent } = editor(null)
    editing.create('ENTITY', 'STATE', [CHINE])
    await vi.advanceTimersByTimeAsync(500)
    expect(sent).toHaveLength(1)
    expect(sent[0]).not.toHaveProperty('set')
  })

  it('changes nothing in a colleague’s set, which is read only', async () => {
    const { editing, sent } = editor({ name: 'Aïcha Benali', readOnly: true })
    expect(editing.create('ENTITY', 'STATE', [CHINE])).toBeNull()
    editing.apply('Tag', [{ op: 'delete', id: 'x' }])
    await vi.advanceTimersByTimeAsync(500)
    expect(editing.state.get().annotations.list).toEqual([])
    expect(editing.history.canUndo).toBe(false)
    expect(sent).toEqual([])
  })

  it('keeps the changes of two sets of one document in separate saves', async () => {
    const sent: SaveRequest[] = []
    const saves = new SaveQueue({
      saveAnnotations: (request) => {
        sent.push(request)
        return Promise.resolve(ok({ count: 1, savedAt: '2024-04-02T10:00:00.000Z' }))
      },
    })
    saves.enqueue('doc', [{ op: 'delete', id: 'a' }])
    saves.enqueue('doc', [{ op: 'delete', id: 'b' }], 'curated')
    saves.enqueue('doc', [{ op: 'delete', id: 'c' }], 'curated')
    await vi.advanceTimersByTimeAsync(500)
    expect(sent.map((r) => [r.set ?? 'own', r.changes.length])).toEqual([
      ['own', 1],
      ['curated', 2],
    ])
  })
})
