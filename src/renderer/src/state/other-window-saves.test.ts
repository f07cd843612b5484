// A window hears that another one saved to the set it shows: it takes the other's annotations in place,
// keeps its own unsaved edit (queued, then in flight), its selection and its undo history, and ignores
// saves to other documents or sets and the echo of its own saves.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AnnotationChange } from '@shared/model/annotation'
import type { Api, SaveRequest } from '@shared/ipc/contract'
import type { DocumentMeta } from '@shared/model/document'
import { ok } from '@shared/result'
import { AnnotationEditing } from './annotation-editing'
import { createDocumentModel } from './document-model'
import { adoptOtherWindowSave } from './other-window-saves'
import { SaveQueue } from './save-queue'

const TEXT = 'Wang Yi a rencontré Murat Nurtleu à Astana.'
const meta = { id: 'doc', title: 'Doc' } as DocumentMeta

/** A window with its own save queue; its saves wait until `answer()` (so they stay in flight). */
function openWindow(set?: string) {
  const sent: SaveRequest[] = []
  let answers: (() => void)[] = []
  const api: Pick<Api, 'saveAnnotations'> = {
    saveAnnotations: (request) =>
      new Promise((resolve) => {
        sent.push(request)
        answers.push(() => resolve(ok({ count: 0, savedAt: '' })))
      }),
  }
  const saves = new SaveQueue(api)
  const openSet = set ? { name: set, readOnly: false } : null
  const editing = new AnnotationEditing(createDocumentModel(meta, TEXT), [], 'Claire', saves, openSet)
  const answer = () => {
    for (const resolve of answers) resolve()
    answers = []
  }
  return { editing, saves, sent, answer }
}

const span = (quote: string) => {
  const start = TEXT.indexOf(quote)
  return [{ start, end: start + quote.length }] as never
}
const quotes = (editing: AnnotationEditing): string[] =>
  editing.state.get().annotations.list.map((a) => a.quote.exact)
/** Lets the queue's debounce run (fake timers: no test here waits on the clock). */
const waitForSend = () => vi.advanceTimersByTimeAsync(200)

beforeEach(() => void vi.useFakeTimers())
afterEach(() => void vi.useRealTimers())

describe('a save made in another window', () => {
  it('shows the other’s new annotation beside this window’s own, unsaved one', async () => {
    const other = openWindow()
    const here = openWindow()
    const mine = here.editing.create('ENTITY', 'PERSON', span('Wang Yi'))!
    const theirs = other.editing.create('ENTITY', 'STATE', span('Astana'))!
    const changes: AnnotationChange[] = [{ op: 'put', annotation: theirs }]

    const count = adoptOtherWindowSave(here.editing, 'Claire', here.saves, {
      documentId: 'doc',
      annotator: 'Claire',
      changes,
      count: 2,
    })
    expect(count).toBe(1)
    expect(quotes(here.editing)).toEqual(['Wang Yi', 'Astana'])
    expect(here.editing.selected?.id).toBe(mine.id)
    expect(here.editing.history.canUndo).toBe(true)
    // Nothing of the other's goes back to the store: it is there already.
    await waitForSend()
    expect(here.sent.flatMap((r) => r.changes)).toEqual([{ op: 'put', annotation: mine }])
  })

  it('never replaces an annotation this window changed and has not seen saved', async () => {
    const here = openWindow()
    const mine = here.editing.create('ENTITY', 'PERSON', span('Wang Yi'))!
    await waitForSend() // now in flight: sent, not answered
    expect(here.sent).toHaveLength(1)
    const theirs = { ...mine, note: 'edited elsewhere', modified: '2999-01-01T00:00:00.000Z' }
    const saved = {
      documentId: 'doc',
      annotator: 'Claire',
      changes: [{ op: 'put' as const, annotation: theirs }],
      count: 2,
    }
    expect(adoptOtherWindowSave(here.editing, 'Claire', here.saves, saved)).toBe(0)
    expect(here.editing.state.get().annotations.byId.get(mine.id)?.note).toBe('')
    here.answer()
    await waitForSend()
    // Once her save is on disk, a later save from the other window is taken.
    expect(adoptOtherWindowSave(here.editing, 'Claire', here.saves, saved)).toBe(1)
    expect(here.editing.state.get().annotations.byId.get(mine.id)?.note).toBe('edited elsewhere')
  })

  it('ignores the echo of its own save, and saves to another document or set', async () => {
    const here = openWindow()
    const mine = here.editing.create('ENTITY', 'PERSON', span('Wang Yi'))!
    await waitForSend()
    here.answer()
    await waitForSend()
    const echo: AnnotationChange[] = [{ op: 'put', annotation: mine }]
    const adopt = (documentId: string, annotator: string) =>
      adoptOtherWindowSave(here.editing, 'Claire', here.saves, {
        documentId,
        annotator,
        changes: echo,
        count: 1,
      })
    expect(adopt('doc', 'Claire')).toBe(0)
    const other = openWindow().editing.create('ENTITY', 'STATE', span('Astana'))!
    const foreign: AnnotationChange[] = [{ op: 'put', annotation: other }]
    for (const [documentId, annotator] of [
      ['another-doc', 'Claire'],
      ['doc', 'Jean'],
      ['doc', 'curated'],
    ] as const)
      expect(
        adoptOtherWindowSave(here.editing, 'Claire', here.saves, {
          documentId,
          annotator,
          changes: foreign,
          count: 1,
        }),
      ).toBe(0)
    expect(quotes(here.editing)).toEqual(['Wang Yi'])
  })

  it('follows the curated set when that is the set shown, and drops a deleted selection', () => {
    const here = openWindow('curated')
    const mine = here.editing.create('ENTITY', 'PERSON', span('Wang Yi'))!
    here.saves.discard('doc')
    const saved = {
      documentId: 'doc',
      annotator: 'curated',
      changes: [{ op: 'delete' as const, id: mine.id }],
      count: 0,
    }
    expect(adoptOtherWindowSave(here.editing, 'Claire', here.saves, saved)).toBe(1)
    expect(quotes(here.editing)).toEqual([])
    expect(here.editing.selected).toBeNull()
  })

  it('ignores the echo of its own save even after its later saves were answered', async () => {
    const here = openWindow()
    const mine = here.editing.create('ENTITY', 'PERSON', span('Wang Yi'))!
    await waitForSend()
    here.answer()
    here.editing.remove(mine.id)
    await waitForSend()
    here.answer()
    await vi.advanceTimersByTimeAsync(0)
    expect(here.sent.map((r) => r.origin)).toEqual([here.saves.origin, here.saves.origin])
    // The echo of the first save (the put) arrives only now: taking it would bring Wang Yi back.
    const echo = {
      documentId: 'doc',
      annotator: 'Claire',
      changes: here.sent[0]!.changes,
      count: 1,
      origin: here.saves.origin,
    }
    expect(adoptOtherWindowSave(here.editing, 'Claire', here.saves, echo)).toBe(0)
    expect(quotes(here.editing)).toEqual([])
    // Another window's identical save is taken.
    const other = { ...echo, origin: 'another-window' }
    expect(adoptOtherWindowSave(here.editing, 'Claire', here.saves, other)).toBe(1)
    expect(quotes(here.editing)).toEqual(['Wang Yi'])
  })
})
