// `npm run bench [-- --quick] [-- --keep]`: generates the corpus into a temporary folder, starts the built web
// host on it (`npm run build` first; the app is built here only when out/ lacks it; PARLEY_OUT_DIR names
// another build folder), drives the renderer in
// Chromium, measures the host's autosave and the corpus export, and prints the budget table of PERFORMANCE.md, also written to
// bench/results.json. Exits with 1 when a measured line is over its budget.
// `--generate DIR` only writes the workspaces (DIR/editor, DIR/corpus) and exits; `--seed S` changes the seed.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { measureBrowser } from './browser-measures'
import { checkWorkspace } from './check-corpus'
import { CORPUS_DOCUMENTS, DOCS, EDITOR_DOCUMENTS, writeWorkspace } from './generate-corpus'
import { OUT_DIR, ROOT, startHost, WEB_HOST } from './host'
import { budgetLines, formatTable, writeResults, type Environment } from './report'
import { measureExport } from './export-measures'
import { measureIpc } from './ipc-measures'
import { measureReview } from './review-measures'
import { measureAutosave } from './service-measures'

/** `corpus`: the documents of the export line's corpus (the full run also checks it through the host). */
const MODES = {
  quick: { runs: 3, scrollPasses: 1, autosaveRuns: 5, corpus: 100, exportRuns: 3, reviewRuns: 3 },
  full: {
    runs: 9,
    scrollPasses: 3,
    autosaveRuns: 15,
    corpus: CORPUS_DOCUMENTS.length,
    exportRuns: 5,
    reviewRuns: 9,
  },
} as const

const log = (message: string): void => void process.stderr.write(`bench: ${message}\n`)

async function main(argv: readonly string[]): Promise<number> {
  const flag = (name: string): string | undefined => {
    const at = argv.indexOf(name)
    return at < 0 ? undefined : (argv[at + 1] ?? '')
  }
  const seed = flag('--seed') ?? 'parley-bench-1'
  const only = flag('--generate')
  if (only) {
    await writeWorkspace(join(only, 'editor'), EDITOR_DOCUMENTS, seed)
    await writeWorkspace(join(only, 'corpus'), CORPUS_DOCUMENTS, seed)
    log(`wrote ${only}/editor and ${only}/corpus`)
    return 0
  }
  const mode = argv.includes('--quick') ? 'quick' : 'full'
  const options = MODES[mode]
  buildAppIfMissing()

  const dir = await mkdtemp(join(tmpdir(), 'parley-bench-'))
  try {
    log(`${mode} mode: generating the corpus in ${dir}`)
    const editorDir = join(dir, 'editor')
    const editor = await writeWorkspace(editorDir, EDITOR_DOCUMENTS, seed)
    const corpusDir = join(dir, 'corpus')
    if (mode === 'full') await generateAndCheckCorpus(corpusDir, seed)
    else await writeWorkspace(corpusDir, CORPUS_DOCUMENTS.slice(0, options.corpus), seed)

    const host = await startHost(editorDir)
    try {
      log('checking the workspace through the services')
      await checkWorkspace(host, editorDir, editor)
      log(`driving the renderer in Chromium (${options.runs} runs per action)`)
      const browser = await measureBrowser(host.url, options)
      log(`autosaving the 20,000-annotation set (${options.autosaveRuns} runs)`)
      const autosave = await measureAutosave(host, DOCS.dense, options.autosaveRuns)
      log(`the desktop IPC's copy of the opened 20,000-annotation set (${options.runs} runs)`)
      const ipc = measureIpc(await host.call('openDocument', DOCS.dense), options.runs)

      log(`exporting the ${options.corpus}-document corpus to every format (${options.exportRuns} runs)`)
      const exported = await measureExport(corpusDir, options.exportRuns)

      log(`diff and agreement of 2 × 20,000 annotations on the 1 MB text (${options.reviewRuns} runs)`)
      const reviewed = measureReview(options.reviewRuns, seed)

      const lines = budgetLines(browser, autosave, exported, mode, reviewed, ipc)
      const environment: Environment = {
        mode,
        seed,
        node: process.versions.node,
        chromium: browser.chromiumVersion,
        cpus: cpus().length,
        date: new Date().toISOString(),
      }
      process.stdout.write(`${formatTable(lines, environment)}\n`)
      await writeResults(join(ROOT, 'bench/results.json'), lines, environment)
      return lines.some((line) => line.status === 'fail') ? 1 : 0
    } finally {
      await host.close()
    }
  } finally {
    if (argv.includes('--keep')) log(`kept ${dir}`)
    else await rm(dir, { recursive: true, force: true })
  }
}

/** The 1,000-document corpus of the export line, generated and checked through the services. */
async function generateAndCheckCorpus(dir: string, seed: string): Promise<void> {
  const corpus = await writeWorkspace(dir, CORPUS_DOCUMENTS, seed)
  const host = await startHost(dir)
  try {
    log('checking the 1,000-document corpus through the services')
    await checkWorkspace(host, dir, corpus)
  } finally {
    await host.close()
  }
}

function buildAppIfMissing(): void {
  if (existsSync(WEB_HOST) && existsSync(join(OUT_DIR, 'renderer/index.html'))) return
  log(`${OUT_DIR} lacks the app: running electron-vite build`)
  const built = spawnSync(join(ROOT, 'node_modules/.bin/electron-vite'), ['build', '--outDir', OUT_DIR], {
    stdio: 'inherit',
  })
  if (built.status !== 0) throw new Error('electron-vite build failed')
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error))
    process.exit(2)
  },
)
