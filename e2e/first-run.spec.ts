// A first run that teaches: on a fresh workspace the guide shows over the sample once the analyst has said
// who she is, walks through the categories, tagging, the keys and review, and once dismissed stays
// dismissed after a restart (it lives in the workspace's settings). The command palette finds and runs
// commands from the keyboard; the annotation guidelines open beside the text.
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Locator } from '@playwright/test'
import { expect, test } from './support/fixtures'

const SHOTS = '/tmp/shots-h8'

/** Whether the keyboard focus is inside the element. */
const holdsFocus = (locator: Locator): Promise<boolean> =>
  locator.evaluate((el) => el.contains(document.activeElement))

test('the guide shows on a fresh workspace, teaches in four steps, and stays dismissed after a restart', async ({
  parley,
  workspace,
}) => {
  test.setTimeout(120_000) // two launches
  const page = parley.page
  await parley.sayWhoIAm('Claire Dubois', { keepGuide: true })
  const guide = parley.guide
  await expect(guide).toBeVisible()
  await expect(guide).toHaveAttribute('aria-modal', 'true')
  await expect(guide.getByTestId('guide-COMMITMENT')).toContainText('Les deux parties ont convenu de')
  await expect(guide.getByTestId('guide-POSITION')).toContainText('Le Kazakhstan soutient fermement')
  for (const entity of ['Wang Yi', 'Kazakhstan', 'OCS'])
    await expect(guide.getByTestId('guide-ENTITY')).toContainText(entity)
  // The sample is open behind it.
  await expect(parley.text).toContainText('Le 29 mars 2024, Wang Yi')

  // Focus is inside the guide and Tab cannot leave it.
  await expect.poll(() => holdsFocus(guide)).toBe(true)
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab')
    expect(await holdsFocus(guide)).toBe(true)
  }
  await mkdir(SHOTS, { recursive: true })
  await page.screenshot({ path: join(SHOTS, 'first-run-guide.png') })

  const steps: string[] = []
  for (let i = 0; i < 3; i++) {
    steps.push((await guide.getAttribute('data-step')) ?? '')
    await guide.getByTestId('guide-next').click()
    await guide.screenshot({ path: join(SHOTS, `first-run-guide-step-${i + 2}.png`) })
  }
  steps.push((await guide.getAttribute('data-step')) ?? '')
  expect(steps).toEqual(['categories', 'tagging', 'keys', 'review'])
  await expect(guide).toContainText('Review')
  await guide.getByTestId('guide-done').click()
  await expect(guide).toBeHidden()
  await expect
    .poll(async () => {
      const settings = JSON.parse(await readFile(join(workspace, 'settings.json'), 'utf8')) as {
        guideDismissed?: boolean
      }
      return settings.guideDismissed
    })
    .toBe(true)

  const restarted = await parley.restart()
  await restarted.sayWhoIAm('Claire Dubois')
  await expect(restarted.page.getByTestId('annotation-list')).toBeVisible()
  await expect(restarted.guide).toBeHidden()

  // Help › Getting Started (here through the palette) brings it back; Esc closes it.
  await restarted.runCommand('getting started')
  await expect(restarted.guide).toBeVisible()
  await restarted.page.keyboard.press('Escape')
  await expect(restarted.guide).toBeHidden()
})

test('Ctrl+K opens the command palette: « exp » and Enter open the export dialog', async ({ parley }) => {
  const page = parley.page
  await parley.sayWhoIAm('Claire Dubois')
  await parley.text.focus()
  await page.keyboard.press('ControlOrMeta+K')
  const palette = parley.commandPalette
  await expect(palette).toBeVisible()
  const input = page.getByTestId('command-palette-input')
  await expect(input).toBeFocused()
  await expect(input).toHaveAttribute('role', 'combobox')
  await expect(palette.getByRole('listbox')).toBeVisible()

  // Commands that do not apply now are greyed, with why.
  const remove = page.getByTestId('palette-delete')
  await expect(remove).toHaveAttribute('aria-disabled', 'true')
  await expect(remove).toContainText('select an annotation first')
  await expect(page.getByTestId('palette-export')).toContainText(/Ctrl\+E|⌘\+E/)

  // Arrows move the active option, which the field points at.
  const activeId = () => input.getAttribute('aria-activedescendant')
  const first = await activeId()
  await page.keyboard.press('ArrowDown')
  expect(await activeId()).not.toBe(first)
  await expect(page.locator(`[id="${await activeId()}"]`)).toHaveAttribute('aria-selected', 'true')

  // Esc closes it and gives focus back to the text.
  await page.keyboard.press('Escape')
  await expect(palette).toBeHidden()
  await expect(parley.text).toBeFocused()

  await page.keyboard.press('ControlOrMeta+K')
  await input.pressSequentially('exp')
  await expect(palette.getByRole('option').first()).toContainText('Export')
  await page.keyboard.press('Enter')
  await expect(palette).toBeHidden()
  await expect(page.getByTestId('export-dialog')).toBeVisible()
})

