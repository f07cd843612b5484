// Saves a review's curation steps (curated-set changes with their decision-log changes), one request at a
// time and in the order they were made, since each step may undo the one before it. A failed save is
// reported and kept at the head of the line, then retried; nothing is dropped or sent out of order.
import type { Api, SaveCurationRequest } from '@shared/ipc/contract'
import type { SaveStatus } from './save-queue'
import { createStore } from './store'

const RETRY_MS = 3000

export class CurationSaves {
  readonly status = createStore<SaveStatus>({ state: 'saved' })
  private readonly pending: SaveCurationRequest[] = []
  private sending = false
  private timer: ReturnType<typeof setTimeout> | null = null
  private idle: (() => void)[] = []

  constructor(
    private readonly api: Pick<Api, 'saveCuration'>,
    private readonly retryMs = RETRY_MS,
  ) {}

  enqueue(request: SaveCurationRequest): void {
    if (request.changes.length === 0 && request.decisions.length === 0) return
    this.pending.push(request)
    this.status.set({ state: 'saving' })
    if (!this.timer) void this.send()
  }

  get hasUnsaved(): boolean {
    return this.pending.length > 0 || this.sending
  }

  /** Resolves once every step made so far is on disk (retrying as long as it takes). */
  flushed(): Promise<void> {
    if (!this.hasUnsaved) return Promise.resolve()
    return new Promise((resolve) => this.idle.push(resolve))
  }

  /** Sends now instead of waiting for the next retry. */
  retry(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    void this.send()
  }

  private async send(): Promise<void> {
    if (this.sending) return
    const request = this.pending[0]
    if (!request) return
    this.sending = true
    let failure: string | null = null
    try {
      const result = await this.api.saveCuration(request)
      if (!result.ok) failure = result.error.message
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error)
    }
    this.sending = false
    if (failure !== null) {
      this.status.set({ state: 'failed', message: failure })
      this.timer = setTimeout(() => {
        this.timer = null
        void this.send()
      }, this.retryMs)
      return
    }
    this.pending.shift()
    if (this.pending.length > 0) return this.send()
    this.status.set({ state: 'saved' })
    for (const resolve of this.idle.splice(0)) resolve()
  }
}
