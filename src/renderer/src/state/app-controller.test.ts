// Moving between documents: the one shown is the one last asked for, whatever order the answers come in; a
// document left with a save still on its way opens again with that change; and each document keeps its
// undo history while the app runs, unless its set changed elsewhere meanwhile.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Annotation } from '@shared/model/annotation'
import type { Bridge, OpenedDocument, SaveRequest } from '@shared/ipc/contract'
import type { DocumentMeta } from '@shared/model/document'
import type { Session } from '@shared/model/session'
import { ok, type Result } from '@shared/result'
import { AppController } from './app-controller'
import { patchUi, ui } from './ui-state'

const TEXTS: Record<string, string> = {
  A: 'Wang Yi a rencontré Murat Nurtleu à Astana.',
  B: 'Le Kazakhstan soutient fermement la Chine.',
}

/** The services, with the sets on "disk"; an answer waits while its document is in `held`. */
function fakeServices() {
  const disk = new Map<string, Annotation[]>([
    ['A', []],
    ['B', []],
  ])
  const held = new Map<string, (() => void)[]>()
  const saved: SaveRequest[] = []
  const openDocument = async (id: string): Promise<Result<OpenedDocument>> => {
    const list = [...(disk.get(id) ?? [])]
    const gate = held.get(id)
    if (gate) await new Promise<void>((resolve) => gate.push(resolve))
    const meta = { id, title: id } as DocumentMeta
    return ok({ meta, text: TEXTS[id]!, annotations: list })
  }
  const saveAnnotations = (request: SaveRequest) => {
    saved.push(request)
    const list = new Map((disk.get(request.documentId) ?? []).map((a) => [a.id, a]))
    for (const c of request.changes)
      if (c.op === 'put') list.set(c.annotation.id, c.annotation)
      else list.delete(c.id)
    disk.set(request.documentId, [...list.values()])
    return Promise.resolve(ok({ count: list.size, savedAt: '2024-03-29T10:00:00.000Z' }))
  }
  const release = (id: string): void => {
    for (const resolve of held.get(id) ?? []) resolve()
    held.delete(id)
  }
  const listeners = new Map<string, ((payload: unknown) => void)[]>()
  const subscribe = (name: string, listener: (payload: unknown) => void) => {
    listeners.set(name, [...(listeners.get(name) ?? []), listener])
    return () => undefined
  }
  const emit = (name: string, payload: unknown): void => {
    for (const listener of listeners.get(name) ?? []) listener(payload)
  }
  const getSession = () =>
    Promise.resolve({ annotator: 'Claire', workspacePath: '/ws', documents: [{ id: 'A' }, { id: 'B' }] })
  const api = { openDocument, saveAnnotations, subscribe, getSession } as unknown as Bridge
  return { api, disk, held, saved, release, emit }
}

function appOn(workspacePath = '/ws') {
  const services = fakeServices()
  const app = new AppController(services.api)
  app.session.set({ annotator: 'Claire', workspacePath } as unknown as Session)
  return { app, ...services }
}

const editingOf = (app: AppController) => {
  const editing = app.editing.get()
  if (!editing) throw new Error('no document shown')
  return editing
}
const quotes = (app: AppController): string[] =>
  editingOf(app)
    .state.get()
    .annotations.list.map((a) => a.quote.exact)
const tag = (app: AppController, quote: string): Annotation => {
  const text = editingOf(app).document.text
  const start = text.indexOf(quote)
  return editingOf(app).create('ENTITY', 'STATE', [{ start, end: start + quote.length }] as never)!
}
/** Lets the save queue's debounce run and its saves land. */
const saveAll = () => vi.advanceTimersByTimeAsync(500)

beforeEach(() => void vi.useFakeTimers())
afterEach(() => void vi.useRealTimers())

