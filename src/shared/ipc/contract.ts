// The contract between the renderer and the system, written once. Main implements `Api`, the preload
// forwards exactly the methods of `apiMethods`, the web host serves the same list over HTTP, and the
// renderer reads it through its one `api` module. Adding a method is one edit here; the compiler then
// points at every place that must follow (the argument schemas, the implementation).
import type { AnnotationChange } from '../model/annotation'
import type { Annotation } from '../model/annotation'
import type { DocumentMeta, DocumentSummary } from '../model/document'
import type { FormatId, Loss } from '../formats/format'
import type { Preferences } from '../model/preferences'
import type { Session } from '../model/session'
import type { TagSchema } from '../model/tag-schema'
import type { Result } from '../result'
import type { AgreementReport, CurationDecision, DecisionChange } from '../review/review-types'
import type { FlagReason } from '../model/reanchor'
import type { PackedAnnotations } from './packed-annotations'

export interface ImportTextRequest {
  readonly fileName: string
  readonly bytes: Uint8Array
}

export interface OpenedDocument {
  readonly meta: DocumentMeta
  readonly text: string
  readonly annotations: readonly Annotation[]
}

/**
 * The first part of a document opened in two (`openDocumentFirst`): its text, and those of its annotations
 * that begin before the offset asked for, which are all that a view of the text's beginning can show. The
 * window paints them without waiting for a large set, then asks for the rest.
 */
export interface OpenedFirstPart extends OpenedDocument {
  /** The rest of the set, to ask for with `openDocumentRest(key)`; null when `annotations` is all of it. */
  readonly rest: { readonly key: string; readonly count: number } | null
}

/** The rest of a document opened in two, in columns (packed-annotations.ts) whose quotes are read from the
 * first part's text; with the first part's annotations, the set as `openDocument` gives it. */
export interface OpenedRest {
  readonly packed: PackedAnnotations
}

export interface SaveRequest {
  readonly documentId: string
  readonly changes: readonly AnnotationChange[]
  /** Whose set: the session's annotator when absent; `curated` for the gold set. */
  readonly set?: string
  /**
   * Which window saves (an id it draws when it starts), echoed in `annotationsSaved`: a window knows its own
   * saves by it, whenever their echo arrives (over HTTP the event stream and the answers do not keep order).
   */
  readonly origin?: string
}

export interface SaveAck {
  /** The number of annotations in the set after the changes. */
  readonly count: number
  /** When the file reached the disk (ISO 8601). */
  readonly savedAt: string
}

export interface ExportRequest {
  readonly formats: readonly FormatId[]
  /** Document ids; null for the whole workspace. */
  readonly documentIds: readonly string[] | null
  /** Annotator names (`curated` for the gold set); null for every annotator. */
  readonly annotators: readonly string[] | null
  /** CSV: start with a UTF-8 BOM for Excel. */
  readonly bom: boolean
}

export interface ExportPlanSummary {
  readonly documents: number
  readonly annotators: readonly string[]
  readonly annotations: number
  /** What each format cannot carry, with a sample of the annotations concerned. */
  readonly losses: readonly {
    readonly format: FormatId
    readonly count: number
    readonly sample: readonly Loss[]
  }[]
}

export interface ExportDone {
  readonly outputDir: string
  readonly files: number
}

export interface ImportAnnotationsRequest {
  readonly files: readonly { readonly name: string; readonly bytes: Uint8Array }[]
  /** Whose annotations these are, when the files do not say. */
  readonly annotator: string | null
}

export interface ImportDone {
  readonly documents: number
  readonly annotations: number
  readonly annotators: readonly string[]
  /** Spans that could not be re-anchored in a changed text: listed, never shifted. */
  readonly notAnchored: readonly string[]
}

export interface ReviewRequest {
  readonly documentId: string
  /** Two or more annotators whose sets are compared (never `curated`). */
  readonly annotators: readonly string[]
}

