// "Save a copy as…" (RELIABILITY.md 3): when saves of the open set keep failing for lack of permission (a
// read-only file or folder), the analyst can write the set as the window holds it, unsaved edits included,
// to another file. The edits stay in memory and the save queue keeps retrying: once the permission is back,
// the normal save goes through.
import type { Api, SaveCopyRequest, SavedCopy } from '@shared/ipc/contract'
import type { Result } from '@shared/result'
import type { AnnotationEditing } from '../../state/annotation-editing'
import type { SaveStatus } from '../../state/save-queue'

/** Failures in a row before the copy is offered: a permission refused again on the retry is not passing. */
export const LASTING_FAILURES = 2

/** The service's code for a read-only file or folder (storage-error.ts: EACCES, EPERM, EROFS). */
const PERMISSION_DENIED = 'permission-denied'

/** True when saves of the open, editable set keep failing for lack of permission. */
export function offersSaveCopy(status: SaveStatus, editing: AnnotationEditing | null): boolean {
  if (status.state !== 'failed' || !editing || editing.openSet?.readOnly) return false
  return (
    status.code === PERMISSION_DENIED &&
    (status.attempts ?? 0) >= LASTING_FAILURES &&
    (status.documentId === undefined || status.documentId === editing.document.meta.id)
  )
}

/** The open set as the window holds it, whose set it is, and its document. */
export function copyRequestOf(editing: AnnotationEditing): SaveCopyRequest {
  const { id } = editing.document.meta
  const annotations = editing.state.get().annotations.list
  return editing.openSet
    ? { documentId: id, set: editing.openSet.name, annotations }
    : { documentId: id, annotations }
}

export const saveCopy = (
  api: Pick<Api, 'saveAnnotationsCopy'>,
  editing: AnnotationEditing,
): Promise<Result<SavedCopy | null>> => api.saveAnnotationsCopy(copyRequestOf(editing))
