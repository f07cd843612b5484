// What a chosen folder holds for the import, decided before any file is read: hidden files and folders
// (`.git/`, `.DS_Store`) are passed over silently; files of a type Parley does not read are skipped with
// that reason; the rest are imported one at a time, in path order.
import { isHiddenPath, sourceKindOf } from '@shared/text/source-files'

/** A file the import did not add, with the service's reason code (`binary-file`, …) and its words. */
export interface SkippedFile {
  /** The path inside the chosen folder, as the browser gives it (`textes/sous-dossier/a.md`). */
  readonly path: string
  readonly code: string
  /** The services' message (English), shown as a detail; '' when the code says it all. */
  readonly detail: string
}

export interface FolderPlan<F> {
  readonly toImport: readonly { readonly file: F; readonly path: string }[]
  readonly skipped: readonly SkippedFile[]
}

/** `pathOf` gives a file's path inside the chosen folder (`webkitRelativePath` for a browser `File`). */
export function planFolderImport<F>(files: readonly F[], pathOf: (file: F) => string): FolderPlan<F> {
  const toImport: { file: F; path: string }[] = []
  const skipped: SkippedFile[] = []
  const byPath = files.map((file) => ({ file, path: pathOf(file) }))
  byPath.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  for (const entry of byPath) {
    if (isHiddenPath(entry.path)) continue
    if (sourceKindOf(entry.path)) toImport.push(entry)
    else skipped.push({ path: entry.path, code: 'unsupported-type', detail: '' })
  }
  return { toImport, skipped }
}
