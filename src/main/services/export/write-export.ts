// Writes an export: every chosen format into its own folder `<out>/<format>/…` plus `manifest.json`, all or
// nothing (built in a hidden staging folder beside the destination, then renamed into place), never over an
// existing folder. The same input gives byte-identical files: nothing time- or machine-dependent is written,
// and every format writes in the one order of export-order.ts. Progress is reported per format and document.
import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { CorpusFormat, ExportInput, ExportOptions, FormatId, OutputFile } from '@shared/formats/format'
import { byCodeUnits } from '@shared/formats/export-order'
import { stableStringify } from '@shared/storage/stable-json'
import { exportFiles } from './export-files'
import { exportManifest, MANIFEST_FILE, type ExportManifest } from './export-manifest'
import { planExport } from './plan-export'

export { planExport, type ExportPlan } from './plan-export'
export type { ExportManifest } from './export-manifest'

/** One step done: a format's files shared by all documents (`documentId` null), or one document's files. */
export interface ExportStep {
  readonly format: FormatId
  readonly documentId: string | null
}

export type ExportProgress = (done: number, total: number, step: ExportStep) => void

/** The destination exists, or appeared while writing: an export never replaces or merges into a folder. */
export class ExportDestinationError extends Error {
  readonly code = 'destination-exists'
}

export async function writeExport(
  input: ExportInput,
  formats: readonly CorpusFormat[],
  outputDir: string,
  options: ExportOptions,
  onProgress: ExportProgress = () => undefined,
): Promise<ExportManifest> {
  if (await exists(outputDir)) throw destinationExists(outputDir)
  const plan = planExport(input, formats)
  const documentIds = input.documents.map((d) => d.meta.id).sort(byCodeUnits)
  await mkdir(dirname(outputDir), { recursive: true })
  const staging = join(
    dirname(outputDir),
    `.${basename(outputDir)}.partial-${randomBytes(6).toString('hex')}`,
  )
  const total = formats.length * (documentIds.length + 1)
  let done = 0
  const filesPerFormat = new Map<FormatId, number>()
  const files = exportFiles(staging)
  try {
    await mkdir(staging)
    // Progress is reported in writing order, each step once its files are on disk.
    let reported: Promise<void> = Promise.resolve()
    for (const format of formats) {
      for (const [documentId, group] of fileGroups(format, input, options, documentIds)) {
        const { written } = await files.write(format.id, group)
        reported = Promise.all([reported, written]).then(() =>
          onProgress(++done, total, { format: format.id, documentId }),
        )
        reported.catch(() => undefined)
        filesPerFormat.set(format.id, (filesPerFormat.get(format.id) ?? 0) + group.length)
      }
    }
    const manifest = exportManifest(input, plan, filesPerFormat)
    await files.write('', [{ path: MANIFEST_FILE, content: stableStringify(manifest) }])
    await files.settled()
    await reported
    await moveIntoPlace(staging, outputDir)
    return manifest
  } catch (error) {
    await files.settled().catch(() => undefined)
    await rm(staging, { recursive: true, force: true })
    throw error
  }
}

/**
 * A format's files in groups, in writing order (see groupByDocument). A format whose documents are
 * separable is asked for one document at a time, so only that document's files are held at once.
 */
function* fileGroups(
  format: CorpusFormat,
  input: ExportInput,
  options: ExportOptions,
  documentIds: readonly string[],
): Generator<[string | null, OutputFile[]], void, undefined> {
  if (!format.separableByDocument) {
    yield* groupByDocument(format.serialize(input, options), documentIds)
    return
  }
  const byId = new Map(input.documents.map((document) => [document.meta.id, document]))
  yield [null, []]
  for (const id of documentIds) {
    const files = format.serialize({ ...input, documents: [byId.get(id)!] }, options)
    const groups = groupByDocument(files, [id])
    if (groups[0]![1].length > 0)
      throw new Error(`${format.id} wrote a file of no document: ${files[0]!.path}`)
    yield groups[1]!
  }
}

/**
 * A format's files in writing order: first those of no single document (`annotations.jsonl`, brat's
 * `annotation.conf`), then each document's (`<id>/…`, or brat's `<id>.<annotator>/…`), documents by id.
 */
function groupByDocument(
  files: readonly OutputFile[],
  documentIds: readonly string[],
): [string | null, OutputFile[]][] {
  const groups = new Map<string | null, OutputFile[]>([null, ...documentIds].map((id) => [id, []]))
  const ids = new Set(documentIds)
  for (const file of files) {
    const head = file.path.split('/')[0] ?? ''
    const owner = file.path.includes('/') ? (ids.has(head) ? head : ownerOfFolder(head, ids)) : null
    groups.get(owner)!.push(file)
  }
  return [...groups]
}

/** brat's `<docId>.<annotator stem>` folders belong to their document. */
function ownerOfFolder(folder: string, ids: ReadonlySet<string>): string | null {
  for (let dot = folder.lastIndexOf('.'); dot > 0; dot = folder.lastIndexOf('.', dot - 1))
    if (ids.has(folder.slice(0, dot))) return folder.slice(0, dot)
  return null
}

/** rename() would replace an empty folder created meanwhile; a non-empty one makes it fail. Either way, refuse. */
async function moveIntoPlace(staging: string, outputDir: string): Promise<void> {
  if (await exists(outputDir)) throw destinationExists(outputDir)
  try {
    await rename(staging, outputDir)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'EPERM') throw destinationExists(outputDir)
    throw error
  }
}

const destinationExists = (outputDir: string): ExportDestinationError =>
  new ExportDestinationError(`${outputDir} already exists; choose a new folder for the export`)

const exists = (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false,
  )
