// Turns the samples into the lines of PERFORMANCE.md's budget table: each with its figure (the median of
// the runs, with min and max), its budget, and pass, fail or not measured; printed as a table on stdout and
// written to bench/results.json.
import { writeFile } from 'node:fs/promises'
import type { BrowserSamples } from './browser-measures'
import type { ExportSamples } from './export-measures'
import type { IpcSamples } from './ipc-measures'
import type { ReviewSamples } from './review-measures'
import type { Opening, Timing } from './page-probes'
import type { AutosaveSample } from './service-measures'

export type Status = 'pass' | 'fail' | 'not measured' | 'reference'

export interface Summary {
  readonly median: number
  readonly min: number
  readonly max: number
  readonly runs: number
}

export interface Line {
  readonly what: string
  readonly budget: string
  readonly status: Status
  /** The figure held against the budget (ms, or a ratio for the first paint); null when not measured. */
  readonly value: number | null
  readonly limit: number
  readonly unit: 'ms' | '×'
  readonly summary?: Summary
  /** The measures a ratio is made of. */
  readonly parts?: Readonly<Record<string, Summary>>
  /** What else the line measured, for reading the figure. */
  readonly detail?: string
}

export interface Environment {
  readonly mode: 'quick' | 'full'
  readonly seed: string
  readonly node: string
  readonly chromium: string
  readonly cpus: number
  readonly date: string
}

export function summarise(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
  return { median, min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN, runs: sorted.length }
}

const ms = (n: number): string => `${n.toFixed(1)} ms`
const range = (s: Summary): string => `${s.min.toFixed(1)}–${s.max.toFixed(1)}`

function measured(what: string, budget: string, limit: number, summary: Summary, detail?: string): Line {
  const status = summary.median <= limit ? 'pass' : 'fail'
  return { what, budget, limit, unit: 'ms', value: summary.median, summary, status, detail }
}

/** A main-thread budget held by `busy`; the latency (with the wait for the frame) is kept as detail. */
function painted(what: string, budget: string, timings: readonly Timing[]): Line {
  const latency = summarise(timings.map((t) => t.latency))
  return measured(what, budget, 16, summarise(timings.map((t) => t.busy)), `latency ${ms(latency.median)}`)
}

const notYet = (what: string, budget: string, limit: number, unit: Line['unit'], needs: string): Line => ({
  what,
  budget,
  limit,
  unit,
  value: null,
  status: 'not measured',
  detail: `not yet measured (needs the ${needs})`,
})

/** Each pass's longest frame, held against the budget by their median; the detail reads all frames. */
function scrolling(what: string, passes: readonly number[][], reference: boolean): Line {
  const all = passes.flat()
  const over = all.filter((interval) => interval > 50).length
  const detail = `${all.length} frames, median ${ms(summarise(all).median)}, ${over} over 50 ms`
  const line = measured(what, '≤ 50 ms', 50, summarise(passes.map((p) => Math.max(...p))), detail)
  return reference ? { ...line, budget: '(the floor)', status: 'reference' } : line
}

/** The export's median time as a ratio to the median JSON.stringify + write of the same data. */
function exporting(samples: ExportSamples, mode: Environment['mode']): Line {
  const what = `export ${samples.documents.toLocaleString('en')} documents to every format`
  const exported = summarise(samples.exportMs)
  const json = summarise(samples.jsonMs)
  const ratio = exported.median / json.median
  const smaller = mode === 'quick' ? ' (quick mode: a smaller corpus than the budget’s 1,000)' : ''
  return {
    what,
    budget: '≤ 3 × JSON.stringify + write',
    limit: 3,
    unit: '×',
    value: ratio,
    parts: { export: exported, json },
    status: ratio <= 3 ? 'pass' : 'fail',
    detail:
      `${samples.annotations.toLocaleString('en')} annotations${smaller}; export ${ms(exported.median)} ` +
      `(${range(exported)}) / JSON ${ms(json.median)} (${range(json)}, ` +
      `${(samples.jsonBytes / 1e6).toFixed(1)} MB); alone: ` +
      Object.entries(samples.perFormatMs)
        .map(([format, took]) => `${format} ${ms(took)}`)
        .join(', ') +
      `; reading the workspace ${ms(samples.collectMs)}`,
  }
}

/** Diff + agreement of the two 20,000-annotation sets, in process; the diff alone and the mix as detail. */
function reviewing(samples: ReviewSamples): Line {
  const diff = summarise(samples.diffMs)
  const kinds = Object.entries(samples.kinds)
    .map(([kind, n]) => `${kind} ${n.toLocaleString('en')}`)
    .join(', ')
  return measured(
    'review: diff + agreement, 2 × 20,000 annotations',
    '≤ 300 ms',
    300,
    summarise(samples.reviewMs),
    `diff alone ${ms(diff.median)}; ${samples.annotations.map((n) => n.toLocaleString('en')).join(' + ')} ` +
      `annotations on ${(samples.textBytes / 1e6).toFixed(1)} MB; review items: ${kinds}`,
  )
}

