// Moving between documents: the one shown is the one last asked for, whatever order the answers come in; a
// document left with a save still on its way opens again with that change; and each document keeps its
// undo history while the app runs, unless its set changed elsewhere meanwhile. A large set comes in two
// parts: the text shows with the first while the rest arrives, and nothing is lost or taken meanwhile.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Annotation } from '@shared/model/annotation'
import type { Bridge, OpenedDocument, OpenedFirstPart, OpenedRest, SaveRequest } from '@shared/ipc/contract'
import { packAnnotations } from '@shared/ipc/packed-annotations'
import type { DocumentMeta } from '@shared/model/document'
import type { Session } from '@shared/model/session'
import { err, ok, type Result } from '@shared/result'
import { AppController, FIRST_PART_UP_TO } from './app-controller'
import { patchUi, ui } from './ui-state'

const TEXTS: Record<string, string> = {
  A: 'Wang Yi a rencontré Murat Nurtleu à Astana.',
  B: 'Le Kazakhstan soutient fermement la Chine.',
}

/**
 * The services, with the sets on "disk". An opening comes in two parts, split at `splitAt` (the offset the
 * window asks for, unless a test sets one): the first part's answer waits while its document is in `held`,
 * the rest's while it is in `heldRest`; the rest of a document in `forgotten` is no longer kept.
 */
