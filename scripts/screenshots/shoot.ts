// How the documentation's pictures are taken, so that two runs give the same images: the window at
// 1440×900, the page's clock fixed (an annotation's Created and Modified times), annotation ids numbered
// in order, a workspace at a fixed path (the status bar shows it), the status bar's "saved at" time hidden
// (the web host's clock sets it), no mouse over the text, no caret, no animation. The pictures go to
// docs/screenshots/, which only this script writes.
import { mkdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, type Locator, type Page } from '@playwright/test'
import { test as e2e } from '../../e2e/support/fixtures'

export const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots')
export const VIEWPORT = { width: 1440, height: 900 }
/** 2 April 2024, 10:30 local time: the morning the colleagues' sets in fixtures/review/ were made. */
export const FIXED_TIME = new Date(2024, 3, 2, 10, 30)

/** The e2e fixtures, with the workspace at a fixed path (it is shown in the status bar). */
export const test = e2e.extend({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  workspace: async ({}, use) => {
    const dir = join(tmpdir(), 'parley-docs', 'workspace')
    await rm(dir, { recursive: true, force: true })
    await mkdir(dir, { recursive: true })
    await use(dir)
    await rm(dir, { recursive: true, force: true })
  },
})

/**
 * Sizes the window, fixes its clock and numbers new annotations' ids in order instead of at random (the
 * export dialog shows the start of an id), then reloads so that both apply: call once, right after launch.
 */
export async function prepareWindow(page: Page): Promise<void> {
  await page.setViewportSize(VIEWPORT)
  await page.clock.setFixedTime(FIXED_TIME)
  await page.addInitScript(() => {
    let serial = 0
    const next = (): `${string}-${string}-${string}-${string}-${string}` =>
      `c1a1e000-0000-4000-8000-${String(++serial).padStart(12, '0')}`
    Object.defineProperty(crypto, 'randomUUID', { value: next })
  })
  await page.reload()
}

/**
 * Hides the time of the last save, which comes from the host's clock. Through the element's style
 * object: the page's Content-Security-Policy refuses injected style sheets (Playwright's `style` option).
 * It keeps its place, so nothing moves.
 */
const hideSaveTime = (page: Page): Promise<void> =>
  page.evaluate(() => {
    for (const time of document.querySelectorAll<HTMLElement>('[data-testid="saved-at"]'))
      time.style.visibility = 'hidden'
  })

/** The part of the window that holds every one of `parts`, with a margin, or null for the whole window. */
async function regionAround(parts: readonly Locator[]): Promise<Region | null> {
  if (parts.length === 0) return null
  const boxes = await Promise.all(parts.map((part) => part.boundingBox()))
  const left = Math.max(0, Math.min(...boxes.map((b) => b?.x ?? Infinity)) - MARGIN)
  const top = Math.max(0, Math.min(...boxes.map((b) => b?.y ?? Infinity)) - MARGIN)
  const right = Math.min(VIEWPORT.width, Math.max(...boxes.map((b) => (b ? b.x + b.width : 0))) + MARGIN)
  const bottom = Math.min(VIEWPORT.height, Math.max(...boxes.map((b) => (b ? b.y + b.height : 0))) + MARGIN)
  return { x: left, y: top, width: right - left, height: bottom - top }
}

interface Region {
  x: number
  y: number
  width: number
  height: number
}
const MARGIN = 16

/**
 * Saves the window as docs/screenshots/<name>.png once `ready` is visible, or only the part of it that
 * holds `parts` (a dialog, the palette and the words it tags), and checks that the picture holds
 * something: a blank or failed capture is a few kilobytes.
 */
export async function shoot(page: Page, name: string, ready: Locator, ...parts: Locator[]): Promise<void> {
  await expect(ready).toBeVisible()
  await page.mouse.move(1, 1) // over the brand: no hover card, no hover style
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await hideSaveTime(page)
  // Nothing wider than the window: a page that scrolls sideways has a layout bug, not a picture.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORT.width)
  const path = join(SCREENSHOTS, `${name}.png`)
  const clip = await regionAround(parts)
  await page.screenshot({ path, animations: 'disabled', caret: 'hide', ...(clip ? { clip } : {}) })
  expect((await stat(path)).size).toBeGreaterThan(clip ? 5_000 : 20_000)
}
