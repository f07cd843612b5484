// The window in French: with Preferences › Français, no English is left on the main window — in the editor
// with a selected commitment and its details, the palette, find, the cheat sheet, the export and import
// dialogs, Preferences and the annotator dialog — and French is kept after a restart. The text size
// setting changes the document text (and only it), and is kept too.
//
// "English left" is read from the page: every visible text node, `aria-label`, `title`, `placeholder` and
// `aria-valuetext` outside the document's own words (the text view's paragraphs and annotation quotes are
// content). None may contain an English string of the en resources that French says otherwise (cut at
// its variables and tags), nor a common English UI word.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { ParleyPage } from './support/parley-page'
import { expect, test } from './support/fixtures'

const LOCALES = join(import.meta.dirname, '../src/renderer/src/i18n/locales')

/**
 * English UI words a French window must not show, matched as whole words and as written here: not in
 * capitals (`COMMITMENT`, `ENTITY:STATE` are the schema's ids, data shown as stored), and capitalised
 * where the lower-case word is French too (« ce document »).
 */
const ENGLISH_WORDS = [
  'Open',
  'Save',
  'Saved',
  'Saving',
  'Cancel',
  'Close',
  'Dismiss',
  'Import',
  'Export',
  'Annotator',
  'Annotators',
  'Document',
  'Documents',
  'Search',
  'Find',
  'Settings',
  'Preferences',
  'Shortcuts',
  'Tag',
  'Tags',
  'Delete',
  'Remove',
  'Undo',
  'Redo',
  'Filter',
  'Label',
  'Author',
  'Created',
  'Modified',
  'Category',
  'Workspace',
  'Language',
  'Welcome',
  'Commitment',
  'Entity',
  'State',
  'Kind',
  'Other',
  'Actors',
  'Press',
  'Select',
  'Pick',
  'Text',
  'the',
  'of',
  'and',
  'with',
  'open',
  'save',
  'cancel',
  'close',
  'import',
  'export',
  'annotator',
  'search',
  'find',
  'settings',
  'shortcuts',
  'tag',
  'tags',
  'delete',
  'undo',
  'label',
  'labels',
  'workspace',
  'more',
  'again',
]

const SKIPPED_AS_CONTENT = [
  '[data-testid="document-text"] p',
  '.quote',
  '[data-testid="details-quote"]',
  '[data-testid="open-document-title"]',
  '.doc-title',
  '.context',
  'code',
].join(', ')

function flatten(value: unknown, prefix = '', into = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') into.set(prefix, value)
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into)
  return into
}

const wholeWord = (word: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u')

/** The pieces of English that French says otherwise, and are not French words too. */
function englishFragments(): string[] {
  const fragments = new Set<string>()
  const allFrench: string[] = []
  for (const file of readdirSync(join(LOCALES, 'en')).filter((f) => f.endsWith('.json'))) {
    const read = (language: string): Map<string, string> =>
      flatten(JSON.parse(readFileSync(join(LOCALES, language, file), 'utf8')) as unknown)
    const en = read('en')
    const fr = read('fr')
    allFrench.push(...fr.values())
    for (const [key, english] of en) {
      if (fr.get(key) === english) continue
      for (const piece of english.split(/\{\{[^}]*\}\}|<[^>]*>/))
        if (/\p{L}/u.test(piece)) fragments.add(piece.trim())
    }
  }
  return [...fragments].filter((f) => !allFrench.some((french) => wholeWord(f).test(french)))
}

/** Every piece of UI text on the page: visible text nodes, options, and the attributes people hear or see. */
function uiTexts(page: Page): Promise<string[]> {
  return page.evaluate((skipped) => {
    const texts: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement
      const text = node.textContent?.trim()
      if (!element || !text || element.closest(skipped)) continue
      if (element.closest('option') || element.checkVisibility()) texts.push(text)
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [aria-valuetext]'))
      for (const name of ['aria-label', 'title', 'placeholder', 'aria-valuetext']) {
        const value = element.getAttribute(name)
        if (value?.trim()) texts.push(value.trim())
      }
    return texts
  }, SKIPPED_AS_CONTENT)
}

/** The checks, made once: each English fragment and word with the whole-word pattern that finds it. */
let checks: { readonly what: string; readonly pattern: RegExp }[] | undefined
function englishChecks(): { readonly what: string; readonly pattern: RegExp }[] {
  checks ??= [
    ...englishFragments().map((f) => ({ what: `« ${f} »`, pattern: wholeWord(f) })),
    ...ENGLISH_WORDS.map((w) => ({ what: w, pattern: wholeWord(w) })),
  ]
  return checks
}

async function expectNoEnglish(parley: ParleyPage, view: string): Promise<void> {
  const texts = await uiTexts(parley.page)
  expect(texts.length, `${view}: the page shows some text`).toBeGreaterThan(5)
  const english = texts.flatMap((text) =>
    englishChecks()
      .filter((check) => check.pattern.test(text))
      .map((check) => `${check.what} in « ${text} »`),
  )
  expect.soft(english, `English left on ${view}`).toEqual([])
}

const PLEDGE =
  'La Chine est disposée à travailler avec le Kazakhstan pour accroître l’ampleur des échanges commerciaux'

