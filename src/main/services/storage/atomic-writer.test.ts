// The atomic writer on real files: coalesced writes end on the last state, content given as chunks is
// written and hashed as one text, and no temp file is left.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { makeTempDir } from '../testing/temp-workspace'
import { ok } from '@shared/result'
import { stableStringify } from '@shared/storage/stable-json'
import { AtomicWriter } from './atomic-writer'
import { sha256Of, sha256OfContent } from './content-hash'
import { DurableJsonFile } from './durable-json-file'

let dir: string
let remove: () => Promise<void>
beforeEach(async () => ({ dir, remove } = await makeTempDir()))
afterEach(() => remove())

it('coalesces 1,000 rapid writes into far fewer, ending on the last state', async () => {
  const path = join(dir, 'set.json')
  const writer = new AtomicWriter(path)
  await Promise.all(Array.from({ length: 1000 }, (_, i) => writer.write(`{"n":${i}}\n`)))
  expect(await readFile(path, 'utf8')).toBe('{"n":999}\n')
  expect(writer.writes).toBeLessThan(10)
  expect(await readdir(dir)).toEqual(['set.json'])
})

it('reports a failure naming the file and leaves no temp file', async () => {
  const path = join(dir, 'missing-folder', 'set.json')
  await expect(new AtomicWriter(path).write('{}')).rejects.toThrow(/missing-folder\/set\.json/)
  expect(await readdir(dir)).toEqual([])
})

it('writes content given as chunks, one after the other, and hashes them as the file’s bytes', async () => {
  const path = join(dir, 'set.json')
  const chunks = ['{\n  "é": [\n', '    "𠮷 « » ’"'.repeat(50_000), ',\n    1\n  ]\n}\n']
  await new AtomicWriter(path).write(chunks)
  const bytes = await readFile(path)
  expect(bytes.toString('utf8')).toBe(chunks.join(''))
  expect(await sha256OfContent(chunks)).toBe(sha256Of(bytes))
  expect(await sha256OfContent(bytes)).toBe(sha256Of(chunks.join('')))
  expect(await readdir(dir)).toEqual(['set.json'])
})

it('serialises a large set in chunks through a stored file: the same bytes as stableStringify', async () => {
  const path = join(dir, 'big.json')
  const data = { z: 1, items: Array.from({ length: 2000 }, (_, n) => ({ n, label: `é${n}` })) }
  const file = new DurableJsonFile(path, (raw) => ok(raw))
  await file.write(data)
  expect(await readFile(path, 'utf8')).toBe(stableStringify(data))
  expect(await file.isUnchangedOnDisk()).toBe(true)
})
