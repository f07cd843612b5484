// The durability discipline of a save (RELIABILITY.md 13), proved on the order of file-system calls:
// the temp file is written and fsynced before it is renamed over the file, and the folder is fsynced
// after the rename (POSIX), so a power cut leaves the old or the new version, never an empty file.
import { readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { makeTempDir } from '../testing/temp-workspace'
import { faultyFs } from './testing/faulty-fs'
import { writeFileAtomically } from './write-file-atomically'

let dir: string
let remove: () => Promise<void>
beforeEach(async () => ({ dir, remove } = await makeTempDir()))
afterEach(() => remove())

it('writes and fsyncs the temp file, then renames it over the file, then fsyncs the folder', async () => {
  const path = join(dir, 'claire.json')
  const spy = faultyFs()
  await writeFileAtomically(path, '{"n":1}\n', { fs: spy.fs })
  const temp = spy.log[0]?.replace(/^create /, '') ?? ''
  expect(basename(temp)).toMatch(/^\.claire\.json\.\d+\.\d+\.tmp$/)
  expect(spy.log).toEqual([
    `create ${temp}`,
    `write ${temp}`,
    `fsync ${temp}`,
    `close ${temp}`,
    `rename ${temp} -> ${path}`,
    `dir-fsync ${dir}`, // a no-op on Windows, where folders cannot be fsynced
  ])
  expect(await readFile(path, 'utf8')).toBe('{"n":1}\n')
})
