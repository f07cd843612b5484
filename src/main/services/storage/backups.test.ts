// Rotating backups (RELIABILITY.md 12): after N saves exactly K versions exist, each parses, restoring one
// yields identical data; versions are kept only when the content changed and at most once per interval.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ok } from '@shared/result'
import { stableStringify } from '@shared/storage/stable-json'
import { makeTempDir } from '../testing/temp-workspace'
import { BACKUPS_FOLDER, BackupRotation, backupPolicyFor, listBackups } from './backups'
import { restoreFromBackup } from './restore-backup'
import { openStoredFile } from './stored-file'

interface Doc {
  readonly n: number
}
const parseDoc = (raw: unknown) => ok(raw as Doc)

let root: string
let remove: () => Promise<void>
beforeEach(async () => ({ dir: root, remove } = await makeTempDir()))
afterEach(() => remove())

/** A clock the test moves by hand, starting at 2024-03-29T10:00:00Z. */
function testClock(): { now: () => Date; advance: (ms: number) => void } {
  let t = Date.parse('2024-03-29T10:00:00.000Z')
  return { now: () => new Date(t), advance: (ms) => (t += ms) }
}

async function openWithBackups(clock: { now: () => Date }) {
  const path = join(root, 'documents', 'cn-kz', 'annotations', 'claire.json')
  const policy = { ...backupPolicyFor(root, path), now: clock.now }
  await mkdir(join(root, 'documents', 'cn-kz', 'annotations'), { recursive: true })
  const file = await openStoredFile<Doc>(path, parseDoc, { n: 0 }, { backups: new BackupRotation(policy) })
  return { file, path, policy }
}

describe('backups of a stored file', () => {
  it('after 8 saves 31 s apart keeps exactly the last 5 versions; each parses and restores identically', async () => {
    const clock = testClock()
    const { file, path, policy } = await openWithBackups(clock)
    for (let n = 1; n <= 8; n++) {
      file.data = { n }
      await file.write()
      clock.advance(31_000)
    }
    const backups = await listBackups(policy.dir, policy.stem)
    expect(backups).toHaveLength(5)
    expect(policy.dir).toBe(join(root, BACKUPS_FOLDER, 'documents', 'cn-kz', 'annotations'))
    const versions = await Promise.all(
      backups.map(async (b) => JSON.parse(await readFile(b.path, 'utf8')) as Doc),
    )
    expect(versions).toEqual([{ n: 8 }, { n: 7 }, { n: 6 }, { n: 5 }, { n: 4 }])

    const oldest = backups.at(-1)?.path ?? ''
    const restored = await restoreFromBackup(path, oldest, parseDoc, clock.now())
    expect(restored.data).toEqual({ n: 4 })
    expect(await readFile(path, 'utf8')).toBe(stableStringify({ n: 4 }))
    expect(restored.setAsidePath).toBe(`${path}.corrupt-2024-03-29T10-04-08-000Z`)
    expect(await readFile(restored.setAsidePath ?? '', 'utf8')).toBe(stableStringify({ n: 8 }))
  })

  it('keeps at most one version per 30 s of editing, and none when the content did not change', async () => {
    const clock = testClock()
    const { file, policy } = await openWithBackups(clock)
    for (let n = 1; n <= 20; n++) {
      file.data = { n }
      await file.write()
      clock.advance(2_000)
    }
    // 20 saves over 40 s: versions of the saves at 0 s (n = 1) and 30 s (n = 16).
    const kept = async () => (await listBackups(policy.dir, policy.stem)).map((b) => b.path)
    expect(await kept()).toHaveLength(2)
    clock.advance(60_000)
    await file.write() // n = 20 was not kept yet
    expect(await kept()).toHaveLength(3)
    clock.advance(60_000)
    await file.write() // unchanged since the last version
    expect(await kept()).toHaveLength(3)
  })

  it('lives in a hidden folder that git ignores, away from the documents list', async () => {
    const clock = testClock()
    const { file, policy } = await openWithBackups(clock)
    await file.write()
    expect(await readdir(root)).toEqual(expect.arrayContaining([BACKUPS_FOLDER, 'documents']))
    expect(await readFile(join(policy.dir, '.gitignore'), 'utf8')).toBe('*\n')
  })

  it('a restore refuses a backup that does not parse, and changes nothing', async () => {
    const { path } = await openWithBackups(testClock())
    const bad = join(root, 'bad.json')
    await writeFile(bad, '{"n": 1,')
    await expect(restoreFromBackup(path, bad, parseDoc)).rejects.toThrow(`${bad}:1:9 is not valid JSON`)
    expect(await readdir(join(root, 'documents', 'cn-kz', 'annotations'))).toEqual([])
  })
})
