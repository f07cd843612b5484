// Which files Parley reads texts from, by extension: plain text, Markdown, Word (.docx) and web pages.
// One list, shared by the file picker, the folder import, the services and the command line, so they all
// accept and skip the same files. Hidden files and folders (`.git/`, `.DS_Store`) are never texts.
import type { SourceKind } from '../model/document'

/** Each extension Parley imports (lower case, with the dot) and the kind of source it is. */
export const SOURCE_EXTENSIONS: Readonly<Record<string, SourceKind>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
}

/** The extensions as a file input's `accept` list and as words: `.txt, .text, … and .htm`. */
export const SOURCE_ACCEPT = Object.keys(SOURCE_EXTENSIONS).join(',')
export const SOURCE_EXTENSION_LIST = Object.keys(SOURCE_EXTENSIONS)
  .join(', ')
  .replace(/, ([^,]*)$/, ' and $1')

/** `.docx` for `Rapport.DOCX`; '' when the name has no extension (`README`, `.bashrc`). */
export function extensionOf(fileName: string): string {
  const base = fileName.slice(fileName.replace(/\\/g, '/').lastIndexOf('/') + 1)
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot).toLowerCase() : ''
}

export function sourceKindOf(fileName: string): SourceKind | null {
  return SOURCE_EXTENSIONS[extensionOf(fileName)] ?? null
}

/** True when a segment of a relative path (`notes/.git/HEAD`, `.DS_Store`) starts with a dot. */
export function isHiddenPath(path: string): boolean {
  return path.split(/[\\/]/).some((segment) => segment.startsWith('.') && segment !== '.' && segment !== '..')
}

/** A document's title from its file name: the name without a source extension. */
export function titleFromFileName(fileName: string): string {
  const extension = extensionOf(fileName)
  return extension && SOURCE_EXTENSIONS[extension] ? fileName.slice(0, -extension.length) : fileName
}
