// The loop every per-file annotation-set reader shares (Parley JSON, W3C): pick its files, read each one,
// collect every problem of every file, refuse the same (document, annotator) twice, all or nothing.
import type { ImportedDocument, ImportProblem, ImportResult, InputFile } from './format'
import { createSetOwners } from './set-owners'

export type FileRead =
  | { readonly ok: true; readonly document: ImportedDocument }
  | { readonly ok: false; readonly problems: ImportProblem[] }

export function readSetFiles(
  files: readonly InputFile[],
  isSetFile: (file: InputFile) => boolean,
  noneFound: string,
  readOne: (file: InputFile) => FileRead,
): ImportResult {
  const setFiles = files.filter(isSetFile)
  if (setFiles.length === 0) return { ok: false, problems: [{ file: '', line: 0, reason: noneFound }] }
  const problems: ImportProblem[] = []
  const documents: ImportedDocument[] = []
  const repeats = createSetOwners()
  for (const file of setFiles) {
    const read = readOne(file)
    if (!read.ok) {
      problems.push(...read.problems)
      continue
    }
    const repeat = repeats(read.document, file.path)
    if (repeat !== null) problems.push({ file: file.path, line: 0, reason: repeat })
    documents.push(read.document)
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, documents }
}