export interface OpenedReview {
  readonly meta: DocumentMeta
  readonly text: string
  /** The chosen annotators' sets, in the order asked. */
  readonly sets: readonly { readonly annotator: string; readonly annotations: readonly Annotation[] }[]
  /** The curated set as it stands, and the decisions that built it. */
  readonly curated: readonly Annotation[]
  readonly decisions: readonly CurationDecision[]
}

export interface SaveCurationRequest {
  readonly documentId: string
  /** Changes to the curated set. */
  readonly changes: readonly AnnotationChange[]
  /** Changes to the decision log; saved together with the curated set's changes. */
  readonly decisions: readonly DecisionChange[]
}

export interface AgreementRequest {
  /** Two or more annotators. */
  readonly annotators: readonly string[]
  /** Document ids; null for the whole workspace. */
  readonly documentIds: readonly string[] | null
}

export interface SaveReportRequest extends AgreementRequest {
  readonly format: 'csv' | 'markdown'
}

/** A kept version of an annotation set (see RELIABILITY.md 4 and 12). */
export interface AnnotationBackup {
  /** The backup's file name, which names it in `restoreAnnotationBackup`. */
  readonly name: string
  readonly savedAt: string
  /** How many annotations it holds; null when it no longer parses. */
  readonly annotations: number | null
}

/** A set restored from a backup, reopened; `setAsidePath`: where the replaced file was kept (null: none). */
export interface RestoredDocument extends OpenedDocument {
  readonly setAsidePath: string | null
}

/** "Save a copy as…": the set as the window holds it, unsaved edits included (checked like a save). */
export interface SaveCopyRequest {
  readonly documentId: string
  /** Whose set: the session's annotator when absent; `curated` for the gold set. */
  readonly set?: string
  readonly annotations: readonly Annotation[]
}

export interface SavedCopy {
  readonly path: string
  readonly annotations: number
}

/** The workspace's own files, which must be read before the window can open (RELIABILITY.md 4). */
export type WorkspaceFileName = 'settings.json' | 'tag-schema.json'

/** A kept version of settings.json or tag-schema.json; `readable`: false when it no longer parses. */
export interface WorkspaceFileBackup {
  readonly name: string
  readonly savedAt: string
  readonly readable: boolean
}

/** A workspace file that could not be read at startup: the window shows the recovery screen instead. */
export interface WorkspaceDamage {
  readonly file: WorkspaceFileName
  readonly path: string
  /** Where it breaks (1-based), when the reader could say. */
  readonly line: number | null
  readonly column: number | null
  /** The reader's message: the file, line:column and what is wrong. */
  readonly message: string
  /** Newest first. */
  readonly backups: readonly WorkspaceFileBackup[]
}

/** After a repair: where the damaged file was kept, and the next damaged file if any (null: the workspace is open). */
export interface WorkspaceRepaired {
  readonly setAsidePath: string | null
  readonly damage: WorkspaceDamage | null
}