function fakeServices() {
  const disk = new Map<string, Annotation[]>([
    ['A', []],
    ['B', []],
  ])
  const held = new Map<string, (() => void)[]>()
  const heldRest = new Map<string, (() => void)[]>()
  const saved: SaveRequest[] = []
  const forgotten = new Set<string>()
  const asked: unknown[][] = []
  const rests = new Map<string, { id: string; text: string; list: Annotation[] }>()
  const options = { splitAt: null as number | null }
  const gate = async (gates: Map<string, (() => void)[]>, id: string) => {
    const waiting = gates.get(id)
    if (waiting) await new Promise<void>((resolve) => waiting.push(resolve))
  }
  const openDocument = async (id: string, set?: string): Promise<Result<OpenedDocument>> => {
    asked.push(['whole', id, set])
    const list = [...(disk.get(id) ?? [])]
    await gate(held, id)
    return ok({ meta: { id, title: id } as DocumentMeta, text: TEXTS[id]!, annotations: list })
  }
  const openDocumentFirst = async (
    id: string,
    set: string | null,
    upTo: number,
  ): Promise<Result<OpenedFirstPart>> => {
    asked.push(['first', id, set, upTo])
    const at = options.splitAt ?? upTo
    const list = [...(disk.get(id) ?? [])]
    await gate(held, id)
    const first = list.filter((a) => a.start < at)
    const rest = list.filter((a) => a.start >= at)
    const key = `key-${rests.size}`
    if (rest.length > 0) rests.set(key, { id, text: TEXTS[id]!, list: rest })
    const meta = { id, title: id } as DocumentMeta
    const more = rest.length > 0 ? { key, count: rest.length } : null
    return ok({ meta, text: TEXTS[id]!, rest: more, annotations: first })
  }
  const openDocumentRest = async (key: string): Promise<Result<OpenedRest>> => {
    const kept = rests.get(key)!
    asked.push(['rest', kept.id])
    await gate(heldRest, kept.id)
    if (forgotten.has(kept.id)) return err('not-found', 'The rest of this opening is no longer kept')
    return ok({ packed: packAnnotations(kept.list, kept.text) })
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
  const release = (id: string, gates = held): void => {
    for (const resolve of gates.get(id) ?? []) resolve()
    gates.delete(id)
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
  const api = {
    openDocument,
    openDocumentFirst,
    openDocumentRest,
    saveAnnotations,
    subscribe,
    getSession,
  } as unknown as Bridge
  return { api, disk, held, heldRest, saved, release, emit, forgotten, asked, options }
}

function appOn(workspacePath = '/ws', afterPaint?: () => Promise<void>) {
  const services = fakeServices()
  const app = new AppController(services.api, afterPaint)
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

describe('a large set in two parts', () => {
  /** A in two parts: « Wang Yi » in the first (it begins before offset 10), « Astana » in the rest. */
  const twoParts = (afterPaint?: () => Promise<void>) => {
    const services = appOn('/ws', afterPaint)
    services.options.splitAt = 10
    const text = TEXTS.A!
    const entity = (quote: string) => {
      const start = text.indexOf(quote)
      return {
        id: `id-${quote}`,
        label: 'ENTITY',
        start,
        end: start + quote.length,
        quote: { exact: quote },
        attributes: { type: 'PERSON' },
        roles: {},
        note: '',
        author: 'Claire',
        created: '2024-03-29T09:00:00.000Z',
        modified: '2024-03-29T09:00:00.000Z',
      } as unknown as Annotation
    }
    services.disk.set('A', [entity('Wang Yi'), entity('Astana')])
    return { ...services, entity }
  }

  it('asks for the annotations a view of the text’s beginning shows, with the set named when not hers', async () => {
    const { app, asked } = appOn()
    await app.openDocument('A', 'Yerlan')
    await app.openDocument('A', 'Claire')
    expect(asked).toEqual([
      ['first', 'A', 'Yerlan', FIRST_PART_UP_TO],
      ['first', 'A', null, FIRST_PART_UP_TO],
    ])
    expect(editingOf(app).openSet).toBeNull()
    expect(editingOf(app).state.get().loading).toBe(false)
  })

  it('shows the first part while the rest arrives, takes no change meanwhile, then shows the whole set', async () => {
    const { app, heldRest, release, saved } = twoParts()
    await app.openDocument('B')
    heldRest.set('A', [])
    const opening = app.openDocument('A')
    await vi.waitFor(() => expect(editingOf(app).document.meta.id).toBe('A'))
    expect(editingOf(app).state.get().loading).toBe(true)
    expect(quotes(app)).toEqual(['Wang Yi'])
    // Nothing can be changed before the whole set is there: it would be saved over what is coming.
    expect(tag(app, 'Murat')).toBeNull()
    expect(editingOf(app).undo()).toBeNull()
    release('A', heldRest)
    await opening
    expect(editingOf(app).state.get().loading).toBe(false)
    expect(quotes(app)).toEqual(['Wang Yi', 'Astana'])
    expect(tag(app, 'Murat')).not.toBeNull()
    await saveAll()
    expect(saved.map((s) => s.documentId)).toEqual(['A'])
  })

  it('asks for the rest once the first part is painted, not before', async () => {
    let painted = (): void => undefined
    const { app, asked } = twoParts(() => new Promise<void>((resolve) => (painted = resolve)))
    const opening = app.openDocument('A')
    await vi.waitFor(() => expect(editingOf(app).state.get().loading).toBe(true))
    await vi.advanceTimersByTimeAsync(1000)
    expect(asked.map(([how]) => how)).toEqual(['first'])
    painted()
    await opening
    expect(asked.map(([how]) => how)).toEqual(['first', 'rest'])
    expect(quotes(app)).toEqual(['Wang Yi', 'Astana'])
  })

  it('keeps the history of a document left before the rest of its set arrived', async () => {
    const { app, heldRest, release } = twoParts()
    await app.openDocument('A')
    tag(app, 'Murat')
    await saveAll()
    await app.openDocument('B')
    heldRest.set('A', [])
    const abandoned = app.openDocument('A')
    await vi.waitFor(() => expect(editingOf(app).state.get().loading).toBe(true))
    await app.openDocument('B')
    release('A', heldRest)
    await abandoned
    expect(editingOf(app).document.meta.id).toBe('B')
    await app.openDocument('A')
    expect(editingOf(app).undo()).toBe('Tag ENTITY:STATE')
  })

  it('takes a save another window made while the rest was on its way', async () => {
    const { app, heldRest, release, emit, entity } = twoParts()
    await app.start()
    await app.openDocument('B')
    heldRest.set('A', [])
    const opening = app.openDocument('A')
    await vi.waitFor(() => expect(editingOf(app).state.get().loading).toBe(true))
    const theirs = { ...entity('Murat'), modified: '2024-03-29T10:00:00.000Z' }
    emit('annotationsSaved', {
      documentId: 'A',
      annotator: 'Claire',
      origin: 'another-window',
      changes: [
        { op: 'put', annotation: theirs },
        { op: 'delete', id: 'id-Astana' },
      ],
      count: 2,
    })
    release('A', heldRest)
    await opening
    expect(quotes(app)).toEqual(['Wang Yi', 'Murat'])
  })

  it('reads the set again, whole, when its rest is no longer kept', async () => {
    const { app, forgotten, asked } = twoParts()
    forgotten.add('A')
    await app.openDocument('A')
    expect(asked.map(([how]) => how)).toEqual(['first', 'rest', 'whole'])
    expect(editingOf(app).state.get().loading).toBe(false)
    expect(quotes(app)).toEqual(['Wang Yi', 'Astana'])
  })

  it('closes a text whose rest did not come and whose set cannot be read again, and says why', async () => {
    const { app, api } = twoParts()
    const gone = () => Promise.reject(new Error('the host went away'))
    Object.assign(api, { openDocumentRest: gone, openDocument: gone })
    await app.openDocument('A')
    expect(app.editing.get()).toBeNull()
    expect(app.error.get()).toBe('the host went away')
  })

  it('closes a text whose set cannot be read whole, and says why', async () => {
    const { app, forgotten, api } = twoParts()
    forgotten.add('A')
    ;(api as { openDocument: unknown }).openDocument = () =>
      Promise.resolve(err('corrupt-file', 'A.json breaks at line 3'))
    await app.openDocument('A')
    expect(app.editing.get()).toBeNull()
    expect(app.error.get()).toBe('A.json breaks at line 3')
  })
})
