// The application's state outside React: the session, the open document's editing state, the save queue
// and the last error. Commands (open, import, change annotator, switch workspace) live here so menus,
// shortcuts and buttons share them.
import type { AnnotationsSaved, Bridge, FileChanged, MenuCommand, OpenedDocument } from '@shared/ipc/contract'
import type { Preferences } from '@shared/model/preferences'
import type { Session } from '@shared/model/session'
import type { TagSchema } from '@shared/model/tag-schema'
import { err, type Result } from '@shared/result'
import { CURATED } from '@shared/review/review-types'
import { applyChanges, sortedAnnotations } from '@shared/editing/sorted-annotations'
import type { Annotation } from '@shared/model/annotation'
import { unpackAnnotations } from '@shared/ipc/packed-annotations'
import { AnnotationEditing, type OpenSet } from './annotation-editing'
import { createDocumentModel, type DocumentModel } from './document-model'
import { i18n } from '../i18n/i18n'
import { historyKey, KeptHistories } from './kept-histories'
import { adoptOtherWindowSave } from './other-window-saves'
import { readTextFile } from './read-text-file'
import { nextPaint } from './next-paint'
import { SaveQueue } from './save-queue'
import { createStore } from './store'
import { patchUi } from './ui-state'

export type Dialog = 'none' | 'annotator'

/**
 * How far into a text (in code points) the first part of an opening holds the annotations: further than a
 * view of its beginning and the two screens below it, which the highlight painter registers, can reach. The
 * text column is 46em wide (about 90 characters a line); at the smallest text size (14 px, lines of 24.5 px)
 * a 2160-pixel-high screen holds about 8,000 characters, so three screens about 24,000, and 48,000 with the
 * window zoomed out to half. What lies beyond comes with the rest, a moment later.
 */
export const FIRST_PART_UP_TO = 60_000

/** What the recovery offer is about: a set whose file is damaged (`damage`: the message naming the file and
 * where it breaks), or, with `damage` null, a healthy set whose earlier version the analyst asked for. */
export interface RecoveryRequest {
  readonly documentId: string
  /** Whose set; absent for the analyst's own. */
  readonly set?: string
  readonly damage: string | null
}

export class AppController {
  readonly session = createStore<Session | null>(null)
  readonly editing = createStore<AnnotationEditing | null>(null)
  readonly error = createStore<string | null>(null)
  /** A passing notice (a file reloaded after a change on disk). */
  readonly notice = createStore<string | null>(null)
  readonly dialog = createStore<Dialog>('none')
  /** A set to restore from a backup (features/recovery offers it); null when none is asked for. */
  readonly recovery = createStore<RecoveryRequest | null>(null)
  readonly saves: SaveQueue
  /** Bumped when a command asks for the file picker, which the view owns. */
  readonly filePickerRequests = createStore(0)
  /** Bumped when a command asks for the folder picker (Import Folder…), which the view owns. */
  readonly folderPickerRequests = createStore(0)
  /** Menu commands the editor handles (undo, find, …), as a request the workbench runs. */
  readonly commandRequests = createStore<{ readonly id: string; readonly n: number } | null>(null)
  private started = false
  /** Bumped by every opening: an answer to an earlier one, come late, is not shown. */
  private opening = 0
  /** Undo histories of the documents left, taken again on coming back. */
  private readonly histories = new KeptHistories()
  /** The history key of the set shown (its workspace, document and set). */
  private shownKey = ''
  /**
   * How many annotations the analyst's own set of a document holds, as heard from saves (hers, or another
   * window's) since the session was read: the document list shows these over the session's counts.
   */
  readonly tagCounts = createStore<ReadonlyMap<string, number>>(new Map())
  /** Saves by other windows heard while the open set's annotations were still arriving. */
  private heardWhileLoading: AnnotationsSaved[] = []

  constructor(
    private readonly api: Bridge,
    /** Resolves once the window has painted what it was given (next-paint.ts); tests pass their own. */
    private readonly afterPaint: () => Promise<void> = nextPaint,
  ) {
    this.saves = new SaveQueue(api)
  }

  async start(): Promise<void> {
    if (this.started) return
    this.started = true
    this.api.subscribe('sessionChanged', (session) => void this.adoptSession(session))
    this.api.subscribe('menuCommand', ({ command }) => this.run(command))
    this.api.subscribe('fileChanged', (change) => void this.onFileChanged(change))
    this.api.subscribe('annotationsSaved', (saved) => {
      if (saved.annotator === this.session.get()?.annotator)
        this.tagCounts.set((counts) => new Map(counts).set(saved.documentId, saved.count))
      if (this.editing.get()?.state.get().loading) this.heardWhileLoading.push(saved)
      else this.adoptSaved(saved)
    })
    await this.adoptSession(await this.api.getSession())
  }

