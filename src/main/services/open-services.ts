// The services behind the contract, free of Electron: every host (the desktop window over IPC, the local
// web host over HTTP, later the command line) calls these same methods. Expected failures come back as
// `Result` errors with a message naming the file and the reason; nothing is half-done.
import type {
  AnnotationBackup,
  Api,
  ImportTextRequest,
  OpenedDocument,
  OpenedFirstPart,
  OpenedRest,
  RestoredDocument,
  SaveAck,
  SaveCopyRequest,
  SavedCopy,
  SaveRequest,
  WorkspaceDamage,
  WorkspaceFileName,
  WorkspaceRepaired,
} from '@shared/ipc/contract'
import type { DocumentMeta, DocumentSummary } from '@shared/model/document'
import type {
  AgreementRequest,
  OpenedReview,
  ReviewRequest,
  SaveCurationRequest,
  SaveReportRequest,
} from '@shared/ipc/contract'
import type { AgreementReport } from '@shared/review/review-types'
import type {
  ExportDone,
  ExportPlanSummary,
  ExportRequest,
  ImportAnnotationsRequest,
  ImportDone,
} from '@shared/ipc/contract'
import { formatById } from '@shared/formats/registry'
import { preferencesOf, type Preferences } from '@shared/model/preferences'
import type { Session } from '@shared/model/session'
import type { TagSchema } from '@shared/model/tag-schema'
import { err, ok, type Result } from '@shared/result'
import { OpeningParts } from './opening-parts'
import { mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { collectExportInput, ExportSelectionError } from './export/collect-export'
import { ExportDestinationError, planExport, writeExport } from './export/write-export'
import { decodeText } from './import/decode-text'
import { extractText } from './import/extract-text'
import { importAnnotationFiles } from './import/import-annotations'
import { EventHub } from './event-hub'
import { CURATED } from '@shared/review/review-types'
import * as review from './review/review-services'
import { agreementReport, saveAgreementReport } from './review/agreement-service'
import { annotationBackups, restoreAnnotationBackup } from './workspace/annotation-backups'
import { saveAnnotationsCopy, type PickCopyFile } from './workspace/save-annotations-copy'
import type { ServiceHost, ServiceOptions } from './service-host'
import { StorageError } from './storage/storage-error'
import { addDocument, readDocumentText } from './workspace/document-store'
import { openWorkspace, type Workspace } from './workspace/workspace'
import { watchAnnotationSets } from './workspace/watch-annotation-sets'
import { watchWorkspaceFiles } from './workspace/watch-workspace-files'
import { watchSourceTexts, type SourceTextsWatch } from './workspace/watch-source-texts'
import { showOnText } from './workspace/source-text-check'
import { sha256Of } from './storage/content-hash'
import * as repair from './workspace/workspace-file-recovery'
import sampleText from '../../../fixtures/cn-kz-strategic-dialogue-2024-03-29.fr.txt?raw'

export const SAMPLE_FILE_NAME = 'cn-kz-strategic-dialogue-2024-03-29.fr.txt'

export interface ParleyServiceOptions extends ServiceOptions {
  /** Lets the analyst pick a folder (a native dialog in the desktop app); absent in other hosts. */
  readonly pickWorkspaceFolder?: () => Promise<string | null>
  /** Lets the analyst name a new export folder; absent in other hosts, where exports go to `<workspace>/exports/`. */
  readonly pickExportFolder?: () => Promise<string | null>
  /** Lets the analyst name the agreement report's file; absent in other hosts (`<workspace>/exports/`). */
  readonly pickReportFile?: (suggestedName: string) => Promise<string | null>
  /** Lets the analyst name the file of "Save a copy as…"; absent in other hosts (`<workspace>/exports/`). */
  readonly pickCopyFile?: PickCopyFile
}

export async function openServices(options: ParleyServiceOptions): Promise<ServiceHost> {
  return new ParleyServices(options, await openOrFindDamage(options.workspaceDir))
}

/** The workspace or, when settings.json or tag-schema.json cannot be read, what is damaged (the window
 * then opens on the recovery screen). */
async function openOrFindDamage(dir: string): Promise<Workspace | WorkspaceDamage> {
  try {
    return await openWorkspaceWithSample(dir)
  } catch (error) {
    const damage = error instanceof StorageError ? await repair.findWorkspaceDamage(dir) : null
    if (damage) return damage
    throw error
  }
}

async function openWorkspaceWithSample(dir: string): Promise<Workspace> {
  const workspace = await openWorkspace(dir)
  if (workspace.isNew) {
    const decoded = decodeText(new TextEncoder().encode(sampleText), SAMPLE_FILE_NAME)
    if (!decoded.ok) throw new Error(decoded.error.message)
    const meta = await addDocument(dir, SAMPLE_FILE_NAME, decoded.value, new Date())
    workspace.documents.set(meta.id, meta)
  }
  return workspace
}

class ParleyServices implements ServiceHost, Api {
  private readonly events = new EventHub()
  private readonly parts = new OpeningParts()
  private stopWatching: (() => void) | null = null
  private sourceTexts: SourceTextsWatch | null = null
  private current: Workspace | null = null
  private damage: WorkspaceDamage | null = null

  constructor(
    private readonly options: ParleyServiceOptions,
    opened: Workspace | WorkspaceDamage,
  ) {
    if ('annotations' in opened) this.adoptWorkspace(opened)
    else this.damage = opened
  }

  /** The open workspace; while a damaged file keeps it closed, every use is refused with the damage. */
  private get workspace(): Workspace {
    if (this.current) return this.current
    const { path = this.options.workspaceDir, message = 'The workspace is not open' } = this.damage ?? {}
    throw new StorageError('corrupt-file', path, message)
  }

  private adoptWorkspace(workspace: Workspace): void {
    this.current = workspace
    this.damage = null
    this.watchFileChanges(workspace)
  }

  /** Watches the open annotation files of the current workspace and tells the window what changed on disk. */
  private watchFileChanges(workspace: Workspace): void {
    this.stopWatching?.()
    workspace.annotations.onFileChanged = (change) => this.events.emit('fileChanged', change)
    const watch = watchAnnotationSets(workspace.annotations, workspace.root)
    const own = watchWorkspaceFiles(workspace, () => {
      // The workspace may be gone meanwhile (another folder opened, a removed folder): say so, never throw.
      this.getSession().then(
        (session) => this.events.emit('sessionChanged', session),
        (error: unknown) =>
          console.warn('Parley could not reread the workspace after an outside change:', error),
      )
    })
    const texts = watchSourceTexts(workspace.root, (documentId) => {
      // Saves are checked on the new text from now on; the window reopens the document.
      readDocumentText(workspace.root, documentId)
        .then((text) => workspace.annotations.dropStaleText(documentId, text))
        .then(() =>
          this.events.emit('sourceTextChanged', { documentId, reopen: true, moved: 0, flagged: [] }),
        )
        .catch((error: unknown) => console.warn(`Parley could not reread the text of ${documentId}:`, error))
    })
    this.sourceTexts = texts
    this.stopWatching = () => {
      watch.close()
      own.close()
      texts.close()
    }
  }

  onEvent: ServiceHost['onEvent'] = (name, listener) => this.events.on(name, listener)

  async flush(): Promise<void> {
    if (!this.current) return
    await this.workspace.annotations.flush()
    await this.workspace.curation.flush()
  }

  async getSession(): Promise<Session> {
    const { settings, tagSchema, root, annotations, documents: metas } = this.workspace
    const annotator = settings.data.annotator
    const documents: DocumentSummary[] = []
    for (const meta of [...metas.values()].sort((a, b) => a.title.localeCompare(b.title))) {
      const count = annotator ? await annotationCount(annotations, meta, annotator) : 0
      documents.push({ ...meta, annotationCount: count })
    }
    return {
      workspacePath: root,
      annotator,
      suggestedAnnotator: this.options.suggestedAnnotator,
      tagSchema: tagSchema.data.tagSchema,
      documents,
      appVersion: this.options.appVersion,
      host: this.options.host,
      preferences: preferencesOf(settings.data),
    }
  }

  setAnnotator(name: string): Promise<Result<Session>> {
    return guard(async () => {
      const { settings } = this.workspace
      if (name.trim().toLowerCase() === CURATED)
        return err('reserved-name', `“${CURATED}” names the review’s gold set: choose another annotator name`)
      settings.data = { ...settings.data, annotator: name.trim() }
      await settings.write()
      const session = await this.getSession()
      this.events.emit('sessionChanged', session)
      return ok(session)
    })
  }

  openDocument(documentId: string, set?: string): Promise<Result<OpenedDocument>> {
    return guard(async () => {
      const { root, annotations, settings, documents } = this.workspace
      const meta = documents.get(documentId)
      if (!meta) return err('not-found', `No document ${documentId} in ${root}`)
      const text = await readDocumentText(root, documentId)
      await annotations.dropStaleText(documentId, text)
      const annotator = set ?? settings.data.annotator
      const opened = annotator ? await annotations.annotationsOf(meta, annotator) : null
      const textSha256 = sha256Of(text)
      this.sourceTexts?.follow(documentId, textSha256)
      if (!annotator || !opened) return ok({ meta, text, annotations: [] })
      // A text changed outside Parley: spans re-anchored by quote or flagged, never shifted (RELIABILITY.md 11).
      const own = annotator === settings.data.annotator
      const shown = await showOnText(annotations, meta, annotator, own, text, textSha256, opened)
      if (shown.change) this.events.emit('sourceTextChanged', shown.change)
      return ok({ meta, text, annotations: shown.annotations })
    })
  }

  async openDocumentFirst(
    documentId: string,
    set: string | null,
    upTo: number,
  ): Promise<Result<OpenedFirstPart>> {
    const opened = await this.openDocument(documentId, set ?? undefined)
    return opened.ok ? ok(this.parts.first(opened.value, upTo)) : opened
  }

  openDocumentRest(key: string): Promise<Result<OpenedRest>> {
    return Promise.resolve(this.parts.rest(key))
  }

  importText(request: ImportTextRequest): Promise<Result<DocumentSummary>> {
    return guard(async () => {
      // Too large, empty, unsupported, binary, corrupt: refused by the extraction, with the reason.
      const decoded = await extractText(request.bytes, request.fileName)
      if (!decoded.ok) return decoded
      const meta = await addDocument(this.workspace.root, request.fileName, decoded.value, new Date())
      this.workspace.documents.set(meta.id, meta)
      return ok({ ...meta, annotationCount: 0 })
    })
  }

  saveAnnotations(request: SaveRequest): Promise<Result<SaveAck>> {
    return guard(async () => {
      const { root, annotations, settings, documents } = this.workspace
      const annotator = request.set ?? settings.data.annotator
      if (!annotator)
        return err('no-annotator', 'Say who is annotating before tagging (File › Change Annotator…)')
      const meta = documents.get(request.documentId)
      if (!meta) return err('not-found', `No document ${request.documentId} in ${root}`)
      const applied = await annotations.apply(meta, annotator, request.changes)
      if (!applied.ok) return applied
      // Every window hears it (RELIABILITY.md item 7); the saving one knows its own by `origin`.
      const { origin } = request
      this.events.emit('annotationsSaved', {
        documentId: meta.id,
        annotator,
        changes: request.changes,
        count: applied.value,
        ...(origin === undefined ? {} : { origin }),
      })
      return ok({ count: applied.value, savedAt: new Date().toISOString() })
    })
  }

  saveTagSchema(schema: TagSchema): Promise<Result<Session>> {
    return guard(async () => {
      const { tagSchema } = this.workspace
      if (schema.version <= tagSchema.data.tagSchema.version)
        return err(
          'stale-schema',
          `The tag schema changed meanwhile (version ${tagSchema.data.tagSchema.version}); reopen settings`,
        )
      tagSchema.data = { ...tagSchema.data, tagSchema: schema }
      await tagSchema.write()
      const session = await this.getSession()
      this.events.emit('sessionChanged', session)
      return ok(session)
    })
  }

  planExport(request: ExportRequest): Promise<Result<ExportPlanSummary>> {
    return guard(async () => {
      const formats = request.formats.flatMap((id) => formatById(id) ?? [])
      const input = await collectExportInput(this.workspace, request, this.options.appVersion)
      return ok(planExport(input, formats))
    })
  }

  exportCorpus(request: ExportRequest): Promise<Result<ExportDone | null>> {
    return guard(async () => {
      const formats = request.formats.flatMap((id) => formatById(id) ?? [])
      const outputDir = this.options.pickExportFolder
        ? await this.options.pickExportFolder()
        : join(this.workspace.root, 'exports', `export-${new Date().toISOString().replace(/[:.]/g, '-')}`)
      if (!outputDir) return ok(null)
      const input = await collectExportInput(this.workspace, request, this.options.appVersion)
      await mkdir(dirname(outputDir), { recursive: true })
      const manifest = await writeExport(input, formats, outputDir, { bom: request.bom }, (done, total) =>
        this.events.emit('exportProgress', { done, total }),
      )
      return ok({ outputDir, files: manifest.counts.files })
    })
  }

  importAnnotations(request: ImportAnnotationsRequest): Promise<Result<ImportDone>> {
    return guard(async () => {
      const result = await importAnnotationFiles(this.workspace, request.files, {
        annotator: request.annotator ?? undefined,
      })
      if (!result.ok) return result
      this.events.emit('sessionChanged', await this.getSession())
      return ok(result.value)
    })
  }

  annotationBackups(documentId: string, set?: string): Promise<Result<readonly AnnotationBackup[]>> {
    return guard(async () => {
      const annotator = set ?? this.workspace.settings.data.annotator
      if (!annotator) return ok([])
      return annotationBackups(this.workspace, documentId, annotator)
    })
  }

  restoreAnnotationBackup(
    documentId: string,
    backup: string,
    set?: string,
  ): Promise<Result<RestoredDocument>> {
    return guard(async () => {
      const annotator = set ?? this.workspace.settings.data.annotator
      if (!annotator) return err('no-annotator', 'Say who is annotating first (File › Change Annotator…)')
      const restored = await restoreAnnotationBackup(this.workspace, documentId, annotator, backup)
      if (!restored.ok) return restored
      const opened = await this.openDocument(documentId, set)
      return opened.ok ? ok({ ...opened.value, setAsidePath: restored.value.setAsidePath }) : opened
    })
  }

  saveAnnotationsCopy(request: SaveCopyRequest): Promise<Result<SavedCopy | null>> {
    return guard(() => saveAnnotationsCopy(this.workspace, request, this.options.pickCopyFile))
  }

  annotatorsOf(documentId: string | null): Promise<Result<readonly string[]>> {
    return guard(() => review.annotatorsOf(this.workspace, documentId))
  }

  openReview(request: ReviewRequest): Promise<Result<OpenedReview>> {
    return guard(() => review.openReview(this.workspace, request))
  }

  saveCuration(request: SaveCurationRequest): Promise<Result<SaveAck>> {
    return guard(() => review.saveCuration(this.workspace, request))
  }

  agreementReport(request: AgreementRequest): Promise<Result<AgreementReport>> {
    return guard(() =>
      agreementReport(this.workspace, request, (done, total) =>
        this.events.emit('agreementProgress', { done, total }),
      ),
    )
  }

  saveAgreementReport(request: SaveReportRequest): Promise<Result<{ readonly path: string } | null>> {
    return guard(() => saveAgreementReport(this.workspace, request, this.options.pickReportFile))
  }

  chooseWorkspace(): Promise<Result<Session | null>> {
    return guard(async () => {
      const pick = this.options.pickWorkspaceFolder
      if (!pick)
        return err('unsupported', 'Choose the workspace by starting the web host with --workspace DIR')
      const dir = await pick()
      if (!dir) return ok(null)
      const next = await openWorkspaceWithSample(dir)
      await this.flush()
      this.adoptWorkspace(next)
      const session = await this.getSession()
      this.events.emit('sessionChanged', session)
      return ok(session)
    })
  }

  workspaceDamage(): Promise<WorkspaceDamage | null> {
    return Promise.resolve(this.current ? null : this.damage)
  }

  restoreWorkspaceFile(file: WorkspaceFileName, backup: string): Promise<Result<WorkspaceRepaired>> {
    return this.repair(() => repair.restoreWorkspaceFile(this.options.workspaceDir, file, backup))
  }

  startWithDefaultSettings(): Promise<Result<WorkspaceRepaired>> {
    return this.repair(() => repair.setAsideDamagedSettings(this.options.workspaceDir))
  }

  /** Repairs a damaged file of the workspace that did not open (never of an open one), then opens it. */
  private repair(
    run: () => Promise<Result<{ readonly setAsidePath: string | null }>>,
  ): Promise<Result<WorkspaceRepaired>> {
    return guard(async () => {
      if (this.current) return err('not-damaged', 'The workspace is open: its files can be read')
      const repaired = await run()
      if (!repaired.ok) return repaired
      const opened = await openOrFindDamage(this.options.workspaceDir)
      if (!('annotations' in opened)) this.damage = opened
      else {
        this.adoptWorkspace(opened)
        this.events.emit('sessionChanged', await this.getSession())
      }
      return ok({ setAsidePath: repaired.value.setAsidePath, damage: this.damage })
    })
  }

  savePreferences(preferences: Preferences): Promise<Result<Session>> {
    return guard(async () => {
      const { settings } = this.workspace
      settings.data = {
        ...settings.data,
        language: preferences.language,
        textSize: preferences.textSize,
        guideDismissed: preferences.guideDismissed ?? settings.data.guideDismissed,
      }
      await settings.write()
      const session = await this.getSession()
      this.events.emit('sessionChanged', session)
      return ok(session)
    })
  }
}

/** A set whose file is damaged counts as empty in the list, so the window still starts; opening it says why
 * and offers its backups. */
async function annotationCount(store: Workspace['annotations'], meta: DocumentMeta, annotator: string) {
  try {
    return (await store.annotationsOf(meta, annotator)).annotations.length
  } catch (error) {
    if (error instanceof StorageError && error.code === 'corrupt-file') return 0
    throw error
  }
}

/** Storage failures are expected (disk full, corrupt file): they become `Result` errors. */
async function guard<T>(run: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof StorageError) return err(error.code, error.message)
    if (error instanceof ExportSelectionError) return err('bad-selection', error.message)
    if (error instanceof ExportDestinationError) return err('destination-exists', error.message)
    throw error
  }
}
