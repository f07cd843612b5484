// One writer per file. Every write goes temp file → fsync → rename → fsync of the folder, so the file on
// disk is always the old or the new version, never a partial one. Writes are serialised, and writes that
// arrive while one is running are coalesced: only the latest content is written next, and every caller
// waiting on it is answered when it is on disk (many edits, few writes).
import { open, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { describeWriteError } from './storage-error'

interface Pending {
  content: string
  waiters: { resolve: () => void; reject: (error: unknown) => void }[]
}

export class AtomicWriter {
  private running: Promise<void> | null = null
  private next: Pending | null = null
  /** Physical writes done, for tests and the benchmark. */
  writes = 0

  constructor(readonly path: string) {}

  write(content: string): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.next) {
        this.next.content = content
        this.next.waiters.push({ resolve, reject })
      } else {
        this.next = { content, waiters: [{ resolve, reject }] }
      }
      this.running ??= this.drain()
    })
  }

  /** Resolves when nothing is left to write. */
  async idle(): Promise<void> {
    while (this.running) await this.running.catch(() => undefined)
  }

  private async drain(): Promise<void> {
    while (this.next) {
      const batch = this.next
      this.next = null
      try {
        await writeFileAtomically(this.path, batch.content)
        this.writes++
        for (const waiter of batch.waiters) waiter.resolve()
      } catch (error) {
        for (const waiter of batch.waiters) waiter.reject(error)
      }
    }
    this.running = null
  }
}

let tempCounter = 0

export async function writeFileAtomically(path: string, content: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${++tempCounter}.tmp`)
  try {
    const handle = await open(temp, 'w', 0o644)
    try {
      await handle.writeFile(content, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, path)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw describeWriteError(error, path)
  }
  await syncDirectory(dirname(path))
}

/** Makes the rename itself durable (POSIX); folders cannot be opened for sync on Windows. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}
