// The export line: the corpus exported to every format by the real export code (collectExportInput and
// writeExport with corpusFormats, compiled into the bench by its vite config), timed in this process
// against `JSON.stringify` + `writeFile` of the same data (each document's meta, text and annotation sets)
// in the same run. In-process rather than spawning the CLI: both sides then start from the same data in
// memory, so the ratio is serialising and writing, not Node's start-up or reading the workspace (which is
// timed once and reported as detail). The runs alternate the two sides so a loaded machine hits both.
// Each export gets a new input object, as each real export collects its own (formats keep their work per
// input: the loss listing and the writing share it, two exports do not).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { corpusFormats } from '@shared/formats/registry'
import { collectExportInput } from '../src/main/services/export/collect-export'
import { writeExport } from '../src/main/services/export/write-export'
import { openWorkspace } from '../src/main/services/workspace/workspace'
import { ROOT } from './host'

export interface ExportSamples {
  /** writeExport of every format, per run, in ms. */
  readonly exportMs: readonly number[]
  /** JSON.stringify of the same documents + one writeFile, per run, in ms. */
  readonly jsonMs: readonly number[]
  /** Reading the workspace into the export input, once, in ms. */
  readonly collectMs: number
  readonly documents: number
  readonly annotations: number
  readonly formats: readonly string[]
  /** The size of the JSON written by the reference, in bytes. */
  readonly jsonBytes: number
  /** One export of each format alone, in ms, to show where the time goes. */
  readonly perFormatMs: Readonly<Record<string, number>>
}

export async function measureExport(workspaceDir: string, runs: number): Promise<ExportSamples> {
  const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string }
  const workspace = await openWorkspace(workspaceDir)
  const collectStart = performance.now()
  const input = await collectExportInput(workspace, { documentIds: null, annotators: null }, version)
  const collectMs = performance.now() - collectStart
  const data = input.documents.map(({ meta, text, sets }) => ({ meta, text, sets }))
  const out = await mkdtemp(join(workspaceDir, '..', 'export-'))
  const exportMs: number[] = []
  const jsonMs: number[] = []
  let jsonBytes = 0
  const perFormatMs: Record<string, number> = {}
  try {
    for (let run = 0; run < runs; run++) {
      const json = async (): Promise<void> => {
        const start = performance.now()
        const text = JSON.stringify(data)
        await writeFile(join(out, `reference-${run}.json`), text, { encoding: 'utf8', flush: true })
        jsonMs.push(performance.now() - start)
        jsonBytes = Buffer.byteLength(text)
      }
      const exported = async (): Promise<void> => {
        // A new input object per run, as each export collects its own: the formats keep work per input.
        const fresh = { ...input }
        const start = performance.now()
        await writeExport(fresh, corpusFormats, join(out, `export-${run}`), {})
        exportMs.push(performance.now() - start)
      }
      if (run % 2) await exported().then(json)
      else await json().then(exported)
      await rm(join(out, `export-${run}`), { recursive: true, force: true })
      await rm(join(out, `reference-${run}.json`), { force: true })
    }
    for (const format of corpusFormats) {
      const fresh = { ...input }
      const start = performance.now()
      await writeExport(fresh, [format], join(out, format.id), {})
      perFormatMs[format.id] = performance.now() - start
      await rm(join(out, format.id), { recursive: true, force: true })
    }
  } finally {
    await rm(out, { recursive: true, force: true })
  }
  return {
    exportMs,
    jsonMs,
    collectMs,
    documents: input.documents.length,
    annotations: input.documents.reduce(
      (sum, d) => sum + d.sets.reduce((n, s) => n + s.annotations.length, 0),
      0,
    ),
    formats: corpusFormats.map((f) => f.id),
    jsonBytes,
    perFormatMs,
  }
}
