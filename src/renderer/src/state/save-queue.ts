// Sends annotation changes to be saved, a few at a time, and tells the truth about it: the status is
// "saved" only once every change has been acknowledged as on disk. A failed save keeps its changes and
// retries; nothing is dropped.
import type { AnnotationChange } from '@shared/model/annotation'
import type { Api } from '@shared/ipc/contract'
import { createStore } from './store'

export type SaveStatus =
  /** `at`: when the last save reached the disk (ISO 8601), once one has. */
  | { readonly state: 'saved'; readonly at?: string }
  | { readonly state: 'saving' }
  /** `code`: the service's error code (`permission-denied`, …); `attempts`: failures in a row. */
  | {
      readonly state: 'failed'
      readonly message: string
      readonly code?: string
      readonly attempts?: number
      readonly documentId?: string
    }

const DEBOUNCE_MS = 120
const RETRY_MS = 3000

export class SaveQueue {
  readonly status = createStore<SaveStatus>({ state: 'saved' })
  /** `set`: whose set the changes go to (absent: the session annotator's own). */
  private pending: { documentId: string; set?: string; changes: AnnotationChange[] }[] = []
  private timer: ReturnType<typeof setTimeout> | null = null
  private inFlight = false
  /** The batch being sent, so its annotations still count as unsaved until the answer comes. */
  private sending: { documentId: string; set?: string; changes: AnnotationChange[] } | null = null
  private failures = 0

  /** This window's id, sent with its saves and echoed in `annotationsSaved` (other-window-saves.ts). */
  readonly origin: string

  constructor(
    private readonly api: Pick<Api, 'saveAnnotations'>,
    origin: string = crypto.randomUUID(),
  ) {
    this.origin = origin
  }

  enqueue(documentId: string, changes: AnnotationChange[], set?: string): void {
    const last = this.pending.at(-1)
    if (last?.documentId === documentId && last.set === set) last.changes.push(...changes)
    else this.pending.push({ documentId, changes: [...changes], ...(set === undefined ? {} : { set }) })
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

  /** True while changes of this document wait to be saved (or a save, maybe of it, is in flight). */
  hasUnsavedFor(documentId: string): boolean {
    return this.inFlight || this.pending.some((p) => p.documentId === documentId)
  }

  /** The ids of one set's annotations whose changes are not yet acknowledged as on disk (queued or sent). */
  unsavedIds(documentId: string, set?: string): Set<string> {
    return new Set(this.unsavedChanges(documentId, set).map((c) => (c.op === 'put' ? c.annotation.id : c.id)))
  }

  /** One set's changes not yet acknowledged as on disk (sent, then queued), in the order they were made. */
  unsavedChanges(documentId: string, set?: string): AnnotationChange[] {
    const batches = this.sending ? [this.sending, ...this.pending] : this.pending
    return batches.filter((b) => b.documentId === documentId && b.set === set).flatMap((b) => b.changes)
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
    this.sending = batch
    let failure: string | null = null
    let code: string | undefined
    let savedAt: string | undefined
    try {
      const { documentId, changes, set } = batch
      const { origin } = this
      const request =
        set === undefined ? { documentId, changes, origin } : { documentId, changes, set, origin }
      const result = await this.api.saveAnnotations(request)
      if (!result.ok) ({ message: failure, code } = result.error)
      else savedAt = result.value.savedAt
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error)
    }
    this.inFlight = false
    this.sending = null
    if (failure !== null) {
      this.pending.unshift(batch)
      const attempts = ++this.failures
      this.status.set({ state: 'failed', message: failure, code, attempts, documentId: batch.documentId })
      this.schedule(RETRY_MS)
      return
    }
    this.failures = 0
    if (this.pending.length > 0) this.schedule(0)
    else this.status.set({ state: 'saved', at: savedAt })
  }
}
