// Reads the texts `parley import-text` names. A file named explicitly is always read, so the import can
// say why it refuses it. A folder stands for the files inside it, recursively and in name order, with the
// folder import's rules: hidden files and folders (`.git/`, `.DS_Store`) are passed over silently, and
// files of another type or over the size limit are skipped unread, each with its reason.
import { readdir, readFile, stat } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { isHiddenPath, sourceKindOf } from '@shared/text/source-files'
import { checkImportSize } from '../services/import/decode-text'
import { unsupportedTypeMessage } from '../services/import/extract-text'
import { InputError } from './cli-types'

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
      files.push({ name: toSlashes(path), bytes: await read(full, path), inFolder: false })
      continue
    }
    for (const inner of await listFolder(full, toSlashes(path).replace(/\/+$/, ''))) {
      const size = checkImportSize(inner.size, inner.name)
      const kind = sourceKindOf(inner.name)
      if (!kind) skipped.push({ name: inner.name, reason: unsupportedTypeMessage(basename(inner.name)) })
      else if (!size.ok) skipped.push({ name: inner.name, reason: size.error.message })
      else files.push({ name: inner.name, bytes: await read(inner.full, inner.name), inFolder: true })
    }
  }
  return { files, skipped }
}

interface FolderEntry {
  readonly full: string
  readonly name: string
  readonly size: number
}

async function listFolder(full: string, shown: string): Promise<FolderEntry[]> {
  const entries = (await readdir(full, { withFileTypes: true }))
    .filter((e) => !isHiddenPath(e.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const found: FolderEntry[] = []
  for (const entry of entries) {
    const innerFull = join(full, entry.name)
    const innerShown = `${shown}/${entry.name}`
    if (entry.isDirectory()) found.push(...(await listFolder(innerFull, innerShown)))
    else if (entry.isFile())
      found.push({ full: innerFull, name: innerShown, size: (await stat(innerFull)).size })
  }
  return found
}

/** Refuses a file over the import limit before reading it whole. */
async function read(full: string, shown: string): Promise<Uint8Array> {
  try {
    const size = checkImportSize((await stat(full)).size, shown)
    if (!size.ok) throw new InputError(size.error.message)
    return new Uint8Array(await readFile(full))
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(`${shown}: cannot be read (${(error as Error).message})`)
  }
}

const toSlashes = (path: string): string => path.replaceAll('\\', '/')
