// Test helper: the real writer file system with a fault injected at one step of a save (failing a given
// number of times with a given errno), and a log of every step in order, to prove the durability
// discipline and what happens when a step fails.
import { nodeWriterFs, type WriterFs } from '../writer-fs'

export type WriteStep = 'create' | 'write' | 'fsync' | 'close' | 'rename' | 'dir-fsync'

export interface Fault {
  readonly step: WriteStep
  /** The errno to fail with: ENOSPC, EACCES, EPERM, EBUSY, EIO … */
  readonly code: string
  /** How many times the step fails before it works again (every time by default). */
  readonly times?: number
}

export interface FaultyFs {
  readonly fs: WriterFs
  /** Every step tried, as `step path`. */
  readonly log: string[]
  /** Calls of the faulty step so far. */
  attempts: number
  fault: Fault | null
}

export function faultyFs(fault: Fault | null = null): FaultyFs {
  const state = { fs: nodeWriterFs, log: [] as string[], attempts: 0, fault }
  const step = async <T>(name: WriteStep, path: string, run: () => Promise<T>): Promise<T> => {
    state.log.push(`${name} ${path}`)
    const f = state.fault
    if (f?.step === name && state.attempts++ < (f.times ?? Infinity))
      throw Object.assign(new Error(`${f.code}: injected fault, ${name} '${path}'`), { code: f.code })
    return run()
  }
  const fs: WriterFs = {
    async create(path) {
      const handle = await step('create', path, () => nodeWriterFs.create(path))
      return {
        writeFile: (content) => step('write', path, () => handle.writeFile(content)),
        sync: () => step('fsync', path, () => handle.sync()),
        close: () => step('close', path, () => handle.close()),
      }
    },
    rename: (from, to) => step('rename', `${from} -> ${to}`, () => nodeWriterFs.rename(from, to)),
    unlink: (path) => nodeWriterFs.unlink(path),
    syncDirectory: (path) => step('dir-fsync', path, () => nodeWriterFs.syncDirectory(path)),
    readBytes: (path) => nodeWriterFs.readBytes(path),
    sha256OfFile: (path) => nodeWriterFs.sha256OfFile(path),
  }
  state.fs = fs
  return state
}