  run(command: MenuCommand): void {
    if (command === 'openText') this.filePickerRequests.set((n) => n + 1)
    else if (command === 'importFolder') this.folderPickerRequests.set((n) => n + 1)
    else if (command === 'chooseWorkspace') void this.chooseWorkspace()
    else if (command === 'changeAnnotator') this.dialog.set('annotator')
    else if (command === 'preferences') patchUi({ preferences: true })
    else this.commandRequests.set((r) => ({ id: command, n: (r?.n ?? 0) + 1 }))
  }

  /**
   * Opens a document with the analyst's own set, or `set`: the curated set, or a colleague's (read only).
   * A large set comes in two parts (`openDocumentFirst`): the text is shown at once with the annotations a
   * view of its beginning can show, and the rest follows; nothing can be changed until it is there.
   * Resolves once the whole set is in.
   */
  async openDocument(id: string, set?: string): Promise<void> {
    const session = this.session.get()
    const own = set === undefined || set === session?.annotator
    const asked = own ? undefined : set
    const ticket = ++this.opening
    const first = await this.api.openDocumentFirst(id, asked ?? null, FIRST_PART_UP_TO)
    // Another document was asked for meanwhile (the analyst clicked on): that one is shown, not this one.
    if (ticket !== this.opening) return
    // A damaged file: say where it breaks and offer its backups instead of a bare error; it stays closed.
    if (!first.ok && first.error.code === 'corrupt-file')
      return this.recovery.set({ documentId: id, ...(own ? {} : { set }), damage: first.error.message })
    const part = this.report(first)
    if (!part) return
    if (!part.rest) return this.show(part, asked)
    this.enter(part, asked)
    // The first part is painted before the rest is asked for: its answer would otherwise be read and
    // unpacked on the main thread while the first frame waits.
    await this.afterPaint()
    if (ticket !== this.opening) return
    const rest = await this.api.openDocumentRest(part.rest.key).catch(unreachable)
    if (ticket !== this.opening) return
    if (rest.ok) {
      const annotations = [
        ...part.annotations,
        ...(unpackAnnotations(rest.value.packed, part.text) as Annotation[]),
      ]
      return this.show({ meta: part.meta, text: part.text, annotations }, asked)
    }
    // The rest was no longer kept (many openings at once), or did not come: the set is read again, whole.
    const whole = await (
      asked === undefined ? this.api.openDocument(id) : this.api.openDocument(id, asked)
    ).catch(unreachable)
    if (ticket !== this.opening) return
    const opened = this.report(whole)
    if (opened) this.show(opened, asked)
    // A text shown without the rest of its annotations is not left open as if they were all there.
    else if (this.editing.get()?.state.get().loading) this.editing.set(null)
  }

  /**
   * Puts a document in the editor: just opened, or restored from a backup (`set` absent: her own). When it is
   * the document shown with the first part of its set, the whole set takes that part's place.
   */
  show(opened: OpenedDocument, set?: string): void {
    const annotator = this.session.get()?.annotator
    if (!annotator) return
    this.opening++
    const shown = this.editing.get()
    const openSet = openSetOf(set, annotator)
    const annotations = this.withUnsaved(opened.meta.id, openSet?.name, opened.annotations)
    const waiting =
      shown?.state.get().loading === true &&
      shown.document.meta.id === opened.meta.id &&
      shown.document.text === opened.text &&
      shown.openSet?.name === openSet?.name
    if (!waiting) {
      const model = this.leaveFor(opened, set, annotator)
      const history = this.histories.take(this.shownKey, annotations)
      return this.editing.set(
        new AnnotationEditing(model, annotations, annotator, this.saves, openSet, history),
      )
    }
    shown.finishLoading(annotations, this.histories.take(this.shownKey, annotations))
    // Saves other windows made while the rest was on its way: taken now, in order.
    for (const saved of this.heardWhileLoading.splice(0)) this.adoptSaved(saved)
  }

  /** Shows a document with the first part of its set, the rest to come (AnnotationEditing.loading). */
  private enter(part: OpenedDocument, set: string | undefined): void {
    const annotator = this.session.get()?.annotator
    if (!annotator) return
    const model = this.leaveFor(part, set, annotator)
    const openSet = openSetOf(set, annotator)
    const annotations = this.withUnsaved(part.meta.id, openSet?.name, part.annotations)
    this.editing.set(AnnotationEditing.loading(model, annotations, annotator, this.saves, openSet))
  }

