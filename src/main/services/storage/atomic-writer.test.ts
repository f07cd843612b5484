// The atomic writer on real files: coalesced writes end on the last state, and no temp file is left.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { makeTempDir } from '../testing/temp-workspace'
import { AtomicWriter } from './atomic-writer'

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
