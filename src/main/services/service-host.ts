// What every host (Electron IPC, the local web host, the command line) gets from the services: the
// contract's methods plus a way to listen to the pushes they make. No Electron here.
import type { Api, ApiEventName, ApiEvents } from '@shared/ipc/contract'

export interface ServiceHost extends Api {
  /** Listens to one named push; returns the unsubscribe function. */
  onEvent<K extends ApiEventName>(name: K, listener: (payload: ApiEvents[K]) => void): () => void
  /** Flushes pending writes; called on quit and window close. */
  flush(): Promise<void>
}

export interface ServiceOptions {
  readonly workspaceDir: string
  readonly host: 'electron' | 'web'
  /** Prefill for the first-start annotator question (the OS user name). */
  readonly suggestedAnnotator: string
  readonly appVersion: string
}
