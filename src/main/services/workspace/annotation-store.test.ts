// Listing a document's sets (annotatorsOf, review, export) takes the sets open in memory as they are, without
// reading their files again: only colleagues' sets that are not open are read from disk, and both are listed.
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { makeTempDir } from '../testing/temp-workspace'
import { DurableJsonFile } from '../storage/durable-json-file'
import { openParley, openSample, SAMPLE_ID, type OpenSample } from './testing/open-sample'

let dir: string
let remove: () => Promise<void>
let sample: OpenSample

beforeEach(async () => {
  ;({ dir, remove } = await makeTempDir())
  sample = await openSample(dir)
  const { services, tag } = sample
  await services.saveAnnotations({
    documentId: SAMPLE_ID,
    changes: [{ op: 'put', annotation: tag('Wang Yi', 'wang-yi') }],
  })
  await services.setAnnotator('Malik')
  await services.saveAnnotations({
    documentId: SAMPLE_ID,
    changes: [{ op: 'put', annotation: { ...tag('Kazakhstan', 'kazakhstan'), author: 'Malik' } }],
  })
})
afterEach(async () => {
  vi.restoreAllMocks()
  await remove()
})

it('lists the open sets from memory and reads only the others from disk', async () => {
  // A fresh start: Malik's set is opened again (with his document), Claire's stays on disk.
  await sample.services.flush()
  const services = await openParley(dir)
  expect((await services.openDocument(SAMPLE_ID)).ok).toBe(true)
  const read = vi.spyOn(DurableJsonFile.prototype, 'read')
  const names = await services.annotatorsOf(SAMPLE_ID)
  expect(names).toEqual({ ok: true, value: ['Claire', 'Malik'] })
  const paths = read.mock.contexts.map((file) => (file as DurableJsonFile<unknown>).path)
  expect(paths.some((p) => p.endsWith('claire.json'))).toBe(true)
  expect(paths.some((p) => p.endsWith('malik.json'))).toBe(false)
  await services.flush()
})
