// `parley import-text FILE|FOLDER… --workspace DIR`: adds texts as documents, as File › Open Text… and
// Import Folder… do, through the same extraction (.txt, .md, .docx, .html; binary, empty and oversized
// files refused). Files named explicitly are all or nothing: each is extracted first, and if any is
// refused nothing is added. A folder is read recursively; its hidden files are passed over, and its files
// Parley cannot import are skipped and listed on stderr with the reason. Prints each imported document's
// id on stdout, one a line in the order read (a text already imported under that name gives its id).
import { addDocument } from '../services/workspace/document-store'
import type { DecodedText } from '../services/import/decode-text'
import { extractText } from '../services/import/extract-text'
import { SOURCE_EXTENSION_LIST } from '@shared/text/source-files'
import { EXIT_INVALID, EXIT_OK, UsageError, type Command } from './cli-types'
import { readSourceFiles, type SkippedFile } from './read-source-files'
import { openOrCreateWorkspace, WORKSPACE_HELP } from './workspace-option'
import { basename } from 'node:path'

export const importTextCommand: Command = {
  name: 'import-text',
  summary: 'add text files to a workspace as documents; prints their ids',
  help: `Usage: parley import-text FILE|FOLDER… --workspace DIR

Adds each text file as a document of the workspace: ${SOURCE_EXTENSION_LIST}. Plain text
is read as UTF-8 with or without BOM, UTF-16 with a BOM, or Windows-1252; Word documents, web pages and
Markdown give their text without markup. The canonical text drops the BOM and uses \\n line endings. If
any file named is refused (binary, empty, over 50 MB, undecodable, corrupt, no text) nothing is added.
A folder is read with its subfolders: hidden files are passed over, and files that cannot be imported
are skipped and listed on stderr with the reason. A new or empty folder becomes a workspace.

Prints the id of each imported document, one per line, in the order read.

Options:
  ${WORKSPACE_HELP}`,
  options: { workspace: 'value' },
  async run(args, io) {
    if (args.positionals.length === 0) throw new UsageError('name at least one text file or folder')
    const cwd = io.cwd ?? process.cwd()
    const { files, skipped } = await readSourceFiles(args.positionals, cwd)
    const extracted: { name: string; text: DecodedText }[] = []
    const refused: string[] = []
    for (const file of files) {
      const result = await extractText(file.bytes, basename(file.name))
      if (result.ok) extracted.push({ name: basename(file.name), text: result.value })
      else if (file.inFolder) skipped.push({ name: file.name, reason: result.error.message })
      else refused.push(`${file.name}: ${result.error.message}`)
    }
    if (refused.length > 0) {
      io.stderr(`Nothing was imported:\n${refused.join('\n')}\n`)
      return EXIT_INVALID
    }
    if (extracted.length === 0) {
      const summary = skipped.length > 0 ? skippedSummary(skipped) : ''
      io.stderr(`Nothing was imported: no text Parley can import was found.\n${summary}`)
      return EXIT_INVALID
    }
    const workspace = await openOrCreateWorkspace(args, io)
    for (const { name, text } of extracted) {
      const known = new Set(workspace.documents.keys())
      const meta = await addDocument(workspace.root, name, text, new Date())
      workspace.documents.set(meta.id, meta)
      if (known.has(meta.id)) io.stderr(`${name}: already in the workspace as ${meta.id}\n`)
      io.stdout(`${meta.id}\n`)
    }
    if (skipped.length > 0) io.stderr(skippedSummary(skipped))
    return EXIT_OK
  },
}

function skippedSummary(skipped: readonly SkippedFile[]): string {
  const byName = [...skipped].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const lines = byName.map((s) => `  ${s.name}: ${s.reason}\n`).join('')
  return `Skipped ${skipped.length} file${skipped.length === 1 ? '' : 's'}:\n${lines}`
}
