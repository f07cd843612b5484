// Reads the texts `parley import-text` names. A file named explicitly is always read, so the import can
// say why it refuses it. A folder stands for the files inside it, recursively and in name order, with the
// folder import's rules: hidden files and folders (`.git/`, `.DS_Store`) are passed over silently, and
// files of another type or over the size limit are skipped unread, each with its reason.
import { stat } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { sourceKindOf } from '@shared/text/source-files'
import { checkImportSize } from '../services/import/decode-text'
import { unsupportedTypeMessage } from '../services/import/extract-text'
import { InputError } from './cli-types'
import { filesInFolder, readInputBytes, toSlashes } from './folder-files'

export interface SourceFile {
  /** The path as given, or below a given folder (with `/`). */
  readonly name: string
  readonly bytes: Uint8Array
  /** True when the file was found in a folder: a refusal then skips it instead of stopping the import. */
  readonly inFolder: boolean
}

export interface SkippedFile {
  readonly name: string
  readonly reason: string
}

export async function readSourceFiles(
  paths: readonly string[],
  cwd: string,
): Promise<{ files: SourceFile[]; skipped: SkippedFile[] }> {
  const files: SourceFile[] = []
  const skipped: SkippedFile[] = []
  for (const path of paths) {
    const full = resolve(cwd, path)
    const found = await stat(full).catch(() => null)
    if (!found) throw new InputError(`${path}: no such file or folder`)
    if (!found.isDirectory()) {
      files.push({ name: toSlashes(path), bytes: await readInputBytes(full, path), inFolder: false })
      continue
    }
    for (const inner of await filesInFolder(full, path)) {
      const size = checkImportSize((await stat(inner.full)).size, inner.name)
      const kind = sourceKindOf(inner.name)
      if (!kind) skipped.push({ name: inner.name, reason: unsupportedTypeMessage(basename(inner.name)) })
      else if (!size.ok) skipped.push({ name: inner.name, reason: size.error.message })
      else
        files.push({ name: inner.name, bytes: await readInputBytes(inner.full, inner.name), inFolder: true })
    }
  }
  return { files, skipped }
}
