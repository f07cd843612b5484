// Drives the real renderer in Chromium, as an analyst would, against the web host: opens the 1 MB text
// bare and with 20,000 annotations, then at 20,000 annotations adds, retags, deletes and undoes with the
// keyboard, selects rows of the list, types in the list filter and in a note, hovers highlights and
// scrolls the whole text. Timing happens in the page (page-probes.ts explains how).
import { chromium, type Browser, type Locator, type Page } from '@playwright/test'
import { DOCS } from './generate-corpus'
import {
  highlightCentres,
  installProbe,
  scrollThrough,
  selectWord,
  timeOpening,
  type ArmedEvent,
  type Opening,
  type Timing,
} from './page-probes'

export interface BrowserOptions {
  /** Runs of each timed action. */
  readonly runs: number
  readonly scrollPasses: number
}

export interface BrowserSamples {
  readonly openBare: Opening[]
  readonly openDense: Opening[]
  readonly add: Timing[]
  readonly retag: Timing[]
  readonly remove: Timing[]
  readonly undo: Timing[]
  readonly selectRow: Timing[]
  readonly typeFilter: Timing[]
  readonly typeNote: Timing[]
  readonly hover: Timing[]
  /** Frame intervals of each pass through the annotated text, and through the bare text for reference. */
  readonly scrollDense: number[][]
  readonly scrollBare: number[][]
  readonly chromiumVersion: string
}

/** Screens scrolled per frame: a fast flick through the document. */
const SCROLL_STEP = 1
const DENSE_COUNT = 20_000
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
]

