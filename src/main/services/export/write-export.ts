// Writes an export: every chosen format into its own folder plus a manifest.json, all or nothing (built
// in a hidden staging folder, then renamed into place), never over an existing folder. The same input
// gives byte-identical files: nothing time-dependent is written.
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'
import type { CorpusFormat, ExportInput, ExportOptions, FormatId, Loss } from '@shared/formats/format'
import { stableStringify } from '@shared/storage/stable-json'

export interface ExportPlan {
  readonly documents: number
  readonly annotators: readonly string[]
  readonly annotations: number
  /** What each format cannot carry; listed before writing so the analyst can go on or stop. */
  readonly losses: readonly {
    readonly format: FormatId
    readonly count: number
    readonly sample: readonly Loss[]
  }[]
}

export interface ExportManifest {
  readonly parleyVersion: string
  readonly formats: readonly FormatId[]
  readonly schema: { readonly name: string; readonly version: number }
  readonly documents: readonly {
    readonly id: string
    readonly title: string
    readonly textSha256: string
    readonly annotators: readonly string[]
  }[]
  readonly annotators: readonly string[]
  readonly counts: { readonly documents: number; readonly annotations: number; readonly files: number }
  readonly losses: Readonly<Record<string, number>>
}

export function planExport(input: ExportInput, formats: readonly CorpusFormat[]): ExportPlan {
  const annotators = [...new Set(input.documents.flatMap((d) => d.sets.map((s) => s.annotator)))].sort()
  const annotations = input.documents.reduce(
    (n, d) => n + d.sets.reduce((m, s) => m + s.annotations.length, 0),
    0,
  )
  const losses = formats.map((f) => {
    const all = f.losses(input)
    return { format: f.id, count: all.length, sample: all.slice(0, 200) }
  })
  return { documents: input.documents.length, annotators, annotations, losses }
}

export async function writeExport(
  input: ExportInput,
  formats: readonly CorpusFormat[],
  outputDir: string,
  options: ExportOptions,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<ExportManifest> {
  if (await exists(outputDir))
    throw new Error(`${outputDir} already exists; choose a new folder for the export`)
  const plan = planExport(input, formats)
  const staging = join(
    dirname(outputDir),
    `.${basename(outputDir)}.partial-${randomBytes(4).toString('hex')}`,
  )
  let files = 0
  try {
    for (const [i, format] of formats.entries()) {
      const created = new Set<string>()
      for (const file of format.serialize(input, options)) {
        const path = join(staging, format.id, ...file.path.split('/'))
        if (!created.has(dirname(path))) {
          await mkdir(dirname(path), { recursive: true })
          created.add(dirname(path))
        }
        await writeFile(path, file.content, 'utf8')
        files++
      }
      onProgress(i + 1, formats.length)
    }
    const manifest: ExportManifest = {
      parleyVersion: input.parleyVersion,
      formats: formats.map((f) => f.id),
      schema: { name: input.schema.name, version: input.schema.version },
      documents: input.documents.map((d) => ({
        id: d.meta.id,
        title: d.meta.title,
        textSha256: d.meta.textSha256,
        annotators: d.sets.map((s) => s.annotator),
      })),
      annotators: plan.annotators,
      counts: { documents: plan.documents, annotations: plan.annotations, files: files + 1 },
      losses: Object.fromEntries(plan.losses.map((l) => [l.format, l.count])),
    }
    await mkdir(staging, { recursive: true })
    await writeFile(join(staging, 'manifest.json'), stableStringify(manifest), 'utf8')
    await rename(staging, outputDir)
    return manifest
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    throw error
  }
}

const exists = (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false,
  )
