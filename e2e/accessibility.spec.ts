// Accessibility, checked by axe-core against WCAG 2.1 A and AA on the main views of the window: no serious
// or critical violation on the first-run guide, the editor with an annotation selected, the tag palette,
// the cheat sheet, the export and import dialogs, the tag schema settings, the command palette, the
// guidelines panel, review mode and the agreement panel. A failure names each violated rule and where.
import AxeBuilder from '@axe-core/playwright'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'

const ROOT = join(import.meta.dirname, '..')
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** Runs axe on the page as it is now; fails with the ids of serious and critical violations. */
async function expectAccessible(page: Page, view: string): Promise<void> {
  // Legacy mode runs axe inside the page itself: the default opens a second page, which neither the
  // Electron window nor the web launcher's single page allows. The app has no iframe, so nothing is lost.
  const results = await new AxeBuilder({ page }).withTags(WCAG).setLegacyMode().analyze()
  const grave = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  const described = grave.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 4)
        .join(' | ')}`,
  )
  expect(described, `${view}: ${grave.map((v) => v.id).join(', ') || 'none'}`).toEqual([])
  // A check that found nothing to check proves nothing.
  expect(results.passes.length, view).toBeGreaterThan(10)
}

test('the main views have no serious or critical accessibility violation', async ({ parley }) => {
  test.setTimeout(300_000)
  const page = parley.page
  await parley.sayWhoIAm('Claire Dubois', { keepGuide: true })
  await expect(parley.guide).toBeVisible()
  await expectAccessible(page, 'first-run guide')
  await parley.skipGuide()

  // The editor with the sample open and an annotation selected.
  await parley.selectText('Kazakhstan')
  await expect(parley.palette).toBeVisible()
  await expectAccessible(page, 'tag palette')
  await parley.tagWithKeys('e', 's')
  await parley.selectAnnotationInList('ENTITY:STATE', 'Kazakhstan')
  await expect(parley.selectedQuote).toHaveText('Kazakhstan')
  await expect(page.getByTestId('selection-announcer')).toContainText('ENTITY:STATE')
  await expectAccessible(page, 'editor with a selected annotation')

  await parley.text.focus()
  await page.keyboard.press('?')
  await expect(page.getByTestId('cheat-sheet')).toBeVisible()
  await expectAccessible(page, 'cheat sheet')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('cheat-sheet')).toBeHidden()

  await page.getByTestId('open-export').click()
  await expect(page.getByTestId('export-dialog')).toBeVisible()
  await expectAccessible(page, 'export dialog')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('export-dialog')).toBeHidden()

  await page.getByTestId('open-import').click()
  const importDialog = page.getByRole('dialog')
  await expect(importDialog).toBeVisible()
  await expectAccessible(page, 'import dialog')
  await page.keyboard.press('Escape')
  await expect(importDialog).toBeHidden()

  await page.getByTestId('open-settings').click()
  const settings = page.getByRole('dialog')
  await expect(settings).toBeVisible()
  await expectAccessible(page, 'tag schema settings')
  await page.keyboard.press('Escape')
  await expect(settings).toBeHidden()

  await parley.text.focus()
  await page.keyboard.press('ControlOrMeta+K')
  await expect(parley.commandPalette).toBeVisible()
  await page.getByTestId('command-palette-input').fill('an')
  await expectAccessible(page, 'command palette')
  await page.keyboard.press('Escape')

  await parley.text.focus()
  await page.keyboard.press('g')
  await expect(page.getByTestId('guidelines-panel')).toBeVisible()
  await expectAccessible(page, 'guidelines panel')
})

test('review mode and the agreement panel have no serious or critical accessibility violation', async ({
  parley,
}) => {
  test.setTimeout(240_000)
  const page = parley.page
  await parley.sayWhoIAm('Claire Dubois')
  const sets = ['aicha-benali.json', 'jean-dupont.json'].map((f) => join(ROOT, 'fixtures', 'review', f))
  await parley.importAnnotationFiles(sets)
  await page.getByTestId('text-scroll').click({ position: { x: 5, y: 5 } })
  await parley.startReview(['Aïcha Benali', 'Jean Dupont'])
  await expect(page.getByTestId('review-progress')).toBeVisible()
  await expectAccessible(page, 'review mode')

  await parley.runCommand('agreement')
  const agreement = page.getByRole('dialog')
  await expect(agreement).toBeVisible()
  await expectAccessible(page, 'agreement panel')
})

test('every dialog keeps the keyboard inside it, closes with Esc and gives focus back', async ({
  parley,
}) => {
  const page = parley.page
  await parley.sayWhoIAm('Claire Dubois')
  const opener = page.getByTestId('open-export')
  await opener.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByTestId('export-dialog')
  await expect(dialog).toBeVisible()
  await expect(dialog).toHaveAttribute('aria-modal', 'true')
  const title = await dialog.getAttribute('aria-labelledby')
  await expect(page.locator(`[id="${title}"]`)).toHaveText(/Export/)
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press(i % 5 === 4 ? 'Shift+Tab' : 'Tab')
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true)
  }
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(opener).toBeFocused()
})
