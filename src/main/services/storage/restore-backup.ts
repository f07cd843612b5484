// Restoring a stored file from one of its backups, when the analyst chooses to (never automatically):
// the backup must parse, the current file (corrupt, or simply unwanted) is kept aside as
// `<name>.corrupt-<time>`, and the backup's bytes are written in its place atomically.
import { constants, copyFile, link } from 'node:fs/promises'
import { readJsonText, type StoredParser } from './read-json-text'
import { corruptPathFor } from './side-files'
import { errnoOf, StorageError } from './storage-error'
import { writeFileAtomically } from './write-file-atomically'
import { nodeWriterFs } from './writer-fs'

export interface RestoredFile<T> {
  readonly data: T
  /** Where the replaced file was kept, or null when there was none. */
  readonly setAsidePath: string | null
}

export async function restoreFromBackup<T>(
  path: string,
  backupPath: string,
  parse: StoredParser<T>,
  now: Date = new Date(),
): Promise<RestoredFile<T>> {
  const bytes = await nodeWriterFs.readBytes(backupPath)
  if (!bytes) throw new StorageError('read-failed', backupPath, `The backup ${backupPath} no longer exists`)
  const data = readJsonText(backupPath, bytes, parse)
  const setAsidePath = await keepAside(path, corruptPathFor(path, now))
  await writeFileAtomically(path, bytes.toString('utf8'))
  return { data, setAsidePath }
}

/** Keeps the current file's bytes under `aside`; null when there is no current file. */
export async function keepAside(path: string, aside: string): Promise<string | null> {
  try {
    // A hard link keeps the bytes under the new name without copying them.
    await link(path, aside)
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return null
    if (errnoOf(error) === 'EEXIST') throw error
    await copyFile(path, aside, constants.COPYFILE_EXCL) // file systems without hard links
  }
  return aside
}
