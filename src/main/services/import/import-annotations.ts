// Imports colleagues' annotation files into the workspace, all or nothing: Parley JSON, JSONL (doccano),
// brat and W3C Web Annotation files are read with the corpus formats (import-annotations-read.ts), then
// planned (import-annotations-plan.ts): matched to workspace documents by text, re-anchored where the text
// changed, labels checked against the tag schema, and checked as a save is. Any problem in any file
// refuses everything, each at file:line with its reason, and the workspace is left byte for byte as it
// was. Only then are the texts no document holds added as documents and each set merged by annotation id
// into that annotator's set. Spans that could not be re-anchored are listed in the summary, never shifted.
import type { ImportProblem } from '@shared/formats/format'
import { ok, type AppError, type Result } from '@shared/result'
import type { Workspace } from '../workspace/workspace'
import { addDocument } from '../workspace/document-store'
import type { AnnotationFileBytes } from './import-annotations-decode'
import type { LabelMap } from './import-annotations-labels'
import { planImport, UNATTRIBUTED, type NotAnchored, type PlannedSet } from './import-annotations-plan'
import { describeProblem, locationOf, readAnnotationFiles, sortProblems } from './import-annotations-read'
import { workspaceTexts } from './import-annotations-texts'
import type { NewDocument } from './import-annotations-target'
import type { DocumentMeta } from '@shared/model/document'

export interface ImportOptions {
  /** Whose annotations these are, when a file does not say. */
  readonly annotator?: string
  /** Renames labels before they are checked against the tag schema: `{ ORG: 'ENTITY:ORGANIZATION' }`. */
  readonly labelMap?: LabelMap
  /** The time given to annotations that carry none (doccano, brat). */
  readonly now?: Date
}

export interface ImportedSet {
  readonly file: string
  readonly documentId: string
  readonly annotator: string
  readonly annotations: number
  readonly moved: number
  readonly notAnchored: readonly NotAnchored[]
}

export interface ImportSummary {
  /** Documents that received annotations or were created. */
  readonly documents: number
  /** Annotations written (added or replaced by id). */
  readonly annotations: number
  readonly annotators: readonly string[]
  /** Spans that could not be re-anchored in a changed text, as `file:line: annotation ID « quote »: why`. */
  readonly notAnchored: readonly string[]
  /** Ids of the documents made from texts the workspace did not hold. */
  readonly createdDocuments: readonly string[]
  readonly sets: readonly ImportedSet[]
}

export interface ImportRefused extends AppError {
  readonly problems: readonly ImportProblem[]
}

export async function importAnnotationFiles(
  workspace: Workspace,
  files: readonly AnnotationFileBytes[],
  options: ImportOptions = {},
): Promise<Result<ImportSummary, ImportRefused>> {
  const now = (options.now ?? new Date()).toISOString()
  const textOf = workspaceTexts(workspace)
  const read = readAnnotationFiles(files, { textOf, now, defaultAnnotator: UNATTRIBUTED })
  const annotator = options.annotator?.trim() ? options.annotator.trim() : null
  const plan = await planImport(workspace, read.units, {
    annotator,
    labelMap: options.labelMap ?? {},
    now,
    textOf,
    schema: workspace.tagSchema.data.tagSchema,
  })
  // The files that could be read are planned too, so one refusal lists every problem of the batch.
  if (read.problems.length > 0 || !plan.ok)
    return refused([...read.problems, ...(plan.ok ? [] : plan.problems)])
  return ok(await write(workspace, plan.sets, options.now ?? new Date()))
}

async function write(workspace: Workspace, sets: readonly PlannedSet[], now: Date): Promise<ImportSummary> {
  const created = new Map<NewDocument, DocumentMeta>()
  const written: ImportedSet[] = []
  for (const set of sets) {
    let meta = set.target.kind === 'existing' ? set.target.meta : created.get(set.target.document)
    if (!meta && set.target.kind === 'new') {
      const { fileName, decoded } = set.target.document
      meta = await addDocument(workspace.root, fileName, decoded, now)
      workspace.documents.set(meta.id, meta)
      created.set(set.target.document, meta)
    }
    if (!meta) continue
    if (set.annotations.length > 0) {
      const changes = set.annotations.map((annotation) => ({ op: 'put' as const, annotation }))
      const applied = await workspace.annotations.apply(meta, set.annotator, changes)
      // The plan ran the same checks; failing now means the workspace changed meanwhile.
      if (!applied.ok) throw new Error(`${set.file}: ${applied.error.message} (nothing more was imported)`)
    }
    written.push({
      file: set.file,
      documentId: meta.id,
      annotator: set.annotator,
      annotations: set.annotations.length,
      moved: set.moved.length,
      notAnchored: set.notAnchored,
    })
  }
  return summarise(
    written,
    [...created.values()].map((m) => m.id),
  )
}

function summarise(sets: readonly ImportedSet[], createdDocuments: readonly string[]): ImportSummary {
  return {
    documents: new Set([...sets.map((s) => s.documentId), ...createdDocuments]).size,
    annotations: sets.reduce((n, s) => n + s.annotations, 0),
    annotators: [...new Set(sets.map((s) => s.annotator))].sort(),
    notAnchored: sets.flatMap((s) =>
      s.notAnchored.map(
        (n) =>
          `${locationOf(n)}: annotation ${n.annotationId} « ${n.quote} » (${s.documentId}, ${s.annotator}): ${n.reason}`,
      ),
    ),
    createdDocuments,
    sets,
  }
}

function refused(problems: readonly ImportProblem[]): { ok: false; error: ImportRefused } {
  const sorted = sortProblems(problems)
  const message = [
    `Nothing was imported: ${sorted.length} problem${sorted.length === 1 ? '' : 's'}`,
    ...sorted.map(describeProblem),
  ].join('\n')
  return { ok: false, error: { code: 'invalid-import', message, problems: sorted } }
}
