// The files Parley puts beside a stored file are recognised, so no listing takes them for annotation sets,
// and the temp files of a crashed writer are removed while those of a live one are kept.
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { makeTempDir } from '../testing/temp-workspace'
import { conflictPathFor, corruptPathFor, isSideFileName, removeStaleTempFiles } from './side-files'

let dir: string
let remove: () => Promise<void>
beforeEach(async () => ({ dir, remove } = await makeTempDir()))
afterEach(() => remove())

const AT = new Date('2024-03-29T10:00:00.000Z')

it('names conflict copies and set-aside files after the file and the time, and recognises them', () => {
  const path = join(dir, 'claire.json')
  expect(conflictPathFor(path, AT)).toBe(join(dir, 'claire.conflict-2024-03-29T10-00-00-000Z.json'))
  expect(corruptPathFor(path, AT)).toBe(join(dir, 'claire.json.corrupt-2024-03-29T10-00-00-000Z'))
  for (const name of [
    'claire.conflict-2024-03-29T10-00-00-000Z.json',
    'claire.json.corrupt-2024-03-29T10-00-00-000Z',
    '.claire.json.12.3.tmp',
  ])
    expect(isSideFileName(name)).toBe(true)
  for (const name of ['claire.json', 'conflict.json', 'aicha-benali.json'])
    expect(isSideFileName(name)).toBe(false)
})

it('removes the temp files of dead writers and keeps those of live ones', async () => {
  const path = join(dir, 'claire.json')
  const dead = 2 ** 22 + 12345 // above Linux's default pid_max: no such process
  for (const name of [
    'claire.json',
    `.claire.json.${dead}.1.tmp`,
    `.claire.json.${process.pid}.7.tmp`,
    `.other.json.${dead}.1.tmp`,
  ])
    await writeFile(join(dir, name), '{}')
  await removeStaleTempFiles(path)
  expect((await readdir(dir)).sort()).toEqual([
    `.claire.json.${process.pid}.7.tmp`,
    `.other.json.${dead}.1.tmp`,
    'claire.json',
  ])
})
