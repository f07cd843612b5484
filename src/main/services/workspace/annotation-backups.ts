// The backups of one annotation set, offered to the analyst when its file cannot be read (or when she wants
// an earlier version back): listed newest first with how many annotations each holds, and restored only
// when she asks — the current file is set aside as `<name>.corrupt-<time>`, never deleted.
import { basename } from 'node:path'
import type { AnnotationBackup } from '@shared/ipc/contract'
import { err, ok, type Result } from '@shared/result'
import { parseAnnotationSetFile } from '@shared/storage/stored-files'
import { backupPolicyFor, listBackups } from '../storage/backups'
import { readJsonText } from '../storage/read-json-text'
import { restoreFromBackup } from '../storage/restore-backup'
import { nodeWriterFs } from '../storage/writer-fs'
import { annotationFilePath } from './workspace-paths'
import type { Workspace } from './workspace'

async function backupsOf(workspace: Workspace, documentId: string, annotator: string) {
  const path = annotationFilePath(workspace.root, documentId, annotator)
  const policy = backupPolicyFor(workspace.root, path)
  return { path, backups: await listBackups(policy.dir, policy.stem) }
}

/** Newest first; a backup that no longer parses is listed with `annotations: null`. */
export async function annotationBackups(
  workspace: Workspace,
  documentId: string,
  annotator: string,
): Promise<Result<readonly AnnotationBackup[]>> {
  if (!workspace.documents.has(documentId))
    return err('not-found', `No document ${documentId} in ${workspace.root}`)
  const { backups } = await backupsOf(workspace, documentId, annotator)
  const listed: AnnotationBackup[] = []
  for (const backup of backups) {
    let annotations: number | null = null
    try {
      const bytes = await nodeWriterFs.readBytes(backup.path)
      if (bytes) annotations = readJsonText(backup.path, bytes, parseAnnotationSetFile).annotations.length
    } catch {
      annotations = null
    }
    listed.push({ name: basename(backup.path), savedAt: backup.savedAt.toISOString(), annotations })
  }
  return ok(listed)
}

/** Puts the named backup in place of the set's file; the store then reads it afresh. */
export async function restoreAnnotationBackup(
  workspace: Workspace,
  documentId: string,
  annotator: string,
  name: string,
): Promise<Result<{ readonly setAsidePath: string | null }>> {
  const meta = workspace.documents.get(documentId)
  if (!meta) return err('not-found', `No document ${documentId} in ${workspace.root}`)
  const { path, backups } = await backupsOf(workspace, documentId, annotator)
  const backup = backups.find((b) => basename(b.path) === name)
  if (!backup) return err('not-found', `No backup ${name} of ${path}`)
  await workspace.annotations.idle(meta, annotator)
  const restored = await restoreFromBackup(path, backup.path, parseAnnotationSetFile)
  workspace.annotations.forget(documentId, annotator)
  return ok({ setAsidePath: restored.setAsidePath })
}
