// `parley validate FILE|FOLDER… [--text FILE]…`: checks annotation files of any format Parley imports with
// the same readers as the import, without a workspace: UTF-8, syntax, shapes, offsets within the text and
// span texts that match it. The text is the one shipped beside a file (`text.txt`, brat's `NAME.txt`),
// else one given with --text (matched by file name, or the only one given). Exit 1 with file:line reasons.
import { basename } from 'node:path'
import { stemOf } from '@shared/formats/input-files'
import { decodeText } from '../services/import/decode-text'
import { describeProblem, readAnnotationFiles } from '../services/import/import-annotations-read'
import { EXIT_INVALID, EXIT_OK, InputError, UsageError, type Command } from './cli-types'
import { readInputFiles } from './read-input-files'

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check annotation files of any supported format; exit 1 with file:line reasons',
  help: `Usage: parley validate FILE|FOLDER… [--text FILE]…

Checks annotation files as the import reads them: .json (Parley), .jsonl (JSONL, doccano), .ann with
its .txt (brat), .jsonld (W3C Web Annotation). A folder stands for the files in it (an export folder
included; CoNLL and CSV files are skipped, Parley only writes them). Prints each problem as
file:line: reason and exits 1 when there is any.

Options:
  --text FILE       the text the annotations refer to, when it is not beside them; repeatable (a file
                    is matched to the document of the same name, or is the only one given)`,
  options: { text: 'list' },
  async run(args, io) {
    if (args.positionals.length === 0) throw new UsageError('name at least one annotation file or folder')
    const cwd = io.cwd ?? process.cwd()
    const texts = new Map<string, string>()
    for (const file of await readInputFiles(args.all('text'), cwd)) {
      const decoded = decodeText(file.bytes, basename(file.name))
      if (!decoded.ok) throw new InputError(`${file.name}: ${decoded.error.message}`)
      texts.set(stemOf(file.name), decoded.value.text)
    }
    const only = texts.size === 1 ? [...texts.values()][0]! : null
    const files = await readInputFiles(args.positionals, cwd)
    const read = readAnnotationFiles(files, {
      textOf: (name) => texts.get(name) ?? only,
      now: new Date().toISOString(),
      defaultAnnotator: 'validate',
    })
    if (read.problems.length > 0) {
      for (const problem of read.problems) io.stderr(`${describeProblem(problem)}\n`)
      io.stderr(`${read.problems.length} problem${read.problems.length === 1 ? '' : 's'}\n`)
      return EXIT_INVALID
    }
    const annotations = read.units.reduce((n, u) => n + u.document.annotations.length, 0)
    const fileCount = new Set(read.units.map((u) => u.file)).size
    io.stdout(
      `valid: ${fileCount} file${fileCount === 1 ? '' : 's'}, ${read.units.length} annotation sets, ${annotations} annotations\n`,
    )
    return EXIT_OK
  },
}
