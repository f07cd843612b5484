// What an agreement report reads, document by document, so the app's service and `parley agreement` read
// alike: the chosen documents (all of the workspace by default, in code-unit order of their ids), each with
// its canonical text and the chosen annotators' sets as the annotation store has them (an annotator with
// no set in a document marked nothing there). One document at a time, so a caller can report progress
// and a whole workspace is never held in memory at once.
import { readdir } from 'node:fs/promises'
import type { AgreementRequest } from '@shared/ipc/contract'
import type { Annotation } from '@shared/model/annotation'
import type { AgreementDocument } from '@shared/review/agreement-tally'
import { readDocumentText } from '../workspace/document-store'
import { annotationsDir, annotatorFileStem } from '../workspace/workspace-paths'
import type { Workspace } from '../workspace/workspace'

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** The ids of the documents a request covers, in the order they are read (unknown ids are kept). */
export const agreementDocumentIds = (workspace: Workspace, request: AgreementRequest): string[] =>
  [...new Set(request.documentIds ?? workspace.documents.keys())].sort(byCodeUnits)

export async function* agreementDocuments(
  workspace: Workspace,
  request: AgreementRequest,
): AsyncGenerator<AgreementDocument> {
  const chosen = new Set(request.annotators)
  for (const id of agreementDocumentIds(workspace, request)) {
    const meta = workspace.documents.get(id)
    if (!meta) throw new RangeError(`no document ${id} in ${workspace.root}`)
    const sets = new Map<string, readonly Annotation[]>()
    for (const set of await workspace.annotations.setsOf(meta))
      if (chosen.has(set.annotator)) sets.set(set.annotator, set.annotations)
    yield { id, text: await readDocumentText(workspace.root, id), sets }
  }
}

/**
 * The chosen annotators with no set in any of the request's documents (by the set's file name, without
 * reading the sets), so a misspelt name is reported before anything is computed.
 */
export async function annotatorsWithoutSets(
  workspace: Workspace,
  request: AgreementRequest,
): Promise<string[]> {
  const missing = new Set(request.annotators)
  for (const id of agreementDocumentIds(workspace, request)) {
    if (missing.size === 0) break
    const files = new Set(await readdir(annotationsDir(workspace.root, id)).catch(() => []))
    for (const name of missing) if (files.has(`${annotatorFileStem(name)}.json`)) missing.delete(name)
  }
  return [...missing]
}

/** Every annotator with a set in the request's documents, in code-unit order (reads the sets). */
export async function annotatorsIn(workspace: Workspace, request: AgreementRequest): Promise<string[]> {
  const names = new Set<string>()
  for (const id of agreementDocumentIds(workspace, request)) {
    const meta = workspace.documents.get(id)
    if (meta) for (const set of await workspace.annotations.setsOf(meta)) names.add(set.annotator)
  }
  return [...names].sort(byCodeUnits)
}
