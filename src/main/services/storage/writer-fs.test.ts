// The file system a save goes through, on real files: the hash of a file read a slice at a time is the
// hash of its bytes, across slice boundaries and multi-byte characters; a missing file has none.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { makeTempDir } from '../testing/temp-workspace'
import { sha256Of } from './content-hash'
import { nodeWriterFs } from './writer-fs'

let dir: string
let remove: () => Promise<void>
beforeEach(async () => ({ dir, remove } = await makeTempDir()))
afterEach(() => remove())

it('hashes a file larger than its read slice as its whole bytes', async () => {
  const path = join(dir, 'set.json')
  const text = '{"q": "𠮷 « é » ’"}\n'.repeat(40_000)
  await writeFile(path, text, 'utf8')
  expect(await nodeWriterFs.sha256OfFile(path)).toBe(sha256Of(Buffer.from(text, 'utf8')))
  await writeFile(path, '', 'utf8')
  expect(await nodeWriterFs.sha256OfFile(path)).toBe(sha256Of(''))
})

it('answers null for a file that does not exist', async () => {
  expect(await nodeWriterFs.sha256OfFile(join(dir, 'missing.json'))).toBeNull()
})
