// The review half of the services: which annotators have sets, opening a document for review (the chosen
// sets, the curated set and its decisions), saving curation, and agreement reports. Called by
// ParleyServices (open-services.ts) for every host; free of Electron.
import type { DocumentMeta } from '@shared/model/document'
import type { OpenedReview, ReviewRequest, SaveAck, SaveCurationRequest } from '@shared/ipc/contract'
import { err, ok, type Result } from '@shared/result'
import { CURATED } from '@shared/review/review-types'
import { readDocumentText } from '../workspace/document-store'
import type { Workspace } from '../workspace/workspace'

const byName = (a: string, b: string): number => a.localeCompare(b)

function documentOf(workspace: Workspace, documentId: string): Result<DocumentMeta> {
  const meta = workspace.documents.get(documentId)
  return meta ? ok(meta) : err('not-found', `No document ${documentId} in ${workspace.root}`)
}

/** The annotators with a set for one document, or for any document of the workspace; never `curated`. */
export async function annotatorsOf(
  workspace: Workspace,
  documentId: string | null,
): Promise<Result<readonly string[]>> {
  let documents = [...workspace.documents.values()]
  if (documentId !== null) {
    const meta = documentOf(workspace, documentId)
    if (!meta.ok) return meta
    documents = [meta.value]
  }
  const names = new Set<string>()
  for (const document of documents)
    for (const set of await workspace.annotations.setsOf(document))
      if (set.annotator !== CURATED) names.add(set.annotator)
  return ok([...names].sort(byName))
}

export async function openReview(
  workspace: Workspace,
  request: ReviewRequest,
): Promise<Result<OpenedReview>> {
  const meta = documentOf(workspace, request.documentId)
  if (!meta.ok) return meta
  if (request.annotators.includes(CURATED))
    return err('bad-request', 'The curated set is what the review makes: compare the annotators’ own sets')
  const sets = await workspace.annotations.setsOf(meta.value)
  const chosen = []
  for (const annotator of request.annotators) {
    const set = sets.find((s) => s.annotator === annotator)
    if (!set) {
      const known = sets.map((s) => s.annotator).filter((a) => a !== CURATED)
      return err(
        'not-found',
        `${annotator} has no annotations for ${meta.value.title}; annotators here: ${known.join(', ') || 'none'}`,
      )
    }
    chosen.push({ annotator, annotations: set.annotations })
  }
  const curated = await workspace.annotations.annotationsOf(meta.value, CURATED)
  return ok({
    meta: meta.value,
    text: await readDocumentText(workspace.root, meta.value.id),
    sets: chosen,
    curated: curated.annotations,
    decisions: await workspace.curation.decisionsOf(meta.value.id),
  })
}

/** The curated set's changes first (they are checked against the text), then the decision log. */
export async function saveCuration(
  workspace: Workspace,
  request: SaveCurationRequest,
): Promise<Result<SaveAck>> {
  const meta = documentOf(workspace, request.documentId)
  if (!meta.ok) return meta
  const applied = await workspace.annotations.apply(meta.value, CURATED, request.changes)
  if (!applied.ok) return applied
  await workspace.curation.apply(meta.value.id, request.decisions)
  return ok({ count: applied.value, savedAt: new Date().toISOString() })
}