  /**
   * Leaves the document shown for another: keeps its undo history (unless its set was still arriving, when
   * the history kept from before stays), and clears what was open over its text.
   */
  private leaveFor(opened: OpenedDocument, set: string | undefined, annotator: string): DocumentModel {
    const left = this.editing.get()?.state.get()
    if (left && !left.loading)
      this.histories.keep(this.shownKey, this.editing.get()!.history, left.annotations.list)
    this.heardWhileLoading = []
    this.shownKey = historyKey(this.session.get()?.workspacePath ?? '', opened.meta.id, set ?? annotator)
    // What was open over the last text (a palette on a span, an offer to tag all) belongs to it.
    patchUi({ palette: null, overlap: null, hover: null, tagAll: null })
    return createDocumentModel(opened.meta, opened.text)
  }

  /**
   * The set as it will be once its changes still queued or in flight are on disk: left a moment ago and
   * opened again, a document may be read before its last save lands.
   */
  private withUnsaved(documentId: string, set: string | undefined, list: readonly Annotation[]) {
    const unsaved = this.saves.unsavedChanges(documentId, set)
    return unsaved.length === 0 ? list : applyChanges(sortedAnnotations(list), unsaved).list
  }

  async importFiles(files: readonly File[]): Promise<void> {
    let lastId: string | null = null
    for (const file of files) {
      const request = this.report(await readTextFile(file))
      const imported = request && this.report(await this.api.importText(request))
      if (imported) lastId = imported.id
    }
    if (lastId) await this.showImported(lastId)
  }

  /** After an import: the document list gets the new texts, and the last one opens. */
  async showImported(lastId: string): Promise<void> {
    this.session.set(await this.api.getSession())
    await this.openDocument(lastId)
  }

  async setAnnotator(name: string): Promise<void> {
    const session = this.report(await this.api.setAnnotator(name))
    if (session) {
      this.dialog.set('none')
      await this.adoptSession(session, true)
    }
  }

  async saveTagSchema(schema: TagSchema): Promise<boolean> {
    const session = this.report(await this.api.saveTagSchema(schema))
    if (session) this.session.set(session)
    return session !== null
  }

  /** Saves the language and text size; the window applies them from the session it gets back. */
  async savePreferences(preferences: Preferences): Promise<void> {
    const session = this.report(await this.api.savePreferences(preferences))
    if (session) this.session.set(session)
  }

  async chooseWorkspace(): Promise<void> {
    const session = this.report(await this.api.chooseWorkspace())
    if (session) await this.adoptSession(session, true)
  }

  /** A file of the open document changed on disk: reload it (the services kept both versions on conflict). */
  private async onFileChanged(change: FileChanged): Promise<void> {
    const editing = this.editing.get()
    const open = editing?.document.meta.id
    const set = editing?.openSet?.name
    if (change.annotator !== (set ?? this.session.get()?.annotator)) return
    if (change.action === 'unreadable') return this.error.set(change.message)
    this.saves.discard(change.documentId)
    this.notice.set(change.message)
    if (open === change.documentId) await this.openDocument(open, set)
  }

  private async adoptSession(session: Session, reopen = false): Promise<void> {
    const previous = this.session.get()
    this.tagCounts.set(new Map())
    this.session.set(session)
    if (!session.annotator) return this.dialog.set('annotator')
    const current = this.editing.get()?.document.meta.id
    const workspaceChanged = previous?.workspacePath !== session.workspacePath
    const target = !workspaceChanged && current ? current : session.documents[0]?.id
    if (target && (reopen || workspaceChanged || !current)) await this.openDocument(target)
    if (!target) this.editing.set(null)
  }

  /** Takes into the open set what another window saved to it. */
  private adoptSaved(saved: AnnotationsSaved): void {
    const count = adoptOtherWindowSave(this.editing.get(), this.session.get()?.annotator, this.saves, saved)
    if (count > 0) this.notice.set(i18n.t('other-windows:adopted', { count }))
  }

  private report<T>(result: Result<T>): T | null {
    if (result.ok) return result.value
    this.error.set(result.error.message)
    return null
  }
}

/** A call that did not come back (the host went away): an error to report, like any other. */
const unreachable = (error: unknown): Result<never> =>
  err('unreachable', error instanceof Error ? error.message : String(error))

/** The set shown, when it is not the analyst's own: the curated set (editable) or a colleague's (read only). */
function openSetOf(set: string | undefined, annotator: string): OpenSet | null {
  return set === undefined || set === annotator ? null : { name: set, readOnly: set !== CURATED }
}
