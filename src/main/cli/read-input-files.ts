// Reads the files a command names. A folder stands for the files inside it, recursively and in name
// order, keeping only those an annotation import reads (annotation files, their texts, brat
// configurations) and skipping hidden files and an export's manifest.json; a file named explicitly is
// always passed on, so the import can say why it does not read it. Names keep the path as given (with
// `/`), so brat's `<doc>.<annotator>/` folders and `text.txt` beside a file are found as in the export.
import { readdir, readFile, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { formatForFile } from '@shared/formats/registry'
import { checkImportSize } from '../services/import/decode-text'
import { InputError } from './cli-types'

export interface NamedBytes {
  readonly name: string
  readonly bytes: Uint8Array
}

const isImportable = (name: string): boolean =>
  name !== 'manifest.json' && (formatForFile(name) !== null || /\.(txt|conf)$/i.test(name))

export async function readInputFiles(paths: readonly string[], cwd: string): Promise<NamedBytes[]> {
  const files: NamedBytes[] = []
  for (const path of paths) {
    const full = resolve(cwd, path)
    const found = await stat(full).catch(() => null)
    if (!found) throw new InputError(`${path}: no such file or folder`)
    if (found.isDirectory())
      for (const inner of await listFolder(full, path))
        files.push({ name: inner.name, bytes: await read(inner.full, inner.name) })
    else files.push({ name: toSlashes(path), bytes: await read(full, path) })
  }
  return files
}

async function listFolder(full: string, shown: string): Promise<{ full: string; name: string }[]> {
  const entries = (await readdir(full, { withFileTypes: true }))
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const found: { full: string; name: string }[] = []
  for (const entry of entries) {
    const innerFull = join(full, entry.name)
    const innerShown = `${toSlashes(shown).replace(/\/+$/, '')}/${entry.name}`
    if (entry.isDirectory()) found.push(...(await listFolder(innerFull, innerShown)))
    else if (entry.isFile() && isImportable(entry.name)) found.push({ full: innerFull, name: innerShown })
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
