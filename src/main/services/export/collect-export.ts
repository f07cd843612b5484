// Gathers what an export serialises from the workspace: the chosen documents (all by default), their
// canonical texts, and the chosen annotators' sets (all by default; `curated` is the reviewed gold set), in
// a stable order. A selection naming a document or an annotator the workspace does not have is refused
// rather than silently giving a smaller corpus.
import { CURATED } from '@shared/review/review-types'
import type { AnnotationSetInput, ExportDocument, ExportInput } from '@shared/formats/format'
import { byCodeUnits } from '@shared/formats/export-order'
import type { Workspace } from '../workspace/workspace'
import { readDocumentText } from '../workspace/document-store'

/** The annotator name of the reviewed gold set (created by the review). */
/** The curated set's name, as the review writes it. */
export const CURATED_ANNOTATOR = CURATED

export interface ExportSelection {
  /** Document ids; null for every document of the workspace. */
  readonly documentIds: readonly string[] | null
  /** Annotator names (`curated` for the gold set); null for every annotator. */
  readonly annotators: readonly string[] | null
}

/** A selection that names what is not there: the message says which and where. */
export class ExportSelectionError extends Error {
  readonly code = 'bad-selection'
}

export async function collectExportInput(
  workspace: Workspace,
  selection: ExportSelection,
  parleyVersion: string,
): Promise<ExportInput> {
  const ids = [...new Set(selection.documentIds ?? workspace.documents.keys())].sort(byCodeUnits)
  const missing = ids.filter((id) => !workspace.documents.has(id))
  if (missing.length > 0)
    throw new ExportSelectionError(`no document ${missing.join(', ')} in ${workspace.root}`)
  const wanted = selection.annotators === null ? null : new Set(selection.annotators)
  const documents: ExportDocument[] = []
  const found = new Set<string>()
  for (const id of ids) {
    const meta = workspace.documents.get(id)!
    const sets: AnnotationSetInput[] = (await workspace.annotations.setsOf(meta))
      .filter((s) => wanted === null || wanted.has(s.annotator))
      .map((s) => ({ annotator: s.annotator, annotations: s.annotations }))
    for (const set of sets) found.add(set.annotator)
    documents.push({ meta, text: await readDocumentText(workspace.root, id), sets })
  }
  const absent = [...(wanted ?? [])].filter((name) => !found.has(name)).sort(byCodeUnits)
  if (absent.length > 0)
    throw new ExportSelectionError(
      absent
        .map((name) => `no annotation set by ${describeAnnotator(name)} in the chosen documents`)
        .join('; '),
    )
  return { documents, schema: workspace.tagSchema.data.tagSchema, parleyVersion }
}

const describeAnnotator = (name: string): string =>
  name === CURATED_ANNOTATOR ? `${name} (the curated set is made by the review)` : name