/** The desktop IPC's copy of the opened set, both ways: the renderer's part as the figure, main's as detail. */
function ipcLines(samples: IpcSamples): Line[] {
  const n = samples.annotations.toLocaleString('en')
  const line = (
    what: string,
    renderer: readonly number[],
    main: readonly number[],
    detail: string,
  ): Line => ({
    ...measured(
      what,
      '(no budget)',
      Infinity,
      summarise(renderer),
      `main ${ms(summarise(main).median)}; ${detail}`,
    ),
    status: 'reference',
  })
  const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`
  return [
    line(
      '  desktop IPC, renderer side: as objects',
      samples.objectsMs,
      samples.objectsMainMs,
      `${n} annotations, ${mb(samples.objectsBytes)} cloned`,
    ),
    line(
      '  same, packed as main sends it now',
      samples.packedMs,
      samples.packedMainMs,
      `packing included; ${mb(samples.packedBytes)} cloned`,
    ),
  ]
}

export function budgetLines(
  browser: BrowserSamples,
  autosave: readonly AutosaveSample[],
  exported: ExportSamples | null,
  mode: Environment['mode'],
  reviewed?: ReviewSamples,
  ipc?: IpcSamples,
): Line[] {
  const bare = summarise(browser.openBare.map((o) => o.ms))
  const dense = summarise(browser.openDense.map((o) => o.ms))
  const request = (openings: readonly { requestMs: number }[]): string =>
    `request ${ms(summarise(openings.map((o) => o.requestMs)).median)}`
  const ratio = dense.median / bare.median
  const twoFrames = (openings: readonly Opening[]) => summarise(openings.map((o) => o.twoFramesMs)).median
  const oldRatio = twoFrames(browser.openDense) / twoFrames(browser.openBare)
  const wholeDense = summarise(browser.openDense.map((o) => o.wholeMs))
  const change = '≤ 16 ms at 20,000'
  const unrelated = '≤ 16 ms main thread'
  const roundTrip = summarise(autosave.map((s) => s.roundTripMs))
  return [
    {
      what: 'open 1 MB + 20,000 annotations, first paint',
      budget: '≤ 1.25 × bare text',
      limit: 1.25,
      unit: '×',
      value: ratio,
      parts: { annotated: dense, bare },
      status: ratio <= 1.25 ? 'pass' : 'fail',
      detail:
        `annotated ${ms(dense.median)} (${range(dense)}, ${request(browser.openDense)}) / ` +
        `bare ${ms(bare.median)} (${range(bare)}, ${request(browser.openBare)}); ` +
        `two frames later (the probe until 2026-11-30): ${oldRatio.toFixed(2)}× ` +
        `(${ms(twoFrames(browser.openDense))} / ${ms(twoFrames(browser.openBare))})`,
    },
    {
      ...measured(
        '  same, until the list holds all 20,000',
        '(no budget)',
        Infinity,
        wholeDense,
        `${(wholeDense.median / bare.median).toFixed(2)} × the bare text's first paint`,
      ),
      status: 'reference',
    },
    ...(ipc ? ipcLines(ipc) : []),
    painted('add an entity (select, e s) → painted', change, browser.add),
    painted('change its label (Enter, e p) → painted', change, browser.retag),
    painted('delete it (Delete) → painted', change, browser.remove),
    painted('undo the delete (Ctrl+Z) → painted', change, browser.undo),
    painted('select an annotation in the list → painted', change, browser.selectRow),
    painted('unrelated: type in the list filter', unrelated, browser.typeFilter),
    painted('unrelated: type a note', unrelated, browser.typeNote),
    painted('unrelated: hover a highlight', unrelated, browser.hover),
    scrolling('scroll the whole 1 MB text: longest frame', browser.scrollDense, false),
    scrolling('  same, bare text (reference)', browser.scrollBare, true),
    measured(
      'autosave 20,000 annotations: longest loop block',
      '≤ 16 ms',
      16,
      summarise(autosave.map((s) => s.longestBlockMs)),
      `round trip ${ms(roundTrip.median)}, longest GC pause ${ms(summarise(autosave.map((s) => s.longestGcMs)).median)}`,
    ),
    reviewed
      ? reviewing(reviewed)
      : notYet('review: diff + agreement, 2 × 20,000 annotations', '≤ 300 ms', 300, 'ms', 'review bench'),
    exported
      ? exporting(exported, mode)
      : notYet('export 1,000 documents to every format', '≤ 3 × JSON.stringify + write', 3, '×', 'corpus'),
  ]
}

export function formatTable(lines: readonly Line[], environment: Environment): string {
  const rows = [
    ['line', 'median', 'min–max', 'budget', 'result', 'detail'],
    ...lines.map((line) => [
      line.what,
      line.value === null ? '—' : line.unit === '×' ? `${line.value.toFixed(2)}×` : ms(line.value),
      line.summary ? range(line.summary) : '',
      line.budget,
      line.status === 'fail' ? `FAIL ${overBy(line)}` : line.status,
      line.detail ?? '',
    ]),
  ]
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  const text = rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd(),
  )
  const { mode, node, chromium, cpus, date } = environment
  const title = `Parley bench (${mode}), ${date}, Node ${node}, Chromium ${chromium}, ${cpus} CPUs`
  return [title, '', ...text].join('\n')
}

/** How far over the budget a failing line is, as a factor. */
const overBy = (line: Line): string =>
  line.value === null ? '' : `${(line.value / line.limit).toFixed(1)}× over`

export async function writeResults(path: string, lines: readonly Line[], environment: Environment) {
  const rounded = (_key: string, value: unknown): unknown =>
    typeof value === 'number' ? Math.round(value * 100) / 100 : value
  await writeFile(path, JSON.stringify({ environment, lines }, rounded, 2) + '\n')
}
