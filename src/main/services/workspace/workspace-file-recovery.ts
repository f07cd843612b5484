// The way out when `settings.json` or `tag-schema.json` cannot be read at startup (RELIABILITY.md 4): which
// file and where it breaks, the versions Parley kept of it (newest first, whether each still parses), and
// the two repairs the analyst may choose — put a kept version in its place, or (settings only) start with
// the defaults. Either way the damaged file is set aside as `<name>.corrupt-<time>`, never deleted or
// written over; nothing happens until she chooses.
import { unlink } from 'node:fs/promises'
import { basename } from 'node:path'
import type { WorkspaceDamage, WorkspaceFileBackup, WorkspaceFileName } from '@shared/ipc/contract'
import { err, ok, type Result } from '@shared/result'
import { parseSettingsFile, parseTagSchemaFile } from '@shared/storage/stored-files'
import { backupPolicyFor, listBackups } from '../storage/backups'
import { readJsonText, type StoredParser } from '../storage/read-json-text'
import { keepAside, restoreFromBackup } from '../storage/restore-backup'
import { corruptPathFor } from '../storage/side-files'
import { StorageError } from '../storage/storage-error'
import { nodeWriterFs } from '../storage/writer-fs'
import { settingsPath, tagSchemaPath } from './workspace-paths'

const FILES: Record<WorkspaceFileName, { path: (root: string) => string; parse: StoredParser<unknown> }> = {
  'settings.json': { path: settingsPath, parse: parseSettingsFile },
  'tag-schema.json': { path: tagSchemaPath, parse: parseTagSchemaFile },
}

/** Why `path` cannot be read, or null when it reads (or does not exist: the defaults then apply). */
async function unreadable(path: string, parse: StoredParser<unknown>): Promise<StorageError | null> {
  try {
    const bytes = await nodeWriterFs.readBytes(path)
    if (bytes) readJsonText(path, bytes, parse)
    return null
  } catch (error) {
    if (error instanceof StorageError) return error
    throw error
  }
}

async function backupsOf(root: string, file: WorkspaceFileName) {
  const { dir, stem } = backupPolicyFor(root, FILES[file].path(root))
  return listBackups(dir, stem)
}

/** The first of the two files that cannot be read, with its kept versions; null when both read. */
export async function findWorkspaceDamage(root: string): Promise<WorkspaceDamage | null> {
  for (const file of Object.keys(FILES) as WorkspaceFileName[]) {
    const { path, parse } = { path: FILES[file].path(root), parse: FILES[file].parse }
    const error = await unreadable(path, parse)
    if (!error) continue
    const where = new RegExp(`^${escapeRegExp(path)}:(\\d+):(\\d+)`).exec(error.message)
    const backups: WorkspaceFileBackup[] = []
    for (const backup of await backupsOf(root, file))
      backups.push({
        name: basename(backup.path),
        savedAt: backup.savedAt.toISOString(),
        readable: (await unreadable(backup.path, parse)) === null,
      })
    return {
      file,
      path,
      line: where ? Number(where[1]) : null,
      column: where ? Number(where[2]) : null,
      message: error.message,
      backups,
    }
  }
  return null
}

/** Puts the named kept version in place of the file; the replaced file is kept as `<name>.corrupt-<time>`. */
export async function restoreWorkspaceFile(
  root: string,
  file: WorkspaceFileName,
  name: string,
  now = new Date(),
): Promise<Result<{ readonly setAsidePath: string | null }>> {
  const path = FILES[file].path(root)
  const backup = (await backupsOf(root, file)).find((b) => basename(b.path) === name)
  if (!backup) return err('not-found', `No kept version ${name} of ${path}`)
  const restored = await restoreFromBackup(path, backup.path, FILES[file].parse, now)
  return ok({ setAsidePath: restored.setAsidePath })
}

/** Moves a damaged settings.json aside (never a readable one), so that the workspace opens with defaults. */
export async function setAsideDamagedSettings(
  root: string,
  now = new Date(),
): Promise<Result<{ readonly setAsidePath: string | null }>> {
  const path = settingsPath(root)
  if (!(await unreadable(path, parseSettingsFile)))
    return err('not-damaged', `${path} can be read; Parley leaves it as it is`)
  const aside = await keepAside(path, corruptPathFor(path, now))
  if (aside) await unlink(path)
  return ok({ setAsidePath: aside })
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