export interface Api {
  getSession(): Promise<Session>
  /** The damaged workspace file that keeps the workspace from opening, or null when it is open. */
  workspaceDamage(): Promise<WorkspaceDamage | null>
  /** Puts a kept version in place of the damaged file (set aside as `<name>.corrupt-<time>`), then opens. */
  restoreWorkspaceFile(file: WorkspaceFileName, backup: string): Promise<Result<WorkspaceRepaired>>
  /** Sets the damaged settings.json aside and starts with default settings (who is annotating is asked again). */
  startWithDefaultSettings(): Promise<Result<WorkspaceRepaired>>
  setAnnotator(name: string): Promise<Result<Session>>
  /** Opens a document with one annotation set: the session annotator's, or `set` (`curated`, a colleague's). */
  openDocument(documentId: string, set?: string): Promise<Result<OpenedDocument>>
  /** `openDocument` in two parts: the text with the annotations that begin before `upTo` (a code-point
   * offset), and a key to the rest of the same reading of the set, kept a while for `openDocumentRest`. */
  openDocumentFirst(documentId: string, set: string | null, upTo: number): Promise<Result<OpenedFirstPart>>
  /** The rest of a set opened with `openDocumentFirst`; `not-found` once the key is no longer kept. */
  openDocumentRest(key: string): Promise<Result<OpenedRest>>
  importText(request: ImportTextRequest): Promise<Result<DocumentSummary>>
  /** Resolves once the changes are durably on disk. */
  saveAnnotations(request: SaveRequest): Promise<Result<SaveAck>>
  /** Replaces the workspace's tag schema (edited in settings); its version must be newer. */
  saveTagSchema(schema: TagSchema): Promise<Result<Session>>
  /** Says what the chosen formats cannot carry, before anything is written. */
  planExport(request: ExportRequest): Promise<Result<ExportPlanSummary>>
  /** Writes the export into a new folder (chosen by the analyst on the desktop); null when she cancels. */
  exportCorpus(request: ExportRequest): Promise<Result<ExportDone | null>>
  /** Imports colleagues' annotation files (Parley JSON, JSONL/doccano, brat, W3C): all or nothing. */
  importAnnotations(request: ImportAnnotationsRequest): Promise<Result<ImportDone>>
  /** Asks the host to let the analyst choose another workspace folder (a native dialog on the desktop). */
  chooseWorkspace(): Promise<Result<Session | null>>
  /** The backups of a document's annotation set (the session annotator's, or `set`), newest first. */
  annotationBackups(documentId: string, set?: string): Promise<Result<readonly AnnotationBackup[]>>
  /** Puts a backup in place of the set's file (the current file is set aside, never deleted), then reopens it. */
  restoreAnnotationBackup(documentId: string, backup: string, set?: string): Promise<Result<RestoredDocument>>
  /** Writes the set as sent to a file the analyst picks (web host: `exports/`), when its own file cannot be
   * written; the set's file and pending saves are left alone. Null when she cancels. */
  saveAnnotationsCopy(request: SaveCopyRequest): Promise<Result<SavedCopy | null>>
  /** The annotators with a set for this document (null: anywhere in the workspace), `curated` excluded. */
  annotatorsOf(documentId: string | null): Promise<Result<readonly string[]>>
  /** The chosen annotators' sets of one document, with the curated set and its decisions. */
  openReview(request: ReviewRequest): Promise<Result<OpenedReview>>
  /** Saves curation: curated-set changes and decision-log changes, durably, together. */
  saveCuration(request: SaveCurationRequest): Promise<Result<SaveAck>>
  /** Agreement between annotators over documents (pushes `agreementProgress` as documents are done). */
  agreementReport(request: AgreementRequest): Promise<Result<AgreementReport>>
  /** Writes the agreement report as CSV or Markdown (where the analyst chooses on the desktop); null on cancel. */
  saveAgreementReport(request: SaveReportRequest): Promise<Result<{ readonly path: string } | null>>
  /** Saves the UI language and text size in the workspace's settings (pushes `sessionChanged`). */
  savePreferences(preferences: Preferences): Promise<Result<Session>>
}

/** Every method of the contract, checked exhaustive by the compiler. */
export const apiMethods = {
  getSession: true,
  workspaceDamage: true,
  restoreWorkspaceFile: true,
  startWithDefaultSettings: true,
  setAnnotator: true,
  openDocument: true,
  openDocumentFirst: true,
  openDocumentRest: true,
  importText: true,
  saveAnnotations: true,
  saveTagSchema: true,
  planExport: true,
  exportCorpus: true,
  importAnnotations: true,
  chooseWorkspace: true,
  annotatorsOf: true,
  annotationBackups: true,
  restoreAnnotationBackup: true,
  saveAnnotationsCopy: true,
  openReview: true,
  saveCuration: true,
  agreementReport: true,
  saveAgreementReport: true,
  savePreferences: true,
} as const satisfies Record<keyof Api, true>

