import { afterEach, describe, expect, it, vi } from 'vitest'
import { decodeWire } from '@shared/ipc/wire'
import { createHttpBridge } from './http-bridge'

interface Sent {
  url: string
  init: RequestInit
}

/** A fake `fetch` answering method calls with `reply` and event requests with a stream the test feeds. */
function fakeHost(reply: (url: string) => Response) {
  const sent: Sent[] = []
  const streams: ReadableStreamDefaultController<Uint8Array>[] = []
  const fetch = vi.fn((url: string, init: RequestInit = {}) => {
    sent.push({ url, init })
    if (!url.endsWith('/api/events')) return Promise.resolve(reply(url))
    const body = new ReadableStream<Uint8Array>({ start: (controller) => void streams.push(controller) })
    init.signal?.addEventListener('abort', () =>
      streams.at(-1)?.error(new DOMException('aborted', 'AbortError')),
    )
    return Promise.resolve(new Response(body, { headers: { 'content-type': 'application/x-ndjson' } }))
  })
  vi.stubGlobal('fetch', fetch)
  const push = (text: string, stream = streams.length - 1): void =>
    streams[stream]?.enqueue(new TextEncoder().encode(text))
  return { sent, streams, push }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('createHttpBridge', () => {
  it('posts the arguments as wire text with the token and returns the value', async () => {
    const host = fakeHost(() => new Response(JSON.stringify({ value: { ok: true, value: { id: 'a' } } })))
    const bridge = createHttpBridge('http://127.0.0.1:5/', 'tok')
    const bytes = new Uint8Array([1, 2, 3])
    const result = await bridge.importText({ fileName: 'a.txt', bytes })
    expect(result).toEqual({ ok: true, value: { id: 'a' } })
    const [sent] = host.sent
    expect(sent?.url).toBe('http://127.0.0.1:5/api/importText')
    expect(sent?.init.method).toBe('POST')
    expect(sent?.init.headers).toMatchObject({ 'x-parley-token': 'tok' })
    expect(decodeWire(sent?.init.body as string)).toEqual({ args: [{ fileName: 'a.txt', bytes }] })
  })

  it('reads an answer that comes in several chunks, its text apart, a character split between two', async () => {
    const text = 'Astana — « la Ceinture et la Route »'
    const json = JSON.stringify({
      value: { ok: true, value: { meta: { id: 'd' }, text: '', annotations: [] } },
    })
    const bytes = new TextEncoder().encode(json + text)
    const cuts = [0, 7, json.length + 8, json.length + 9, bytes.length]
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 1; i < cuts.length; i++) controller.enqueue(bytes.slice(cuts[i - 1], cuts[i]))
        controller.close()
      },
    })
    const textBytes = String(bytes.length - json.length)
    fakeHost(() => new Response(body, { headers: { 'x-parley-text-bytes': textBytes } }))
    expect(await createHttpBridge('', 't').openDocument('d')).toStrictEqual({
      ok: true,
      value: { meta: { id: 'd' }, text, annotations: [] },
    })
  })

  it('throws the host message on an error answer', async () => {
    fakeHost(
      () => new Response(JSON.stringify({ message: 'invalid arguments to setAnnotator' }), { status: 400 }),
    )
    await expect(createHttpBridge('', 't').setAnnotator('')).rejects.toThrow(
      'invalid arguments to setAnnotator',
    )
    fakeHost(() => new Response('<html>bad gateway</html>', { status: 502 }))
    await expect(createHttpBridge('', 't').getSession()).rejects.toThrow('getSession failed (HTTP 502)')
  })

  it('shares one event stream, dispatches lines split across chunks, and closes it after the last listener', async () => {
    const host = fakeHost(() => new Response('{}'))
    const bridge = createHttpBridge('', 'tok')
    const menu: unknown[] = []
    const sessions: unknown[] = []
    const offMenu = bridge.subscribe('menuCommand', (payload) => menu.push(payload))
    const offSession = bridge.subscribe('sessionChanged', (payload) => sessions.push(payload))
    await vi.waitFor(() => expect(host.streams).toHaveLength(1))
    expect(host.sent[0]?.init.headers).toMatchObject({ 'x-parley-token': 'tok' })

    host.push('{"name":"ready"}\n{"name":"menuCommand","payload":{"comm')
    host.push(
      'and":"openText"}}\n{"name":"sessionChanged","payload":{"annotator":"ana"}}\n{"name":"unknown"}\n',
    )
    await vi.waitFor(() => expect(sessions).toHaveLength(1))
    expect(menu).toEqual([{ command: 'openText' }])
    expect(sessions).toEqual([{ annotator: 'ana' }])

    offMenu()
    expect(host.sent[0]?.init.signal?.aborted).toBe(false)
    offSession()
    expect(host.sent[0]?.init.signal?.aborted).toBe(true)
  })

  it('reopens the stream a second after it drops', async () => {
    const host = fakeHost(() => new Response('{}'))
    const bridge = createHttpBridge('', 'tok')
    const menu: unknown[] = []
    const off = bridge.subscribe('menuCommand', (payload) => menu.push(payload))
    await vi.waitFor(() => expect(host.streams).toHaveLength(1))
    host.streams[0]?.close()
    await vi.waitFor(() => expect(host.streams).toHaveLength(2), { timeout: 3000 })
    host.push('{"name":"menuCommand","payload":{"command":"chooseWorkspace"}}\n', 1)
    await vi.waitFor(() => expect(menu).toEqual([{ command: 'chooseWorkspace' }]))
    off()
  })
})