test('switched to French, the main window has no English left, and stays French after a restart', async ({
  parley,
}) => {
  test.setTimeout(180_000)
  await parley.sayWhoIAm('Claire Dubois')
  const page = parley.page
  await expect(page.getByTestId('save-status')).toHaveText('Saved')
  await parley.chooseLanguage('fr')
  await expect(page.getByTestId('open-export')).toHaveText('Exporter…')

  // The editor: a commitment with attributes, its actors picked in the text, selected with its details.
  await parley.selectText(PLEDGE)
  await expect(parley.palette).toHaveAttribute('aria-label', 'Étiqueter la sélection')
  await expectNoEnglish(parley, 'the tag palette')
  await parley.tagWithKeys('c')
  await parley.setAttribute('kind', 'joint')
  await parley.setAttribute('domain', 'economy-trade')
  await parley.selectTextWithin(PLEDGE, 'La Chine')
  await parley.page.getByTestId('tag-ENTITY').click()
  await expectNoEnglish(parley, 'the palette’s types')
  await parley.page.getByTestId('tag-ENTITY-STATE').click()
  await parley.selectAnnotationInList('COMMITMENT', PLEDGE)
  await page.getByTestId('pick-actors').click()
  await expect(page.getByTestId('pick-banner')).toContainText('Acteurs')
  await expectNoEnglish(parley, 'the pick banner')
  await parley.clickWithin(PLEDGE, 'La Chine')
  await expect(parley.roleFillers('actors')).toHaveCount(1)
  await expect(page.getByTestId('save-status')).toHaveText('Enregistré')
  await expect(page.getByTestId('details-panel')).toContainText('Nature')
  await expectNoEnglish(parley, 'the editor with a selected commitment')

  await page.keyboard.press('Control+f')
  await page.getByTestId('find-input').fill('Chine')
  await expect(page.getByTestId('find-count')).toContainText(' sur ')
  await expectNoEnglish(parley, 'find')
  await page.getByTestId('find-input').press('Escape')

  await page.keyboard.press('?')
  await expect(page.getByTestId('cheat-sheet')).toBeVisible()
  await expect(page.getByTestId('cheat-sheet')).toContainText('Échap')
  await expectNoEnglish(parley, 'the cheat sheet')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('cheat-sheet')).toBeHidden()

  await page.getByTestId('open-export').click()
  await expect(page.getByTestId('export-plan')).toContainText('annotations par Claire Dubois')
  await expectNoEnglish(parley, 'the export dialog')
  await page.getByTestId('export-dialog').getByRole('button', { name: 'Annuler' }).click()

  await page.getByTestId('open-import').click()
  await expect(page.getByTestId('import-dialog')).toBeVisible()
  await expectNoEnglish(parley, 'the import dialog')
  await page.getByTestId('import-dialog').getByRole('button', { name: 'Annuler' }).click()

  await parley.openPreferences()
  await expectNoEnglish(parley, 'Preferences')
  await page.getByTestId('preferences-close').click()

  await page.getByTestId('annotator-name').click()
  await expect(page.getByTestId('annotator-dialog')).toContainText('Changer d’annotateur')
  await expectNoEnglish(parley, 'the annotator dialog')
  await page.getByTestId('annotator-dialog').getByRole('button', { name: 'Annuler' }).click()

  const restarted = await parley.restart()
  await expect(restarted.text).toBeVisible()
  await expect(restarted.page.locator('html')).toHaveAttribute('lang', 'fr')
  await restarted.selectAnnotationInList('COMMITMENT', PLEDGE)
  await expect(restarted.page.getByTestId('details-panel')).toContainText('Conjoint')
  await expectNoEnglish(restarted, 'the editor after a restart')

  // Back to English: the same window speaks English again.
  await restarted.chooseLanguage('en')
  await expect(restarted.page.getByTestId('open-export')).toHaveText('Export…')
  await expect(restarted.page.getByTestId('details-panel')).toContainText('Joint')
})

test('the text size changes the document text, not the rest, and survives a restart', async ({ parley }) => {
  test.setTimeout(120_000)
  await parley.sayWhoIAm('Claire Dubois')
  const statusSize = (p: ParleyPage): Promise<string> =>
    p.page.getByTestId('status-bar').evaluate((el) => getComputedStyle(el).fontSize)
  expect(await parley.textFontSize()).toBe(17)
  const uiSize = await statusSize(parley)

  const dialog = await parley.openPreferences()
  for (let i = 0; i < 3; i++) await dialog.getByTestId('text-size-larger').click()
  await expect(dialog.getByTestId('text-size-value')).toHaveText('20 px')
  await expect.poll(() => parley.textFontSize()).toBe(20)
  await dialog.getByTestId('text-size').fill('23')
  await expect.poll(() => parley.textFontSize()).toBe(23)
  expect(await statusSize(parley)).toBe(uiSize)
  await dialog.getByTestId('preferences-close').click()

  const restarted = await parley.restart()
  await expect(restarted.text).toBeVisible()
  await expect.poll(() => restarted.textFontSize()).toBe(23)
  const again = await restarted.openPreferences()
  await expect(again.getByTestId('text-size')).toHaveValue('23')
  await again.getByTestId('text-size-smaller').click()
  await expect.poll(() => restarted.textFontSize()).toBe(22)
})
