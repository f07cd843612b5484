// What the renderer needs to know about the open workspace and who is annotating.
import type { DocumentSummary } from './document'
import type { Preferences } from './preferences'
import type { TagSchema } from './tag-schema'

export interface Session {
  readonly workspacePath: string
  /** Null until the analyst has said who she is (first start). */
  readonly annotator: string | null
  /** A prefill for the first-start question: the OS user name. */
  readonly suggestedAnnotator: string
  readonly tagSchema: TagSchema
  readonly documents: readonly DocumentSummary[]
  readonly appVersion: string
  /** Which host serves the contract: the desktop window or the local web host. */
  readonly host: 'electron' | 'web'
  /** The UI language and text size, from the workspace's settings file. */
  readonly preferences: Preferences
}
