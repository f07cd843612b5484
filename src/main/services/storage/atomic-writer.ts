// One writer per file: saves are serialised, and saves that arrive while one is running are coalesced, so
// only the latest content is written next and every caller waiting on it is answered once it is on disk
// (many edits, few writes). Each physical write is a durable atomic save (write-file-atomically.ts). The
// content is the file's text by default; a writer may instead queue something its `persist` turns into
// the text (durable-json-file.ts queues chunks still to be serialised, so coalesced saves cost nothing).
import { writeFileAtomically } from './write-file-atomically'
import type { FileContent } from './writer-fs'

export { writeFileAtomically } from './write-file-atomically'

/** Writes one version of the file durably; the default is an atomic save of `path`. */
export type Persist<C = FileContent> = (content: C) => Promise<void>

interface Batch<C> {
  content: C
  done: Promise<void>
  cancelled?: Error
}

/** A write that was waiting its turn, taken out of the queue: keep its content, then answer its callers. */
export interface CancelledWrite<C = FileContent> {
  readonly content: C
  reject(error: Error): void
}

export class AtomicWriter<C = FileContent> {
  private tail: Promise<void> = Promise.resolve()
  private queued = 0
  private next: Batch<C> | null = null
  private readonly persist: Persist<C>
  /** Physical writes done, for tests and the benchmark. */
  writes = 0

  /** Without `persist`, the content must be a FileContent: it is saved atomically to `path`. */
  constructor(
    readonly path: string,
    persist?: Persist<C>,
  ) {
    this.persist = persist ?? ((content) => writeFileAtomically(path, content as FileContent))
  }

  /** Resolves when `content` (or a later version that replaced it) is durably on disk. */
  write(content: C): Promise<void> {
    if (this.next) {
      this.next.content = content
      return this.next.done
    }
    const batch: Batch<C> = { content, done: Promise.resolve() }
    this.next = batch
    batch.done = this.exclusive(async () => {
      if (this.next === batch) this.next = null
      if (batch.cancelled) throw batch.cancelled
      await this.persist(batch.content)
      this.writes++
    })
    return batch.done
  }

  /** Runs `task` alone: after the writes queued before it, and before any queued after it. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    this.queued++
    const result = this.tail.then(task).finally(() => this.queued--)
    this.tail = result.then(
      () => undefined,
      () => undefined,
    )
    return result
  }

  /** Takes the waiting write (if any) out of the queue; its callers get the error passed to `reject`. */
  cancelPending(): CancelledWrite<C> | null {
    const batch = this.next
    if (!batch) return null
    this.next = null
    batch.cancelled = new Error(`the save of ${this.path} was cancelled`)
    return {
      content: batch.content,
      reject: (error) => {
        batch.cancelled = error
      },
    }
  }

  /** True while a write is running or waiting. */
  get isBusy(): boolean {
    return this.queued > 0
  }

  /** Resolves when nothing is left to write. */
  async idle(): Promise<void> {
    while (this.queued > 0) await this.tail
  }
}
