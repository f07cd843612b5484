// A stored file against the disk (RELIABILITY.md 5, 9, 10): bytes reach the disk under NODE_ENV=test;
// Parley's own writes are never taken for outside changes; a file changed by another program is reloaded
// when nothing is unsaved, and otherwise both versions are kept (the disk's in place, the analyst's as
// `name.conflict-<time>.json`); a version that cannot be parsed is never overwritten.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { err, ok } from '@shared/result'
import { stableStringify } from '@shared/storage/stable-json'
import { makeTempDir } from '../testing/temp-workspace'
import type { DiskChange } from './stored-file'
import { openStoredFile } from './stored-file'
import { faultyFs } from './testing/faulty-fs'

interface Doc {
  readonly n: number
}
const parseDoc = (raw: unknown) =>
  typeof raw === 'object' && raw !== null && 'n' in raw ? ok(raw as Doc) : err('corrupt-file', 'no n')
const AT = new Date('2024-03-29T10:00:00.000Z')
const CONFLICT = 'claire.conflict-2024-03-29T10-00-00-000Z.json'

let dir: string
let path: string
let remove: () => Promise<void>
beforeEach(async () => {
  ;({ dir, remove } = await makeTempDir())
  path = join(dir, 'claire.json')
})
afterEach(() => remove())

async function open(options: Parameters<typeof openStoredFile>[3] = {}) {
  const file = await openStoredFile<Doc>(path, parseDoc, { n: 0 }, { now: () => AT, ...options })
  const heard: DiskChange[] = []
  file.onDiskChange = (change) => heard.push(change)
  return { file, heard }
}

const onDisk = async (): Promise<unknown> => JSON.parse(await readFile(path, 'utf8'))

it('puts the bytes on disk when a save resolves, under NODE_ENV=test (explicit adapter, not the preset)', async () => {
  expect(process.env.NODE_ENV).toBe('test')
  const { file } = await open()
  file.data = { n: 1 }
  await file.write()
  expect(await readFile(path, 'utf8')).toBe(stableStringify({ n: 1 }))
})

it('reads a file that starts with a byte-order mark, and saves it without', async () => {
  await writeFile(path, '\uFEFF{"n": 1}\n')
  const { file } = await open()
  expect(file.data).toEqual({ n: 1 })
  file.data = { n: 2 }
  await file.write()
  expect(await readFile(path, 'utf8')).toBe(stableStringify({ n: 2 }))
})

describe('a save after another program changed the file', () => {
  it('keeps the disk version in place and in memory, and the analyst’s as the conflict copy', async () => {
    const { file, heard } = await open()
    file.data = { n: 1 }
    await file.write()
    await writeFile(path, stableStringify({ n: 100 })) // git pull
    file.data = { n: 2 }
    await expect(file.write()).rejects.toMatchObject({
      code: 'changed-on-disk',
      conflictPath: join(dir, CONFLICT),
      message: expect.stringContaining(`${path} was changed by another program`),
    })
    expect(await onDisk()).toEqual({ n: 100 })
    expect(JSON.parse(await readFile(join(dir, CONFLICT), 'utf8'))).toEqual({ n: 2 })
    expect(file.data).toEqual({ n: 100 })
    expect(heard).toMatchObject([{ action: 'conflict', conflictPath: join(dir, CONFLICT) }])
    // The disk version is now the known one: the next save goes through.
    file.data = { n: 101 }
    await file.write()
    expect(await onDisk()).toEqual({ n: 101 })
  })

  it('also when the file was deleted', async () => {
    const { file } = await open()
    await file.write()
    await rm(path)
    file.data = { n: 2 }
    await expect(file.write()).rejects.toMatchObject({ code: 'changed-on-disk' })
    expect(await readdir(dir)).toEqual([CONFLICT])
    expect(file.data).toEqual({ n: 0 })
  })

  it('never overwrites a version it cannot parse (a merge conflict); every save updates the one copy', async () => {
    const { file, heard } = await open()
    await file.write()
    const merge = '<<<<<<< HEAD\n{"n": 1}\n=======\n{"n": 2}\n>>>>>>> theirs\n'
    await writeFile(path, merge)
    for (const n of [5, 6]) {
      file.data = { n }
      await expect(file.write()).rejects.toMatchObject({ code: 'changed-on-disk' })
    }
    expect(await readFile(path, 'utf8')).toBe(merge)
    expect(await readdir(dir)).toEqual([CONFLICT, 'claire.json'])
    expect(JSON.parse(await readFile(join(dir, CONFLICT), 'utf8'))).toEqual({ n: 6 })
    expect(heard[0]).toMatchObject({ action: 'conflict', message: expect.stringContaining('cannot be read') })
  })
})

