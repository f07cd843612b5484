// Faults at each step of a save (RELIABILITY.md 2, 3): disk full, permission denied, a file held by
// another program. Whatever fails, the original file stays byte-identical (or, when only the final folder
// sync fails, holds the complete new version), no temp file is left, the error names the file and the
// reason, and the same save succeeds once the fault clears.
import { chmod, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../testing/temp-workspace'
import { AtomicWriter } from './atomic-writer'
import { StorageError } from './storage-error'
import { faultyFs, type WriteStep } from './testing/faulty-fs'
import { writeFileAtomically } from './write-file-atomically'

const OLD = '{"n":1}\n'
const NEW = '{"n":2}\n'
const NO_WAIT = [0, 0, 0, 0]
const REASONS: Record<string, RegExp> = {
  ENOSPC: /the disk is full/,
  EACCES: /permission denied \(EACCES\)/,
  EIO: /EIO/,
}

let dir: string
let path: string
let remove: () => Promise<void>
beforeEach(async () => {
  ;({ dir, remove } = await makeTempDir())
  path = join(dir, 'set.json')
  await writeFile(path, OLD)
})
afterEach(() => remove())

describe('a save that fails at one step', () => {
  const steps: WriteStep[] = ['create', 'write', 'fsync', 'close', 'rename', 'dir-fsync']
  for (const step of steps)
    for (const code of ['ENOSPC', 'EACCES', 'EIO'])
      it(`${code} at ${step}: rejects naming the file, leaves no temp file, and the retry succeeds`, async () => {
        const faulty = faultyFs({ step, code })
        const writer = new AtomicWriter(path, (content) =>
          writeFileAtomically(path, content, { fs: faulty.fs, renameRetryDelaysMs: NO_WAIT }),
        )
        const failure = await writer.write(NEW).catch((error: unknown) => error)
        expect(failure).toBeInstanceOf(StorageError)
        expect((failure as Error).message).toContain(path)
        expect((failure as Error).message).toMatch(REASONS[code] ?? /never/)
        // Only a failed folder sync comes after the rename: the file then holds the whole new version.
        expect(await readFile(path, 'utf8')).toBe(step === 'dir-fsync' ? NEW : OLD)
        expect(await readdir(dir)).toEqual(['set.json'])

        faulty.fault = null
        await writer.write(NEW)
        expect(await readFile(path, 'utf8')).toBe(NEW)
        expect(await readdir(dir)).toEqual(['set.json'])
      })
})

describe('a rename refused by another program (Windows antivirus, indexer)', () => {
  for (const code of ['EPERM', 'EBUSY'])
    it(`${code} a few times is retried with backoff, and the save succeeds`, async () => {
      const faulty = faultyFs({ step: 'rename', code, times: 3 })
      await writeFileAtomically(path, NEW, { fs: faulty.fs, renameRetryDelaysMs: [1, 2, 4, 8] })
      expect(faulty.attempts).toBe(4)
      expect(await readFile(path, 'utf8')).toBe(NEW)
      expect(await readdir(dir)).toEqual(['set.json'])
    })

  it('EBUSY that lasts is reported after the retries, naming the file; the original is intact', async () => {
    const faulty = faultyFs({ step: 'rename', code: 'EBUSY' })
    const save = writeFileAtomically(path, NEW, { fs: faulty.fs, renameRetryDelaysMs: [1, 2, 4] })
    await expect(save).rejects.toMatchObject({ code: 'file-busy', message: expect.stringContaining(path) })
    expect(faulty.attempts).toBe(4)
    expect(await readFile(path, 'utf8')).toBe(OLD)
    expect(await readdir(dir)).toEqual(['set.json'])
  })

  it('EPERM that lasts ends as "permission denied" with the path', async () => {
    const faulty = faultyFs({ step: 'rename', code: 'EPERM' })
    const save = writeFileAtomically(path, NEW, { fs: faulty.fs, renameRetryDelaysMs: [1] })
    await expect(save).rejects.toThrow(`Could not save ${path}: permission denied (EPERM)`)
    expect(await readFile(path, 'utf8')).toBe(OLD)
  })

  it('a refusal that is not transient (EACCES on POSIX, ENOSPC) is not retried', async () => {
    const faulty = faultyFs({ step: 'rename', code: 'ENOSPC' })
    await expect(
      writeFileAtomically(path, NEW, { fs: faulty.fs, renameRetryDelaysMs: [1, 1] }),
    ).rejects.toThrow()
    expect(faulty.attempts).toBe(1)
  })
})

// Root ignores file permissions, so this real check only means something for an ordinary user; the
// injected EACCES above covers the same path everywhere (these tests run as root in the container).
const isRoot = process.getuid?.() === 0
describe.skipIf(isRoot)('a read-only folder (real permissions)', () => {
  it('refuses the save with "permission denied" and the path; the file is intact', async () => {
    await chmod(dir, 0o555)
    try {
      await expect(writeFileAtomically(path, NEW)).rejects.toThrow(/permission denied/)
      expect(await readFile(path, 'utf8')).toBe(OLD)
      expect(await readdir(dir)).toEqual(['set.json'])
    } finally {
      await chmod(dir, 0o755)
    }
  })
})