export type ApiMethod = keyof Api

export const apiMethodNames = Object.keys(apiMethods) as ApiMethod[]

/** Commands the application menu sends to the window. */
export type MenuCommand =
  | 'openText'
  | 'importFolder'
  | 'importAnnotations'
  | 'export'
  | 'chooseWorkspace'
  | 'changeAnnotator'
  | 'undo'
  | 'redo'
  | 'find'
  | 'tag-all'
  | 'next'
  | 'previous'
  | 'settings'
  | 'shortcuts'
  | 'review'
  | 'agreement'
  | 'commandPalette'
  | 'guidelines'
  | 'guide'
  | 'preferences'

/** Pushes from the system to the renderer. */
export interface ApiEvents {
  menuCommand: { readonly command: MenuCommand }
  sessionChanged: Session
  exportProgress: { readonly done: number; readonly total: number }
  fileChanged: FileChanged
  annotationsSaved: AnnotationsSaved
  agreementProgress: { readonly done: number; readonly total: number }
  sourceTextChanged: SourceTextChanged
}

/** A document's text (`text.txt`) is not the one its annotations were made on (RELIABILITY.md 11). */
export interface SourceTextChanged {
  readonly documentId: string
  /** True when it was rewritten while the document is open: the window reopens it (the reopening then
   * pushes what became of the spans). False: what the opening found, spans re-anchored or flagged. */
  readonly reopen: boolean
  /** Spans found again by their quote at another place (saved there). */
  readonly moved: number
  /** Spans whose quote is gone or ambiguous: kept in the file at their old place, left out of the editor. */
  readonly flagged: readonly { readonly id: string; readonly quote: string; readonly reason: FlagReason }[]
}

/** Changes saved to a set by one window (or browser page), pushed to every window: another window showing the
 * same document and set brings its view up to date (the saving window finds its own changes there already). */
export interface AnnotationsSaved {
  readonly documentId: string
  /** Whose set (`curated` for the gold set). */
  readonly annotator: string
  readonly changes: readonly AnnotationChange[]
  /** How many annotations the set held once they were on disk (the document list shows it). */
  readonly count: number
  /** The saving window's `origin`, when it gave one. */
  readonly origin?: string
}

/** An open annotation file changed on disk (git pull, a sync tool): what Parley did about it. */
export interface FileChanged {
  readonly documentId: string
  readonly annotator: string
  /** `reloaded`: nothing was unsaved, the disk version is now in memory. `conflict`: the disk version was
   * kept and reloaded, the analyst's unsaved version went to `conflictPath`. `unreadable`: the new disk
   * version cannot be parsed (e.g. a merge conflict); memory is unchanged and saves are refused. */
  readonly action: 'reloaded' | 'conflict' | 'unreadable'
  readonly conflictPath?: string
  /** What happened, in words for the notice. */
  readonly message: string
}

export const apiEvents = {
  menuCommand: true,
  sessionChanged: true,
  exportProgress: true,
  fileChanged: true,
  annotationsSaved: true,
  agreementProgress: true,
  sourceTextChanged: true,
} as const satisfies Record<keyof ApiEvents, true>

export type ApiEventName = keyof ApiEvents

export const isApiEventName = (name: string): name is ApiEventName => Object.hasOwn(apiEvents, name)

/** What the preload exposes on `window.parley`, and what the HTTP client imitates. */
export interface Bridge extends Api {
  /** Subscribes to one named push; returns the unsubscribe function. */
  subscribe<K extends ApiEventName>(name: K, listener: (payload: ApiEvents[K]) => void): () => void
}

/** The IPC channel of a method: one channel per verb, never a generic pipe. */
export const channelOf = (method: ApiMethod): string => `parley:${method}`
export const eventChannelOf = (name: ApiEventName): string => `parley-event:${name}`