describe('moving between documents', () => {
  it('shows the document asked for last, when an earlier answer comes after it', async () => {
    const { app, held, release } = appOn()
    held.set('A', [])
    const first = app.openDocument('A')
    await app.openDocument('B')
    release('A')
    await first
    expect(editingOf(app).document.meta.id).toBe('B')
  })

  it('closes what was open over the last text: the palette on a span, the offer to tag all', async () => {
    const { app } = appOn()
    await app.openDocument('A')
    patchUi({
      palette: { kind: 'tag', span: { start: 0, end: 7 } as never },
      tagAll: { label: 'ENTITY', type: 'STATE', quote: 'Astana' },
    })
    await app.openDocument('B')
    expect(ui.get()).toMatchObject({ palette: null, tagAll: null, overlap: null, hover: null })
  })

  it('counts each document’s tags as saves are heard, the analyst’s own set only, until a new session', async () => {
    const { app, emit } = appOn()
    await app.start()
    expect(app.tagCounts.get().size).toBe(0)
    emit('annotationsSaved', { documentId: 'B', annotator: 'Claire', changes: [], count: 3 })
    emit('annotationsSaved', { documentId: 'A', annotator: 'Yerlan', changes: [], count: 7 })
    emit('annotationsSaved', { documentId: 'A', annotator: 'Claire', changes: [], count: 1 })
    expect([...app.tagCounts.get()]).toEqual([
      ['B', 3],
      ['A', 1],
    ])
    emit('sessionChanged', { annotator: 'Claire', workspacePath: '/ws', documents: [{ id: 'A' }] })
    await vi.waitFor(() => expect(app.tagCounts.get().size).toBe(0))
  })

  it('opens a document left a moment ago with the change whose save is still on its way', async () => {
    const { app, disk } = appOn()
    await app.openDocument('A')
    tag(app, 'Astana')
    await app.openDocument('B')
    await app.openDocument('A')
    expect(disk.get('A')).toEqual([])
    expect(quotes(app)).toEqual(['Astana'])
    await saveAll()
    expect(disk.get('A')?.map((a) => a.quote.exact)).toEqual(['Astana'])
    expect(quotes(app)).toEqual(['Astana'])
  })

  it('keeps each document’s undo history while the app runs', async () => {
    const { app } = appOn()
    await app.openDocument('A')
    tag(app, 'Astana')
    await saveAll()
    await app.openDocument('B')
    tag(app, 'Chine')
    await saveAll()

    await app.openDocument('A')
    expect(quotes(app)).toEqual(['Astana'])
    expect(editingOf(app).undo()).toBe('Tag ENTITY:STATE')
    expect(quotes(app)).toEqual([])
    await saveAll()

    await app.openDocument('B')
    expect(editingOf(app).undo()).toBe('Tag ENTITY:STATE')
    expect(quotes(app)).toEqual([])
    await saveAll()
    // A's redo is kept too.
    await app.openDocument('A')
    expect(editingOf(app).redo()).toBe('Tag ENTITY:STATE')
    expect(quotes(app)).toEqual(['Astana'])
  })

  it('drops a document’s history when its set changed elsewhere meanwhile, so no undo reverts that change', async () => {
    const { app, disk } = appOn()
    await app.openDocument('A')
    const mine = tag(app, 'Astana')
    await saveAll()
    await app.openDocument('B')
    // Another window renamed the annotation's type meanwhile.
    disk.set('A', [{ ...mine, attributes: { type: 'LOCATION' }, modified: mine.modified }])
    await app.openDocument('A')
    expect(editingOf(app).history.canUndo).toBe(false)
    expect(
      editingOf(app)
        .state.get()
        .annotations.list.map((a) => a.attributes.type),
    ).toEqual(['LOCATION'])
  })

  it('keeps histories apart by workspace', async () => {
    const { app } = appOn('/one')
    await app.openDocument('A')
    tag(app, 'Astana')
    await saveAll()
    await app.openDocument('B')
    app.session.set({ annotator: 'Claire', workspacePath: '/two' } as unknown as Session)
    await app.openDocument('A')
    // The same document and set in another workspace (here with the same annotations) starts afresh.
    expect(quotes(app)).toEqual(['Astana'])
    expect(editingOf(app).history.canUndo).toBe(false)
  })
})
