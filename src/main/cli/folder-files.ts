// What the importing commands share when they read the paths they are given: a folder's files, recursively
// and in name order, hidden files and folders (`.git/`, `.DS_Store`) passed over; a file's bytes, refused
// over the import limit before it is read whole; names with `/` whatever the platform.
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { checkImportSize } from '../services/import/decode-text'
import { InputError } from './cli-types'

export interface FolderFile {
  /** The path on disk. */
  readonly full: string
  /** The path as shown to the analyst: the folder as given, then `/name`. */
  readonly name: string
}

export const toSlashes = (path: string): string => path.replaceAll('\\', '/')

const isHidden = (name: string): boolean => name.startsWith('.')

/** Every file below `full`, named below `shown`, in name order. */
export async function filesInFolder(full: string, shown: string): Promise<FolderFile[]> {
  const entries = (await readdir(full, { withFileTypes: true }))
    .filter((e) => !isHidden(e.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const found: FolderFile[] = []
  const base = toSlashes(shown).replace(/\/+$/, '')
  for (const entry of entries) {
    const innerFull = join(full, entry.name)
    const innerShown = `${base}/${entry.name}`
    if (entry.isDirectory()) found.push(...(await filesInFolder(innerFull, innerShown)))
    else if (entry.isFile()) found.push({ full: innerFull, name: innerShown })
  }
  return found
}

/** Refuses a file over the import limit before reading it whole. */
export async function readInputBytes(full: string, shown: string): Promise<Uint8Array> {
  try {
    const size = checkImportSize((await stat(full)).size, shown)
    if (!size.ok) throw new InputError(size.error.message)
    return new Uint8Array(await readFile(full))
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(`${shown}: cannot be read (${(error as Error).message})`)
  }
}