describe('syncWithDisk (what the watcher calls)', () => {
  it('finds nothing after Parley’s own writes', async () => {
    const { file, heard } = await open()
    for (let n = 1; n <= 5; n++) {
      file.data = { n }
      await file.write()
      expect(await file.syncWithDisk()).toEqual({ action: 'unchanged' })
    }
    expect(heard).toEqual([])
  })

  it('reloads a file changed by another program when nothing is unsaved', async () => {
    const { file, heard } = await open()
    await file.write()
    await writeFile(path, stableStringify({ n: 7 }))
    expect(await file.syncWithDisk()).toMatchObject({ action: 'reloaded' })
    expect(file.data).toEqual({ n: 7 })
    expect(heard).toMatchObject([
      { action: 'reloaded', message: `${path} was changed by another program; Parley reloaded it` },
    ])
    await rm(path)
    expect(await file.syncWithDisk()).toMatchObject({ action: 'reloaded' })
    expect(file.data).toEqual({ n: 0 })
  })

  it('keeps both when the last save failed (disk full): the disk version stays, ours goes to the copy', async () => {
    const faulty = faultyFs({ step: 'write', code: 'ENOSPC' })
    const { file } = await open({ fs: faulty.fs })
    file.data = { n: 1 }
    await expect(file.write()).rejects.toMatchObject({ code: 'disk-full' })
    expect(file.hasUnsavedChanges).toBe(true)
    faulty.fault = null
    await writeFile(path, stableStringify({ n: 50 }))
    expect(await file.syncWithDisk()).toEqual({
      action: 'conflict',
      conflictPath: join(dir, CONFLICT),
      message: expect.stringContaining('while you had unsaved changes') as unknown,
    })
    expect(await onDisk()).toEqual({ n: 50 })
    expect(JSON.parse(await readFile(join(dir, CONFLICT), 'utf8'))).toEqual({ n: 1 })
    expect(file.data).toEqual({ n: 50 })
    expect(file.hasUnsavedChanges).toBe(false)
  })

  it('keeps both when a save is waiting its turn, and that save is refused', async () => {
    const { file } = await open()
    await file.write()
    await writeFile(path, stableStringify({ n: 50 }))
    const sync = file.syncWithDisk()
    file.data = { n: 3 }
    const save = file.write()
    await expect(save).rejects.toMatchObject({ code: 'changed-on-disk' })
    expect(await sync).toMatchObject({ action: 'conflict' })
    expect(await onDisk()).toEqual({ n: 50 })
    expect(JSON.parse(await readFile(join(dir, CONFLICT), 'utf8'))).toEqual({ n: 3 })
  })

  it('reports a version it cannot parse and keeps memory as it was', async () => {
    const { file } = await open()
    file.data = { n: 4 }
    await file.write()
    await writeFile(path, '{"n": 5')
    expect(await file.syncWithDisk()).toEqual({
      action: 'unreadable',
      message: `${path} was changed by another program: ${path}:1:8 is not valid JSON; it was left untouched`,
    })
    expect(file.data).toEqual({ n: 4 })
  })
})
