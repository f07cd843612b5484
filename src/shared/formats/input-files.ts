// Paths of the files an import receives (`/`-separated, relative to what the analyst chose; a `\` from
// Windows is read as `/`), and how a format finds the canonical text shipped beside an annotation file.
import type { ImportContext, InputFile } from './format'

export const normalizePath = (path: string): string => path.replaceAll('\\', '/')

/** `cn-kz/aicha.json` → `cn-kz`; `aicha.json` → ``. */
export function folderOf(path: string): string {
  const normal = normalizePath(path)
  const slash = normal.lastIndexOf('/')
  return slash === -1 ? '' : normal.slice(0, slash)
}

/** `cn-kz/aicha.json` → `aicha`. */
export function stemOf(path: string): string {
  const normal = normalizePath(path)
  const name = normal.slice(normal.lastIndexOf('/') + 1)
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(0, dot) : name
}

/** The path of `name` in the same folder as `path`. */
export function besidePath(path: string, name: string): string {
  const folder = folderOf(path)
  return folder ? `${folder}/${name}` : name
}

/** The text a file's offsets refer to: `text.txt` beside it, else the workspace's text of that document. */
export function textFor(
  files: readonly InputFile[],
  path: string,
  documentName: string,
  context: ImportContext,
): string | null {
  const beside = besidePath(path, 'text.txt')
  const shipped = files.find((file) => normalizePath(file.path) === beside)
  return shipped ? shipped.content : context.textOf(documentName)
}
