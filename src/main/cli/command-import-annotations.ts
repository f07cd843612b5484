// `parley import-annotations FILE… --workspace DIR [--annotator NAME] [--label-map FROM=TO]…`: imports
// annotation files (Parley JSON, JSONL/doccano, brat, W3C; a folder stands for the files in it) through
// the same service as the app, all or nothing. Problems go to stderr as file:line: reason (exit 1); spans
// that could not be re-anchored in a changed text are listed on stderr, the summary on stdout.
import { importAnnotationFiles } from '../services/import/import-annotations'
import { EXIT_INVALID, EXIT_OK, UsageError, type Command } from './cli-types'
import { readInputFiles } from './read-input-files'
import { openOrCreateWorkspace, WORKSPACE_HELP } from './workspace-option'

export const importAnnotationsCommand: Command = {
  name: 'import-annotations',
  summary: 'import annotation files (Parley JSON, JSONL/doccano, brat, W3C), all or nothing',
  help: `Usage: parley import-annotations FILE|FOLDER… --workspace DIR [--annotator NAME] [--label-map FROM=TO]…

Imports annotation files: .json (Parley), .jsonl (JSONL, doccano), .ann with its .txt (brat, with
annotation.conf if any), .jsonld (W3C Web Annotation). A folder stands for the files in it.

Each document is matched to the workspace document with the same text, else the same id; a text the
workspace does not hold becomes a new document. Where the text changed, spans move to where their quote
is; those that cannot be placed are listed, never shifted. Annotations are merged by id into the
annotator's set. Any problem (bad JSON, offsets out of range, span text that differs, unknown label…)
refuses the whole import, each reported as file:line: reason, and the workspace is left untouched.

Options:
  ${WORKSPACE_HELP}
  --annotator NAME  whose annotations these are, when a file does not say
  --label-map FROM=TO
                    rename a label before it is checked against the tag schema
                    (e.g. --label-map ORG=ENTITY:ORGANIZATION); repeatable`,
  options: { workspace: 'value', annotator: 'value', 'label-map': 'list' },
  async run(args, io) {
    if (args.positionals.length === 0) throw new UsageError('name at least one annotation file or folder')
    const labelMap = Object.fromEntries(args.all('label-map').map(parseMapping))
    const files = await readInputFiles(args.positionals, io.cwd ?? process.cwd())
    const workspace = await openOrCreateWorkspace(args, io)
    const annotator = args.one('annotator')
    const result = await importAnnotationFiles(workspace, files, {
      ...(annotator ? { annotator } : {}),
      labelMap,
    })
    await workspace.annotations.flush()
    if (!result.ok) {
      io.stderr(`${result.error.message}\n`)
      return EXIT_INVALID
    }
    const summary = result.value
    for (const line of summary.notAnchored) io.stderr(`not imported: ${line}\n`)
    for (const id of summary.createdDocuments) io.stdout(`new document ${id}\n`)
    io.stdout(
      `imported ${summary.annotations} annotation${summary.annotations === 1 ? '' : 's'} by ` +
        `${summary.annotators.join(', ') || 'nobody'} into ${summary.documents} document${summary.documents === 1 ? '' : 's'}` +
        `${summary.notAnchored.length > 0 ? `; ${summary.notAnchored.length} could not be re-anchored` : ''}\n`,
    )
    return EXIT_OK
  },
}

function parseMapping(mapping: string): [string, string] {
  const eq = mapping.indexOf('=')
  if (eq <= 0 || eq === mapping.length - 1)
    throw new UsageError(`--label-map needs FROM=TO (e.g. ORG=ENTITY:ORGANIZATION), not "${mapping}"`)
  return [mapping.slice(0, eq).trim(), mapping.slice(eq + 1).trim()]
}
