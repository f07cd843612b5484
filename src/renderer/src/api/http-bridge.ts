// The contract over HTTP, for a browser served by the local web host: each method POSTs its arguments as wire
// text to `/api/<method>` with the session token in a header, and the pushes arrive on one shared
// `/api/events` stream (NDJSON), opened while anyone listens and reopened a second after it drops.
import { apiMethodNames, isApiEventName } from '@shared/ipc/contract'
import type { Api, ApiEventName, ApiEvents, Bridge } from '@shared/ipc/contract'
import { decodeReply, encodeWire } from '@shared/ipc/wire'
import { unpackReply } from '@shared/ipc/packed-reply'
import { readAnswer, TEXT_BYTES_HEADER } from '@shared/ipc/text-apart'

const TOKEN_HEADER = 'x-parley-token'
const RECONNECT_MS = 1000

type Listener = (payload: unknown) => void

const decoder = new TextDecoder()
const reading = { decode: (bytes: Uint8Array) => decoder.decode(bytes), parse: decodeReply }

export function createHttpBridge(baseUrl: string, token: string): Bridge {
  const base = baseUrl.replace(/\/+$/, '')
  const headers = { [TOKEN_HEADER]: token }

  const call = async (method: string, args: unknown[]): Promise<unknown> => {
    const response = await fetch(`${base}/api/${method}`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: encodeWire({ args }),
    })
    // Bytes, decoded in one go: response.text() decodes chunk by chunk on the main thread (three times
    // slower for a 12 MB reply holding 20,000 annotations). An opened document's text comes apart.
    const bytes = await bodyBytes(response)
    if (response.status !== 200)
      throw new Error(errorMessage(decoder.decode(bytes), `${method} failed (HTTP ${response.status})`))
    const body = readAnswer(bytes, response.headers.get(TEXT_BYTES_HEADER), reading)
    // An opened document's annotations come packed (packed-annotations.ts).
    return typeof body === 'object' && body !== null && 'value' in body ? unpackReply(body.value) : undefined
  }
  // The methods come from the contract's list; the cast is where the list meets the interface.
  const methods = Object.fromEntries(
    apiMethodNames.map((method) => [method, (...args: unknown[]) => call(method, args)]),
  ) as unknown as Api

  const listeners = new Map<ApiEventName, Set<Listener>>()
  const listening = (): boolean => [...listeners.values()].some((set) => set.size > 0)
  let stream: AbortController | null = null

  const dispatch = (line: string): void => {
    if (line.trim() === '') return
    const message = decodeReply(line)
    if (typeof message !== 'object' || message === null || !('name' in message)) return
    const { name } = message
    if (typeof name !== 'string' || !isApiEventName(name)) return // e.g. the opening `ready` line
    const payload = 'payload' in message ? message.payload : undefined
    for (const listener of [...(listeners.get(name) ?? [])]) {
      try {
        listener(payload)
      } catch (error) {
        console.error(`parley: a listener of ${name} failed`, error)
      }
    }
  }

  const run = async (controller: AbortController): Promise<void> => {
    while (!controller.signal.aborted) {
      try {
        const response = await fetch(`${base}/api/events`, {
          headers,
          signal: controller.signal,
          cache: 'no-store',
        })
        if (response.status === 401 || response.status === 403) {
          console.error(
            `parley: the host refused the event stream (HTTP ${response.status}); reload the page`,
          )
          break
        }
        if (response.ok && response.body) await readLines(response.body, dispatch)
      } catch (error) {
        if (!controller.signal.aborted) console.warn('parley: the event stream dropped', error)
      }
      if (!controller.signal.aborted) await delay(RECONNECT_MS)
    }
    if (stream === controller) stream = null
  }

  const subscribe = <K extends ApiEventName>(
    name: K,
    listener: (payload: ApiEvents[K]) => void,
  ): (() => void) => {
    let set = listeners.get(name)
    if (!set) listeners.set(name, (set = new Set()))
    const entry = listener as Listener
    set.add(entry)
    if (stream === null) {
      stream = new AbortController()
      void run(stream)
    }
    return () => {
      set.delete(entry)
      if (!listening() && stream !== null) {
        stream.abort()
        stream = null
      }
    }
  }

  return { ...methods, subscribe }
}

/** Calls `onLine` for each complete line of a UTF-8 stream. */
/**
 * The body's bytes, read from its stream and joined. For a 2.7 MB answer (a 1 MB text and 20,000 packed
 * annotations) the request and read took 60–63 ms this way against 95–113 ms with `response.arrayBuffer()`
 * in Chromium 156, measured in one page, alternating.
 */
async function bodyBytes(response: Response): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer())
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let length = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    length += value.length
  }
  if (chunks.length === 1) return chunks[0]!
  const bytes = new Uint8Array(length)
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.length
  }
  return bytes
}

async function readLines(
  body: ReadableStream<Uint8Array<ArrayBuffer>>,
  onLine: (line: string) => void,
): Promise<void> {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader()
  let buffer = ''
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return
    buffer += value
    let end: number
    while ((end = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, end)
      buffer = buffer.slice(end + 1)
      try {
        onLine(line)
      } catch (error) {
        console.error('parley: an event line could not be read', error)
      }
    }
  }
}

function errorMessage(text: string, fallback: string): string {
  try {
    const body = JSON.parse(text) as unknown
    if (typeof body === 'object' && body !== null && 'message' in body && typeof body.message === 'string') {
      return body.message
    }
  } catch {
    // Not JSON: a proxy or a crash answered; say what we know.
  }
  return fallback
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))
