// `parley stats --workspace DIR [--json]`: what a workspace holds (workspace-stats.ts), as aligned text for
// a reader or as JSON (sorted keys) for a script.
import { stableStringify } from '@shared/storage/stable-json'
import { EXIT_OK, UsageError, type Command } from './cli-types'
import { openExistingWorkspace, WORKSPACE_HELP } from './workspace-option'
import { workspaceStats, type WorkspaceStats } from './workspace-stats'

export const statsCommand: Command = {
  name: 'stats',
  summary: 'count documents, annotators, and annotations per category and label',
  help: `Usage: parley stats --workspace DIR [--json]

Prints the number of documents, each annotator's annotation count, and the annotations per category and
per label (CATEGORY:type), then per document.

Options:
  ${WORKSPACE_HELP}
  --json            print JSON instead (sorted keys)`,
  options: { workspace: 'value', json: 'switch' },
  async run(args, io) {
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument ${args.positionals[0]}`)
    const workspace = await openExistingWorkspace(args, io)
    const stats = await workspaceStats(workspace)
    io.stdout(args.has('json') ? stableStringify(stats) : describe(stats))
    return EXIT_OK
  },
}

function describe(stats: WorkspaceStats): string {
  const table = (counts: Readonly<Record<string, number>>, indent = '  '): string[] => {
    const width = Math.max(0, ...Object.keys(counts).map((k) => k.length))
    return Object.entries(counts).map(([key, n]) => `${indent}${key.padEnd(width)}  ${n}`)
  }
  return [
    `Workspace: ${stats.workspace}`,
    `Tag schema: ${stats.tagSchema.name} (version ${stats.tagSchema.version})`,
    `Documents: ${stats.documents}`,
    `Annotations: ${stats.annotations}`,
    'Annotators:',
    ...table(stats.annotators),
    'Categories:',
    ...table(stats.categories),
    'Labels:',
    ...table(stats.labels),
    'Documents:',
    ...stats.perDocument.flatMap((d) => [
      `  ${d.id} (${d.length} characters)`,
      ...table(d.annotators, '    '),
    ]),
    '',
  ].join('\n')
}
