// Gathers what an export serialises from the workspace: the chosen documents (all by default), their
// canonical texts, and the chosen annotators' sets (all by default), in a stable order.
import type { AnnotationSetInput, ExportDocument, ExportInput } from '@shared/formats/format'
import type { Workspace } from '../workspace/workspace'
import { readDocumentText } from '../workspace/document-store'

export interface ExportSelection {
  /** Document ids; null for every document of the workspace. */
  readonly documentIds: readonly string[] | null
  /** Annotator names (`curated` for the gold set); null for every annotator. */
  readonly annotators: readonly string[] | null
}

export async function collectExportInput(
  workspace: Workspace,
  selection: ExportSelection,
  parleyVersion: string,
): Promise<ExportInput> {
  const ids = selection.documentIds ?? [...workspace.documents.keys()]
  const missing = ids.filter((id) => !workspace.documents.has(id))
  if (missing.length > 0) throw new Error(`no such document in ${workspace.root}: ${missing.join(', ')}`)
  const documents: ExportDocument[] = []
  for (const id of [...new Set(ids)].sort()) {
    const meta = workspace.documents.get(id)!
    const sets: AnnotationSetInput[] = (await workspace.annotations.setsOf(meta))
      .filter((s) => !selection.annotators || selection.annotators.includes(s.annotator))
      .map((s) => ({ annotator: s.annotator, annotations: s.annotations }))
    documents.push({ meta, text: await readDocumentText(workspace.root, id), sets })
  }
  return { documents, schema: workspace.tagSchema.data.tagSchema, parleyVersion }
}
