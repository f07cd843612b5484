// A document opened in two parts over HTTP, read as the page's bridge reads answers: the first part holds
// the text and the annotations that begin before the offset asked for, the rest comes once under its key,
// and together they are the set that `openDocument` gives.
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { OpenedFirstPart, OpenedRest } from '@shared/ipc/contract'
import { unpackAnnotations } from '@shared/ipc/packed-annotations'
import { unpackReply } from '@shared/ipc/packed-reply'
import { readAnswer, TEXT_BYTES_HEADER } from '@shared/ipc/text-apart'
import { decodeReply, encodeWire } from '@shared/ipc/wire'
import type { Annotation } from '@shared/model/annotation'
import { quoteAt } from '@shared/model/quote'
import type { Result } from '@shared/result'
import { asCodePoint, codePointLength, createOffsetIndex } from '@shared/text/offsets'
import { makeTempDir } from '../services/testing/temp-workspace'
import { openSample, SAMPLE_ID } from '../services/workspace/testing/open-sample'
import type { ServiceHost } from '../services/service-host'
import { startWebHost, TOKEN_HEADER, type WebHost } from './server'

const TOKEN = 'c'.repeat(64)
const decoder = new TextDecoder()

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

async function call<T>(method: string, args: unknown[]): Promise<{ status: number; value: Result<T> }> {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
    method: 'POST',
    headers: { [TOKEN_HEADER]: TOKEN, 'content-type': 'application/json' },
    body: encodeWire({ args }),
  })
  const bytes = new Uint8Array(await response.arrayBuffer())
  if (response.status !== 200) return { status: response.status, value: null as never }
  const reading = { decode: (b: Uint8Array) => decoder.decode(b), parse: decodeReply }
  const body = readAnswer(bytes, response.headers.get(TEXT_BYTES_HEADER), reading) as { value: unknown }
  return { status: 200, value: unpackReply(body.value) as Result<T> }
}

/** Every occurrence of a few words of the sample, tagged. */
function everyOccurrence(text: string): Annotation[] {
  const index = createOffsetIndex(text)
  const time = '2024-03-29T10:00:00.000Z'
  return ['Chine', 'Kazakhstan', 'coopération', 'deux'].flatMap((word) =>
    [...text.matchAll(new RegExp(word, 'g'))].map((match, n) => {
      const start = asCodePoint(codePointLength(text.slice(0, match.index)))
      const end = asCodePoint(start + codePointLength(word))
      return {
        id: `${word}-${n}`,
        label: 'ENTITY',
        start,
        end,
        quote: quoteAt(text, index, start, end),
        attributes: { type: 'STATE' },
        roles: {},
        note: '',
        author: 'Claire',
        created: time,
        modified: time,
      }
    }),
  )
}

const ids = (list: readonly Annotation[]) => list.map((a) => a.id).sort()

it('gives the set in two parts that together are what openDocument gives', async () => {
  const sample = await openSample(dir)
  services = sample.services
  const tagged = everyOccurrence(sample.text)
  const saved = await services.saveAnnotations({
    documentId: SAMPLE_ID,
    changes: tagged.map((annotation) => ({ op: 'put', annotation })),
  })
  expect(saved.ok).toBe(true)
  host = await startWebHost({ services, rendererDir: dir, token: TOKEN })
  const upTo = Math.floor(codePointLength(sample.text) / 3)

  const first = await call<OpenedFirstPart>('openDocumentFirst', [SAMPLE_ID, null, upTo])
  if (!first.value.ok) throw new Error(first.value.error.message)
  const part = first.value.value
  expect(part.text).toBe(sample.text)
  expect(part.annotations.length).toBeGreaterThan(0)
  expect(part.annotations.every((a) => a.start < upTo)).toBe(true)
  expect(part.rest?.count).toBe(tagged.filter((a) => a.start >= upTo).length)

  const rest = await call<OpenedRest>('openDocumentRest', [part.rest!.key])
  if (!rest.value.ok) throw new Error(rest.value.error.message)
  const restList = unpackAnnotations(rest.value.value.packed, part.text) as Annotation[]
  expect(restList.every((a) => a.start >= upTo)).toBe(true)

  const whole = await services.openDocument(SAMPLE_ID)
  if (!whole.ok) throw new Error(whole.error.message)
  const byId = new Map(whole.value.annotations.map((a) => [a.id, a]))
  expect(ids([...part.annotations, ...restList])).toEqual(ids(whole.value.annotations))
  for (const a of [...part.annotations, ...restList]) expect(a).toEqual(byId.get(a.id))

  // Given once: asked again, the key is refused with a reason, and the set can be opened afresh.
  const again = await call<OpenedRest>('openDocumentRest', [part.rest!.key])
  expect(again.value).toMatchObject({ ok: false, error: { code: 'not-found' } })
})

it('refuses an opening key that is not one, before the services see it', async () => {
  services = (await openSample(dir)).services
  host = await startWebHost({ services, rendererDir: dir, token: TOKEN })
  expect((await call('openDocumentRest', ['../settings.json'])).status).toBe(400)
  expect((await call('openDocumentFirst', [SAMPLE_ID, null, -1])).status).toBe(400)
})
