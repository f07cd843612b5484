// Two windows on one workspace (RELIABILITY.md item 7), as the web host serves them: two clients, each with
// its own event stream, save interleaved changes to the same set through the one store. The file on disk
// must hold both clients' annotations, and each client must hear the other's saves as `annotationsSaved`.
import { readFile } from 'node:fs/promises'
import { request, type IncomingMessage } from 'node:http'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { AnnotationsSaved } from '@shared/ipc/contract'
import type { Annotation } from '@shared/model/annotation'
import { decodeWire, encodeWire } from '@shared/ipc/wire'
import { makeTempDir } from '../services/testing/temp-workspace'
import { openSample, SAMPLE_ID } from '../services/workspace/testing/open-sample'
import { annotationFilePath } from '../services/workspace/workspace-paths'
import type { ServiceHost } from '../services/service-host'
import { startWebHost, TOKEN_HEADER, type WebHost } from './server'

const TOKEN = 'b'.repeat(64)
const WORDS = ['Kazakhstan', 'Chine', 'Wang Yi', 'Murat Nurtleu', 'coopération', 'Asie'] as const

let dir: string
let remove: () => Promise<void>
let services: ServiceHost
let host: WebHost
beforeEach(async () => ({ dir, remove } = await makeTempDir()))
afterEach(async () => {
  await host.close()
  await services.flush()
  await remove()
})

/** One client's event stream: every `annotationsSaved` it has heard, once the stream is open. */
async function listen(port: number): Promise<{ heard: AnnotationsSaved[]; close(): void }> {
  const heard: AnnotationsSaved[] = []
  const stream: { response?: IncomingMessage } = {}
  const req = request({ port, path: '/api/events', headers: { [TOKEN_HEADER]: TOKEN } })
  await new Promise<void>((resolve, reject) => {
    req.on('response', (res) => {
      stream.response = res
      let buffered = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        buffered += chunk
        let newline: number
        while ((newline = buffered.indexOf('\n')) >= 0) {
          const line = decodeWire(buffered.slice(0, newline)) as { name: string; payload?: unknown }
          buffered = buffered.slice(newline + 1)
          if (line.name === 'ready') resolve()
          if (line.name === 'annotationsSaved') heard.push(line.payload as AnnotationsSaved)
        }
      })
      res.on('error', () => undefined)
    })
    req.on('error', reject)
    req.end()
  })
  return { heard, close: () => stream.response?.destroy() }
}

/** One client's save over HTTP, as the page's bridge sends it. */
async function save(port: number, annotation: Annotation): Promise<unknown> {
  const body = encodeWire({ args: [{ documentId: SAMPLE_ID, changes: [{ op: 'put', annotation }] }] })
  const response = await fetch(`http://127.0.0.1:${port}/api/saveAnnotations`, {
    method: 'POST',
    headers: { [TOKEN_HEADER]: TOKEN, 'content-type': 'text/plain' },
    body,
  })
  const text = await response.text()
  expect(response.status, text).toBe(200)
  return (decodeWire(text) as { value: unknown }).value
}

it('keeps both clients’ interleaved saves on disk and tells each client of the other’s', async () => {
  const sample = await openSample(dir)
  services = sample.services
  host = await startWebHost({ services, rendererDir: dir, token: TOKEN })
  const first = await listen(host.port)
  const second = await listen(host.port)

  // Unawaited and interleaved: first, second, first, second… as two windows saving at the same time.
  const fromFirst = WORDS.map((word, i) => sample.tag(word, `first-${i}`))
  const fromSecond = WORDS.map((word, i) => sample.tag(word, `second-${i}`))
  const answers = await Promise.all(
    fromFirst.flatMap((annotation, i) => [save(host.port, annotation), save(host.port, fromSecond[i]!)]),
  )
  expect(answers.every((a) => (a as { ok: boolean }).ok)).toBe(true)
  await services.flush()

  const stored = JSON.parse(await readFile(annotationFilePath(dir, SAMPLE_ID, 'Claire'), 'utf8')) as {
    annotations: Annotation[]
  }
  const expected = [...fromFirst, ...fromSecond].map((a) => a.id).sort()
  expect(stored.annotations.map((a) => a.id).sort()).toEqual(expected)

  // Each stream heard every save of the set, its own client's and the other's, with the changes themselves.
  for (const client of [first, second]) {
    await expect.poll(() => client.heard.length).toBe(expected.length)
    expect(client.heard.every((s) => s.documentId === SAMPLE_ID && s.annotator === 'Claire')).toBe(true)
    const ids = client.heard.flatMap((s) => s.changes.map((c) => (c.op === 'put' ? c.annotation.id : c.id)))
    expect(ids.sort()).toEqual(expected)
    // …and the set's count when each was on disk (writes that overlap land together): the last, the file's.
    const counts = client.heard.map((s) => s.count)
    expect(counts.every((n) => n >= 1 && n <= expected.length)).toBe(true)
    expect(Math.max(...counts)).toBe(expected.length)
  }
  first.close()
  second.close()
})

it('says nothing to other clients when a save is refused', async () => {
  const sample = await openSample(dir)
  services = sample.services
  host = await startWebHost({ services, rendererDir: dir, token: TOKEN })
  const other = await listen(host.port)
  const outside = { ...sample.tag('Kazakhstan', 'bad'), end: 10_000_000 } as Annotation
  const answer = (await save(host.port, outside)) as { ok: boolean }
  expect(answer.ok).toBe(false)
  await save(host.port, sample.tag('Chine', 'good'))
  await expect.poll(() => other.heard.length).toBe(1)
  expect(other.heard[0]?.changes).toEqual([{ op: 'put', annotation: sample.tag('Chine', 'good') }])
  other.close()
})
