// `parley export --workspace DIR --format F[,F…] --out DIR …`: writes a corpus export through the same
// services as the app (collect, plan, write: all or nothing, never over an existing folder, byte-identical
// for the same workspace). What the formats cannot carry is printed on stderr before anything is written;
// with --strict, any such loss stops the export (exit 1) and nothing is written.
import { resolve } from 'node:path'
import { stat } from 'node:fs/promises'
import { corpusFormats, formatById } from '@shared/formats/registry'
import type { CorpusFormat } from '@shared/formats/format'
import { version } from '../../../package.json'
import { collectExportInput, CURATED_ANNOTATOR } from '../services/export/collect-export'
import { hasLosses, type ExportPlan } from '../services/export/plan-export'
import { planExport, writeExport } from '../services/export/write-export'
import { EXIT_INVALID, EXIT_OK, InputError, UsageError, type Command } from './cli-types'
import { splitCommas } from './parse-args'
import { openExistingWorkspace, WORKSPACE_HELP } from './workspace-option'

/** How many losses per format the command prints; the counts are always complete. */
const SHOWN_LOSSES = 20

const FORMAT_NAMES = 'parley, jsonl, brat, conll, w3c, csv (or all)'

export const exportCommand: Command = {
  name: 'export',
  summary: 'export documents and annotation sets in corpus formats, with a manifest',
  help: `Usage: parley export --workspace DIR --format FORMAT[,FORMAT…] --out DIR
                    [--annotator NAME]… [--curated] [--document ID]… [--bom] [--strict]

Writes each format into OUT/FORMAT/ and a manifest.json (formats, documents with the SHA-256 of their
text, annotators, tag schema, Parley version, counts, losses). OUT must not exist; the export appears
whole or not at all. The same workspace gives byte-identical files. Offsets are Unicode code points, and
every format that needs it ships the canonical text (UTF-8, \\n line endings) its offsets refer to.

What a format cannot carry (a discontinuous span in JSONL's label field, roles in CoNLL, …) is listed
on stderr before writing.

Options:
  ${WORKSPACE_HELP}
  --format LIST     ${FORMAT_NAMES}; comma-separated or repeated
  --out DIR         the new folder to write
  --annotator NAME  only this annotator's sets; repeatable (default: every annotator)
  --curated         only the curated (reviewed) set; with --annotator, that too
  --document ID     only this document; repeatable (default: every document)
  --bom             start the CSV file with a UTF-8 byte-order mark, for Excel
  --strict          exit 1 without writing anything when a format would lose something`,
  options: {
    workspace: 'value',
    format: 'list',
    out: 'value',
    annotator: 'list',
    curated: 'switch',
    document: 'list',
    bom: 'switch',
    strict: 'switch',
  },
  async run(args, io) {
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument ${args.positionals[0]}`)
    const formats = formatsOf(splitCommas(args.all('format')))
    const out = args.one('out')
    if (out === undefined)
      throw new UsageError('say where to write: --out DIR (a folder that does not exist yet)')
    const outputDir = resolve(io.cwd ?? process.cwd(), out)
    const annotators = [...args.all('annotator'), ...(args.has('curated') ? [CURATED_ANNOTATOR] : [])]
    const documents = args.all('document')
    const workspace = await openExistingWorkspace(args, io)
    if (await stat(outputDir).catch(() => null))
      throw new InputError(`${outputDir} already exists; choose a new folder for the export`)
    const input = await collectExportInput(
      workspace,
      {
        documentIds: documents.length > 0 ? documents : null,
        annotators: annotators.length > 0 ? annotators : null,
      },
      version,
    )
    const plan = planExport(input, formats)
    io.stderr(describeLosses(plan))
    if (args.has('strict') && hasLosses(plan)) {
      io.stderr('--strict: nothing was written\n')
      return EXIT_INVALID
    }
    const manifest = await writeExport(input, formats, outputDir, { bom: args.has('bom') })
    for (const format of manifest.formats)
      io.stderr(`${format}: ${plural(manifest.counts.filesPerFormat[format] ?? 0, 'file')}\n`)
    io.stdout(
      `exported ${plural(manifest.counts.documents, 'document')}, ${plural(manifest.counts.annotations, 'annotation')} ` +
        `(${manifest.annotators.join(', ') || 'no annotator'}) to ${outputDir}\n`,
    )
    return EXIT_OK
  },
}

/** The chosen formats in the registry's order, so the same formats give the same manifest. */
function formatsOf(names: readonly string[]): CorpusFormat[] {
  if (names.length === 0) throw new UsageError(`say which formats: --format ${FORMAT_NAMES}`)
  if (names.includes('all')) return [...corpusFormats]
  const chosen = new Set<CorpusFormat>()
  for (const name of names) {
    const format = formatById(name)
    if (!format) throw new UsageError(`unknown format ${name}; the formats are ${FORMAT_NAMES}`)
    chosen.add(format)
  }
  return corpusFormats.filter((f) => chosen.has(f))
}

function describeLosses(plan: ExportPlan): string {
  const lines: string[] = []
  for (const { format, count, annotations, sample } of plan.losses) {
    if (count === 0) continue
    lines.push(
      `${format} cannot carry ${count} thing${count === 1 ? '' : 's'} of ${annotations} annotation${annotations === 1 ? '' : 's'}:`,
    )
    for (const loss of sample.slice(0, SHOWN_LOSSES))
      lines.push(`  ${loss.documentId} / ${loss.annotator} / ${loss.annotationId}: ${loss.what}`)
    if (count > SHOWN_LOSSES) lines.push(`  … and ${count - SHOWN_LOSSES} more`)
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : ''
}

const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`
