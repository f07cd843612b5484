// The `manifest.json` at the root of every export: what was exported (formats, documents with the hash of
// the text their offsets refer to, annotators, tag schema, Parley version), how much, and what each format
// could not carry. Nothing time- or machine-dependent, so equal input gives an equal manifest.
import type { ExportInput, FormatId } from '@shared/formats/format'
import { byCodeUnits } from '@shared/formats/export-order'
import type { ExportPlan } from './plan-export'

export const MANIFEST_FILE = 'manifest.json'
export const MANIFEST_FORMAT = 'parley-export'
export const MANIFEST_FORMAT_VERSION = 1

export interface ExportManifest {
  readonly format: typeof MANIFEST_FORMAT
  readonly formatVersion: number
  readonly parleyVersion: string
  readonly formats: readonly FormatId[]
  readonly schema: { readonly name: string; readonly version: number }
  readonly documents: readonly {
    readonly id: string
    readonly title: string
    readonly fileName: string
    readonly textSha256: string
    /** In code points, as every offset of the export counts. */
    readonly length: number
    readonly annotators: readonly string[]
    readonly annotations: number
  }[]
  readonly annotators: readonly string[]
  readonly counts: {
    readonly documents: number
    readonly annotations: number
    /** Every file of the export, this manifest included. */
    readonly files: number
    readonly filesPerFormat: Readonly<Partial<Record<FormatId, number>>>
  }
  /** Per format: losses, and the distinct annotations they touch. */
  readonly losses: Readonly<
    Partial<Record<FormatId, { readonly count: number; readonly annotations: number }>>
  >
}

export function exportManifest(
  input: ExportInput,
  plan: ExportPlan,
  filesPerFormat: ReadonlyMap<FormatId, number>,
): ExportManifest {
  const documents = [...input.documents]
    .sort((a, b) => byCodeUnits(a.meta.id, b.meta.id))
    .map(({ meta, sets }) => ({
      id: meta.id,
      title: meta.title,
      fileName: meta.fileName,
      textSha256: meta.textSha256,
      length: meta.length,
      annotators: sets.map((s) => s.annotator).sort(byCodeUnits),
      annotations: sets.reduce((n, s) => n + s.annotations.length, 0),
    }))
  const files = [...filesPerFormat.values()].reduce((n, count) => n + count, 0)
  return {
    format: MANIFEST_FORMAT,
    formatVersion: MANIFEST_FORMAT_VERSION,
    parleyVersion: input.parleyVersion,
    formats: plan.losses.map((l) => l.format),
    schema: { name: input.schema.name, version: input.schema.version },
    documents,
    annotators: plan.annotators,
    counts: {
      documents: plan.documents,
      annotations: plan.annotations,
      files: files + 1,
      filesPerFormat: Object.fromEntries(filesPerFormat),
    },
    losses: Object.fromEntries(
      plan.losses.map((l) => [l.format, { count: l.count, annotations: l.annotations }]),
    ),
  }
}