test('the annotation guidelines open beside the text with the three categories, and close', async ({
  parley,
}) => {
  const page = parley.page
  await parley.sayWhoIAm('Claire Dubois')
  await parley.text.focus()
  await page.keyboard.press('g')
  const panel = page.getByTestId('guidelines-panel')
  await expect(panel).toBeVisible()
  for (const category of ['COMMITMENT', 'POSITION', 'ENTITY'])
    await expect(panel.getByTestId(`guideline-${category}`)).toBeVisible()
  await expect(panel.getByTestId('guideline-COMMITMENT')).toContainText('Les deux parties ont convenu de')
  await expect(panel.getByTestId('guideline-POSITION')).toContainText(
    'Le Kazakhstan soutient fermement la Chine dans la défense de ses intérêts fondamentaux',
  )

  // Beside the text, not over it, and the text still readable.
  const text = await page.getByTestId('text-scroll').boundingBox()
  const beside = await panel.boundingBox()
  expect(text && beside && beside.x >= text.x + text.width - 1).toBe(true)
  expect(text && text.width > 380).toBe(true)
  // It scrolls on its own.
  const body = panel.locator('.guidelines-body')
  expect(await body.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true)
  await page.screenshot({ path: join(SHOTS, 'guidelines-panel.png') })

  await page.getByTestId('guidelines-close').click()
  await expect(panel).toBeHidden()
  await expect(parley.text).toBeFocused()
  await parley.runCommand('guidelines')
  await expect(panel).toBeVisible()
  await panel.focus()
  await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()

  // In French, the guidelines, the palette and its commands speak French.
  await parley.chooseLanguage('fr')
  await parley.text.focus()
  await page.keyboard.press('g')
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Consignes d’annotation')
  await expect(panel.getByTestId('guideline-COMMITMENT')).toContainText('Engagement')
  await expect(page.getByTestId('guidelines-close')).toHaveAttribute('aria-label', 'Fermer les consignes')
  await page.keyboard.press('ControlOrMeta+K')
  await page.getByTestId('command-palette-input').fill('exp')
  await expect(parley.commandPalette.getByRole('option').first()).toContainText('Exporter')
  await page.getByTestId('command-palette-input').fill('suppr')
  await expect(page.getByTestId('palette-delete')).toContainText('sélectionnez d’abord une annotation')
  await page.screenshot({ path: join(SHOTS, 'command-palette-fr.png') })
})

test('empty states say what to do next: the first span to tag, a filter that hides everything', async ({
  parley,
}) => {
  const page = parley.page
  await parley.sayWhoIAm('Claire Dubois')
  const none = page.getByTestId('no-annotations')
  await expect(none).toContainText('Select words in the text')
  await expect(none.locator('kbd')).toHaveText(['c', 'p', 'e', '?'])

  await parley.selectText('Kazakhstan')
  await parley.tagWithKeys('e', 's')
  await expect(none).toBeHidden()
  await page.getByTestId('filter-text').fill('Ouzbékistan')
  await expect(page.getByTestId('no-filter-match')).toContainText('No annotation matches these filters')
  await expect(page.getByTestId('annotation-row')).toHaveCount(0)
  await page.getByTestId('clear-filters').click()
  await expect(page.getByTestId('filter-text')).toHaveValue('')
  expect(await parley.listRows()).toEqual(['ENTITY:STATE Kazakhstan'])
})
