// One durable save of one file: temp file → write → fsync → rename over the file → fsync of the folder,
// so the file on disk is always the old or the new version, never a partial one. A rename refused with
// EPERM/EBUSY (on Windows an antivirus or indexer briefly holds the file) is retried with backoff. On any
// failure before the rename the temp file is removed and the original is left byte-identical. Content given
// as chunks is written chunk by chunk (writer-fs.ts).
import { basename, dirname, join } from 'node:path'
import { describeWriteError, errnoOf } from './storage-error'
import { nodeWriterFs, type FileContent, type WriterFs } from './writer-fs'

/** Waits between rename attempts, in milliseconds (about 0.8 s in all). */
export const RENAME_RETRY_DELAYS_MS: readonly number[] = [20, 60, 180, 540]

export interface AtomicWriteOptions {
  readonly fs?: WriterFs
  readonly renameRetryDelaysMs?: readonly number[]
  /** Runs after the temp file is durable and just before it replaces the file; throwing aborts the save. */
  readonly beforeRename?: () => Promise<void>
}

let tempCounter = 0

/** Temp files start with a dot and carry the writer's pid, so a crashed writer's leftovers can be found. */
export const tempPathFor = (path: string): string =>
  join(dirname(path), `.${basename(path)}.${process.pid}.${++tempCounter}.tmp`)

export async function writeFileAtomically(
  path: string,
  content: FileContent,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeWriterFs
  const temp = tempPathFor(path)
  try {
    const handle = await fs.create(temp)
    try {
      await handle.writeFile(content)
      await handle.sync()
    } catch (error) {
      await handle.close().catch(() => undefined)
      throw error
    }
    await handle.close()
    await options.beforeRename?.()
    await renameWithRetry(fs, temp, path, options.renameRetryDelaysMs ?? RENAME_RETRY_DELAYS_MS)
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined)
    throw describeWriteError(error, path)
  }
  // The new version is in place; a failure here means it may not survive a power cut, so the save is
  // reported as failed and will be written again.
  try {
    await fs.syncDirectory(dirname(path))
  } catch (error) {
    throw describeWriteError(error, path)
  }
}

const isTransientRenameError = (code: string | undefined): boolean =>
  code === 'EPERM' || code === 'EBUSY' || (code === 'EACCES' && process.platform === 'win32')

async function renameWithRetry(
  fs: WriterFs,
  from: string,
  to: string,
  delays: readonly number[],
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fs.rename(from, to)
    } catch (error) {
      const delay = delays[attempt]
      if (delay === undefined || !isTransientRenameError(errnoOf(error))) throw error
      await new Promise((resolve) => setTimeout(resolve, delay))
    }
  }
}