export async function measureBrowser(url: string, options: BrowserOptions): Promise<BrowserSamples> {
  const browser = await chromium.launch({
    executablePath: process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    page.setDefaultTimeout(120_000)
    await page.addInitScript(installProbe)
    await page.goto(url)
    await page.locator('[data-testid="document-text"][aria-label="Text of a-start"]').waitFor()
    return await runAll(page, browser, options)
  } finally {
    await browser.close()
  }
}

async function runAll(page: Page, browser: Browser, options: BrowserOptions): Promise<BrowserSamples> {
  const { openBare, openDense } = await measureOpening(page, options.runs)
  const { scrollBare, scrollDense } = await measureScrolling(page, options.scrollPasses)
  await expectCount(page, DENSE_COUNT)
  const edits = await measureEdits(page, options.runs)
  return {
    openBare,
    openDense,
    scrollBare,
    scrollDense,
    ...edits,
    selectRow: await measureRowSelection(page, options.runs),
    typeFilter: await measureTyping(page, page.getByTestId('filter-text'), options.runs),
    typeNote: await measureNoteTyping(page, options.runs),
    hover: await measureHover(page, options.runs),
    chromiumVersion: browser.version(),
  }
}

const open = (page: Page, id: string, highlights: boolean): Promise<Opening> =>
  page.evaluate(timeOpening, { id, title: id, highlights })

/** One warm-up opening of each, then alternating order, always leaving from the small start document. */
async function measureOpening(page: Page, runs: number) {
  const openBare: Opening[] = []
  const openDense: Opening[] = []
  for (let run = -1; run < runs; run++) {
    const order = run % 2 === 0 ? (['bare', 'dense'] as const) : (['dense', 'bare'] as const)
    for (const which of order) {
      await open(page, DOCS.start, false)
      await settle(page)
      const opening = await open(page, DOCS[which], which === 'dense')
      if (run >= 0) (which === 'bare' ? openBare : openDense).push(opening)
    }
  }
  return { openBare, openDense }
}

/** Each pass opens the text afresh and scrolls it top to bottom; the annotated text is left open. */
async function measureScrolling(page: Page, passes: number) {
  const scrollBare: number[][] = []
  const scrollDense: number[][] = []
  for (let pass = 0; pass < passes; pass++) {
    for (const which of ['bare', 'dense'] as const) {
      await open(page, DOCS[which], which === 'dense')
      await settle(page)
      ;(which === 'bare' ? scrollBare : scrollDense).push(await page.evaluate(scrollThrough, SCROLL_STEP))
    }
  }
  return { scrollBare, scrollDense }
}

/** Times one action: arms the in-page probe for the event that carries it, acts, reads the timing. */
async function timed(page: Page, event: ArmedEvent, act: () => Promise<void>, key?: string): Promise<Timing> {
  await page.evaluate(([type, k]) => window.parleyBench?.arm(type, k), [event, key] as const)
  await act()
  const timing = await page.evaluate(() => {
    const late = new Promise<null>((resolve) => setTimeout(() => resolve(null), 30_000))
    return Promise.race([window.parleyBench?.result ?? null, late])
  })
  if (!timing) throw new Error(`the probe saw no ${event} ${key ?? ''}`)
  return timing
}

async function measureEdits(page: Page, runs: number) {
  const samples = { add: [] as Timing[], retag: [] as Timing[], remove: [] as Timing[], undo: [] as Timing[] }
  const palette = page.getByTestId('tag-palette')
  await page.getByTestId('text-scroll').evaluate((box) => (box.scrollTop = box.scrollHeight / 2))
  for (let run = 0; run < runs; run++) {
    await page.evaluate(selectWord, run * 3)
    await palette.waitFor()
    await page.keyboard.press('e')
    samples.add.push(await timed(page, 'keydown', () => page.keyboard.press('s')))
    await expectCount(page, DENSE_COUNT + 1)
    if (await page.getByTestId('tag-all-panel').isVisible()) await page.keyboard.press('Escape')

    await page.keyboard.press('Enter')
    await palette.waitFor()
    await page.keyboard.press('e')
    samples.retag.push(await timed(page, 'keydown', () => page.keyboard.press('p')))
    await page.getByTestId('details-panel').getByText('ENTITY:PERSON').waitFor()

    samples.remove.push(await timed(page, 'keydown', () => page.keyboard.press('Delete')))
    await expectCount(page, DENSE_COUNT)
    samples.undo.push(await timed(page, 'keydown', () => page.keyboard.press('ControlOrMeta+z'), 'z'))
    await expectCount(page, DENSE_COUNT + 1)
    await page.keyboard.press('Delete')
    await expectCount(page, DENSE_COUNT)
    await settle(page)
  }
  return samples
}

async function measureRowSelection(page: Page, runs: number): Promise<Timing[]> {
  const samples: Timing[] = []
  for (let run = 0; run < runs; run++) {
    const row = page.getByTestId('annotation-row').nth(2 + (run % 10))
    samples.push(await timed(page, 'click', () => row.click()))
    await page.getByTestId('annotation-row').and(page.locator('[aria-selected="true"]')).waitFor()
    await settle(page)
  }
  return samples
}

/** Types one character at a time into a field, timing each from its input event. */
async function measureTyping(page: Page, field: Locator, runs: number): Promise<Timing[]> {
  const samples: Timing[] = []
  const words = 'coopération stratégique entre les deux parties '
  await field.click()
  for (let i = 0; i < Math.max(runs, 10); i++) {
    const char = words[i % words.length] ?? ' '
    samples.push(await timed(page, 'input', () => page.keyboard.type(char)))
  }
  await field.fill('')
  await settle(page)
  return samples
}

async function measureNoteTyping(page: Page, runs: number): Promise<Timing[]> {
  await page.getByTestId('annotation-row').nth(2).click()
  const samples = await measureTyping(page, page.getByTestId('details-note'), runs)
  await page.getByTestId('document-text').click({ position: { x: 5, y: 5 } })
  return samples
}

async function measureHover(page: Page, runs: number): Promise<Timing[]> {
  const samples: Timing[] = []
  const centres = await page.evaluate(highlightCentres)
  if (centres.length < 2) throw new Error('no entity highlights in view to hover')
  for (let i = 0; i < Math.max(runs, 10); i++) {
    const at = centres[(i * 7) % centres.length]!
    samples.push(await timed(page, 'mousemove', () => page.mouse.move(at.x, at.y)))
  }
  return samples
}

/** Waits for the list to count `count` annotations, written with or without digit grouping (20,000 or 20 000). */
async function expectCount(page: Page, count: number): Promise<void> {
  const digits = [...String(count)].join('[,.\\s\\u00a0\\u202f]?')
  await page
    .getByTestId('annotation-count')
    .filter({ hasText: new RegExp(`^${digits}$`) })
    .waitFor()
}

/** Waits until pending saves are acknowledged and the page has been idle for a moment. */
async function settle(page: Page): Promise<void> {
  await page
    .getByTestId('save-status')
    .filter({ hasText: /^Saved$/ })
    .waitFor()
  await page.waitForTimeout(150)
}
