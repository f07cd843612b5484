// `parley agreement --workspace DIR --annotators A,B[,C…] [--document ID]… [--json] [--format csv|markdown]`:
// agreement between annotators' sets over the chosen documents (all by default), per category, label and
// pair, read document by document as the app reads them (agreement-input.ts) and pooled by the same tally.
// Prints a table for a reader, the report as JSON (sorted keys) for a script, or the CSV or Markdown report.
import { stableStringify } from '@shared/storage/stable-json'
import type { AgreementRequest } from '@shared/ipc/contract'
import { createAgreementTally } from '@shared/review/agreement-tally'
import { reportToCsv } from '@shared/review/report-csv'
import { reportToMarkdown } from '@shared/review/report-markdown'
import {
  DISAGREEMENT_KINDS,
  disagreementCounts,
  figureRows,
  MEASURES,
  threeDecimals,
} from '@shared/review/report-rows'
import type { AgreementFigures, AgreementReport } from '@shared/review/review-types'
import {
  agreementDocumentIds,
  agreementDocuments,
  annotatorsIn,
  annotatorsWithoutSets,
} from '../services/review/agreement-input'
import type { Workspace } from '../services/workspace/workspace'
import { EXIT_OK, UsageError, type Command } from './cli-types'
import { splitCommas } from './parse-args'
import { openExistingWorkspace, WORKSPACE_HELP } from './workspace-option'

export const agreementCommand: Command = {
  name: 'agreement',
  summary: 'agreement between annotators (F1, kappas, alphas) per category, label and pair',
  help: `Usage: parley agreement --workspace DIR --annotators A,B[,C…] [--document ID]…
                       [--json | --format csv|markdown]

Compares the annotators' sets over the chosen documents (default: every document), pooled: exact and
overlap F1 (per pair; for three or more annotators, the mean over pairs), Cohen's kappa (two annotators),
Fleiss' kappa (three or more), Krippendorff's alpha over the CoNLL tokens, and unitizing alpha (αu) over
the characters; per category, per label and overall, then per pair. A measure that does not apply is
shown as – (null in JSON). An annotator with no set in a document marked nothing there.

Options:
  ${WORKSPACE_HELP}
  --annotators LIST two or more annotator names, comma-separated or repeated
  --document ID     only this document; repeatable (default: every document)
  --json            print the report as JSON (sorted keys), disagreements included
  --format FORMAT   print the report as csv (RFC 4180) or markdown`,
  options: { workspace: 'value', annotators: 'list', document: 'list', json: 'switch', format: 'value' },
  async run(args, io) {
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument ${args.positionals[0]}`)
    const annotators = [...new Set(splitCommas(args.all('annotators')))]
    if (annotators.length < 2)
      throw new UsageError('name two or more annotators: --annotators A,B (see `parley stats` for who)')
    const format = args.one('format')
    if (format !== undefined && format !== 'csv' && format !== 'markdown')
      throw new UsageError(`unknown format ${format}: csv or markdown`)
    if (format !== undefined && args.has('json')) throw new UsageError('choose --json or --format, not both')
    const documents = args.all('document')
    const request: AgreementRequest = {
      annotators,
      documentIds: documents.length > 0 ? [...new Set(documents)] : null,
    }
    const workspace = await openExistingWorkspace(args, io)
    await checkRequest(workspace, request)
    const categories = workspace.tagSchema.data.tagSchema.categories.map((c) => c.id)
    const tally = createAgreementTally(annotators, categories)
    for await (const document of agreementDocuments(workspace, request)) tally.addDocument(document)
    const report = tally.report()
    if (args.has('json')) io.stdout(stableStringify(report))
    else if (format === 'csv') io.stdout(reportToCsv(report))
    else if (format === 'markdown') io.stdout(reportToMarkdown(report))
    else io.stdout(describe(report))
    return EXIT_OK
  },
}

async function checkRequest(workspace: Workspace, request: AgreementRequest): Promise<void> {
  const unknown = (request.documentIds ?? []).filter((id) => !workspace.documents.has(id))
  if (unknown.length > 0) {
    const known = [...workspace.documents.keys()].sort()
    throw new UsageError(
      `no document ${unknown.join(', ')} in ${workspace.root}; documents: ${known.join(', ') || 'none'}`,
    )
  }
  if (agreementDocumentIds(workspace, request).length === 0)
    throw new UsageError(`${workspace.root} holds no document to compare`)
  const missing = await annotatorsWithoutSets(workspace, request)
  if (missing.length > 0) {
    const known = await annotatorsIn(workspace, request)
    const where = request.documentIds ? 'the chosen documents' : 'this workspace'
    throw new UsageError(
      `no annotation set by ${missing.join(', ')} in ${where}; annotators: ${known.join(', ') || 'none'}`,
    )
  }
}

/** The figures as aligned text: a row per category (its labels indented below), then everything. */
function table(figures: AgreementFigures, withLabels: boolean): string[] {
  const rows = figureRows(figures)
    .filter((row) => withLabels || row.label === null)
    .map((row) => [
      row.label === null ? row.category : `  ${row.label}`,
      ...MEASURES.map((m) => threeDecimals(row.measures[m.key]) ?? '–'),
    ])
  const head = ['', ...MEASURES.map((m) => m.title)]
  const widths = head.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]!.length)))
  return [head, ...rows].map((row) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd(),
  )
}

function describe(report: AgreementReport): string {
  const n = report.documentIds.length
  const counts = disagreementCounts(report)
  const lines = [
    `Agreement of ${report.annotators.join(', ')} over ${n} document${n === 1 ? '' : 's'}`,
    '',
    ...table(report, true),
  ]
  if (report.annotators.length > 2)
    for (const pair of report.pairs) lines.push('', `${pair.annotators.join(' + ')}:`, ...table(pair, false))
  lines.push(
    '',
    `Disagreements: ${report.disagreements.length} (` +
      DISAGREEMENT_KINDS.map((kind) => `${kind} ${counts[kind]}`).join(', ') +
      ')',
    '',
  )
  return lines.join('\n')
}
