// Reads the files a command names. A folder stands for the files inside it, recursively and in name
// order, keeping only those an annotation import reads (annotation files, their texts, brat
// configurations) and skipping hidden files and an export's manifest.json; a file named explicitly is
// always passed on, so the import can say why it does not read it. Names keep the path as given (with
// `/`), so brat's `<doc>.<annotator>/` folders and `text.txt` beside a file are found as in the export.
import { stat } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { formatForFile } from '@shared/formats/registry'
import { InputError } from './cli-types'
import { filesInFolder, readInputBytes, toSlashes } from './folder-files'

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
      for (const inner of await filesInFolder(full, path)) {
        if (isImportable(basename(inner.full)))
          files.push({ name: inner.name, bytes: await readInputBytes(inner.full, inner.name) })
      }
    else files.push({ name: toSlashes(path), bytes: await readInputBytes(full, path) })
  }
  return files
}
