// "Save a copy as…": when the set's own file cannot be written (a read-only file or folder, RELIABILITY.md 3),
// the analyst keeps her work by writing the set as the window holds it, unsaved edits included, to a file
// she picks (the web host: `<workspace>/exports/`). The annotations are checked as a save checks them, the
// copy is a Parley annotation file that parses, and it is written durably. The set's own file and the
// save queue are left alone: the normal save goes on once the permission is back.
import { mkdir } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import type { SaveCopyRequest, SavedCopy } from '@shared/ipc/contract'
import { err, ok, type Result } from '@shared/result'
import { stableStringify } from '@shared/storage/stable-json'
import {
  parseAnnotationSetFile,
  STORED_SCHEMA_VERSION,
  type AnnotationSetFile,
} from '@shared/storage/stored-files'
import { createOffsetIndex } from '@shared/text/offsets'
import { fileTimestamp } from '../storage/side-files'
import { describeWriteError } from '../storage/storage-error'
import { writeFileAtomically } from '../storage/write-file-atomically'
import { checkChanges } from './check-changes'
import { readDocumentText } from './document-store'
import { annotationFilePath, annotatorFileStem } from './workspace-paths'
import type { Workspace } from './workspace'

/** Asks where to write the copy (a native dialog on the desktop); null when the analyst cancels. */
export type PickCopyFile = (suggestedName: string) => Promise<string | null>

/** `<doc>-<annotator>-copy-<time>.json`, safe in a file name on every system. */
export const copyFileName = (documentId: string, annotator: string, at: Date): string =>
  `${documentId}-${annotatorFileStem(annotator)}-copy-${fileTimestamp(at)}.json`

export async function saveAnnotationsCopy(
  workspace: Workspace,
  request: SaveCopyRequest,
  pickFile?: PickCopyFile,
  now: Date = new Date(),
): Promise<Result<SavedCopy | null>> {
  const annotator = request.set ?? workspace.settings.data.annotator
  if (!annotator) return err('no-annotator', 'Say who is annotating first (File › Change Annotator…)')
  const meta = workspace.documents.get(request.documentId)
  if (!meta) return err('not-found', `No document ${request.documentId} in ${workspace.root}`)
  const text = await readDocumentText(workspace.root, meta.id)
  const puts = request.annotations.map((annotation) => ({ op: 'put' as const, annotation }))
  const checked = checkChanges(text, createOffsetIndex(text), [], puts)
  if (!checked.ok) return checked
  const copy: AnnotationSetFile = {
    schemaVersion: STORED_SCHEMA_VERSION,
    documentId: meta.id,
    annotator,
    textSha256: meta.textSha256,
    tagSchemaVersion: workspace.tagSchema.data.tagSchema.version,
    annotations: checked.value,
  }
  const content = stableStringify(copy)
  const reread = parseAnnotationSetFile(JSON.parse(content))
  if (!reread.ok)
    return err(
      'invalid-annotations',
      `The copy would not be a valid annotation file: ${reread.error.message}`,
    )

  const name = copyFileName(meta.id, annotator, now)
  const path = pickFile ? await pickFile(name) : join(workspace.root, 'exports', name)
  if (!path) return ok(null)
  const own = annotationFilePath(workspace.root, meta.id, annotator)
  if (resolve(path) === resolve(own))
    return err('same-file', `${path} is the set's own file, which cannot be written: choose another file`)
  await mkdir(dirname(path), { recursive: true }).catch((error: unknown) => {
    throw describeWriteError(error, path)
  })
  await writeFileAtomically(path, content)
  return ok({ path, annotations: checked.value.length })
}
