// `parley import-text FILE… --workspace DIR`: adds texts as documents, as File › Open Text… does (UTF-8,
// UTF-16 with a BOM or Windows-1252; binary and oversized files refused). All or nothing: every file is
// decoded first, and if any is refused nothing is added. Prints each file's document id on stdout, one a
// line in the order given (a text already imported under that name gives its existing id).
import { addDocument } from '../services/workspace/document-store'
import { decodeText, type DecodedText } from '../services/import/decode-text'
import { EXIT_INVALID, EXIT_OK, UsageError, type Command } from './cli-types'
import { readInputFiles } from './read-input-files'
import { openOrCreateWorkspace, WORKSPACE_HELP } from './workspace-option'
import { basename } from 'node:path'

export const importTextCommand: Command = {
  name: 'import-text',
  summary: 'add text files to a workspace as documents; prints their ids',
  help: `Usage: parley import-text FILE… --workspace DIR

Adds each text file (.txt, .md) as a document of the workspace: UTF-8 with or without BOM, UTF-16 with
a BOM, or Windows-1252. The canonical text drops the BOM and uses \\n line endings. If any file is
refused (binary, over 50 MB, undecodable) nothing is added. A new or empty folder becomes a workspace.

Prints the id of each file's document, one per line, in the order given.

Options:
  ${WORKSPACE_HELP}`,
  options: { workspace: 'value' },
  async run(args, io) {
    if (args.positionals.length === 0) throw new UsageError('name at least one text file')
    const cwd = io.cwd ?? process.cwd()
    const files = await readInputFiles(args.positionals, cwd)
    const decoded: { name: string; text: DecodedText }[] = []
    const refused: string[] = []
    for (const file of files) {
      const result = decodeText(file.bytes, basename(file.name))
      if (result.ok) decoded.push({ name: basename(file.name), text: result.value })
      else refused.push(`${file.name}: ${result.error.message}`)
    }
    if (refused.length > 0) {
      io.stderr(`Nothing was imported:\n${refused.join('\n')}\n`)
      return EXIT_INVALID
    }
    const workspace = await openOrCreateWorkspace(args, io)
    for (const { name, text } of decoded) {
      const known = new Set(workspace.documents.keys())
      const meta = await addDocument(workspace.root, name, text, new Date())
      workspace.documents.set(meta.id, meta)
      if (known.has(meta.id)) io.stderr(`${name}: already in the workspace as ${meta.id}\n`)
      io.stdout(`${meta.id}\n`)
    }
    return EXIT_OK
  },
}
