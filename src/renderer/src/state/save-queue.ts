// Sends annotation changes to be saved, a few at a time, and tells the truth about it: the status is
// "saved" only once every change has been acknowledged as on disk. A failed save keeps its changes and
// retries; nothing is dropped.
import type { AnnotationChange } from '@shared/model/annotation'
import type { Api } from '@shared/ipc/contract'
import { createStore } from './store'

export type SaveStatus =
  | { readonly state: 'saved' }
  | { readonly state: 'saving' }
  | { readonly state: 'failed'; readonly message: string }

const DEBOUNCE_MS = 120
const RETRY_MS = 3000

export class SaveQueue {
  readonly status = createStore<SaveStatus>({ state: 'saved' })
  private pending: { documentId: string; changes: AnnotationChange[] }[] = []
  private timer: ReturnType<typeof setTimeout> | null = null
  private inFlight = false

  constructor(private readonly api: Pick<Api, 'saveAnnotations'>) {}

  enqueue(documentId: string, changes: AnnotationChange[]): void {
    const last = this.pending.at(-1)
    if (last?.documentId === documentId) last.changes.push(...changes)
    else this.pending.push({ documentId, changes: [...changes] })
    this.status.set({ state: 'saving' })
    this.schedule(DEBOUNCE_MS)
  }

  /** Drops a document's unsent changes: the services already kept them in a conflict copy. */
  discard(documentId: string): void {
    this.pending = this.pending.filter((p) => p.documentId !== documentId)
    if (this.pending.length === 0 && !this.inFlight) this.status.set({ state: 'saved' })
  }

  get hasUnsaved(): boolean {
    return this.pending.length > 0 || this.inFlight
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.send(), delay)
  }

  private async send(): Promise<void> {
    this.timer = null
    if (this.inFlight) return
    const batch = this.pending.shift()
    if (!batch) return
    this.inFlight = true
    let failure: string | null = null
    try {
      const result = await this.api.saveAnnotations({ documentId: batch.documentId, changes: batch.changes })
      if (!result.ok) failure = result.error.message
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error)
    }
    this.inFlight = false
    if (failure !== null) {
      this.pending.unshift(batch)
      this.status.set({ state: 'failed', message: failure })
      this.schedule(RETRY_MS)
      return
    }
    if (this.pending.length > 0) this.schedule(0)
    else this.status.set({ state: 'saved' })
  }
}
