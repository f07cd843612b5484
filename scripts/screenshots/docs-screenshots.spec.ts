// The documentation's pictures, taken from the real app (`npm run docs:screenshots`): a fresh workspace
// where Claire Dubois meets the first-run guide, tags the sample communiqué through the editor (nested
// spans, a discontinuous commitment, roles, a note), imports two colleagues' sets (fixtures/review/),
// reviews them, reads their agreement, prepares an export, imports a folder of mixed files and switches
// the window to French. Each step checks what it shows before its picture is taken, so a broken view
// fails the script instead of ending up in the docs. Run by playwright.docs.config.ts only.
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, type Locator } from '@playwright/test'
import type { ParleyPage } from '../../e2e/support/parley-page'
import { SAMPLE_TAG_COUNT, SAMPLE_TAGS, SUPPORT_PLEDGE, TRADE_PLEDGE } from './sample-tags'
import { prepareWindow, shoot, test } from './shoot'

const root = join(import.meta.dirname, '..', '..')
const COLLEAGUES = ['aicha-benali.json', 'jean-dupont.json'].map((f) => join(root, 'fixtures', 'review', f))
const FOLDER = join(tmpdir(), 'parley-docs', 'communiqués')

/** A folder as analysts receive them: a Word file, a web page, notes, and things Parley cannot read. */
async function makeMixedFolder(): Promise<void> {
  const source = (name: string): string => join(root, 'fixtures', name)
  await rm(FOLDER, { recursive: true, force: true })
  await mkdir(join(FOLDER, 'notes'), { recursive: true })
  await copyFile(source('sources/communique.docx'), join(FOLDER, 'declaration-conjointe.docx'))
  await copyFile(source('sources/communique-1252.html'), join(FOLDER, 'communique-de-presse.html'))
  await copyFile(source('sources/markdown-french.md'), join(FOLDER, 'notes', 'dialogue-strategique.md'))
  await writeFile(join(FOLDER, 'notes', 'a-verifier.txt'), 'Vérifier la date de la visite à Astana.\n')
  await copyFile(source('text/binary.png'), join(FOLDER, 'photo-de-famille.png'))
  await copyFile(source('sources/not-a-zip.docx'), join(FOLDER, 'brouillon.docx'))
  await writeFile(join(FOLDER, 'notes', 'vide.txt'), '')
}

/** Scrolls the element and whatever scrolls around it back to its top. */
const scrollToTop = (locator: Locator): Promise<void> =>
  locator.evaluate((el) => {
    for (let at: Element | null = el; at; at = at.parentElement) at.scrollTop = 0
  })

async function tagTheSample(parley: ParleyPage): Promise<void> {
  const page = parley.page
  for (const [passage, quote, keys, all] of SAMPLE_TAGS) {
    await parley.selectTextWithin(passage, quote ?? passage)
    await parley.tagWithKeys(...keys)
    if (all) await parley.tagAllOtherOccurrences()
  }
  // The commitment interrupted by « comme toujours »: two fragments of one annotation.
  await parley.selectText(SUPPORT_PLEDGE.head)
  await parley.tagWithKeys('c')
  await parley.addFragmentByDragging(SUPPORT_PLEDGE.tail)
  await expect(parley.selectedQuote).toHaveText(`${SUPPORT_PLEDGE.head} … ${SUPPORT_PLEDGE.tail}`)
  await expect(parley.annotationCount).toHaveText(String(SAMPLE_TAG_COUNT))
  await page.keyboard.press('Escape')
}

test('the documentation’s screenshots', async ({ parley }) => {
  test.setTimeout(300_000)
  const page = parley.page
  await prepareWindow(page)

  await test.step('the first-run guide', async () => {
    await parley.sayWhoIAm('Claire Dubois', { keepGuide: true })
    await expect(parley.guide.getByTestId('guide-COMMITMENT')).toContainText('Les deux parties ont convenu')
    await shoot(page, 'first-run-guide', parley.guide)
    await parley.skipGuide()
  })

  await test.step('the tag palette, its entity types open', async () => {
    await parley.selectTextWithin('Le 29 mars 2024, Wang Yi', 'Wang Yi')
    await expect(parley.palette).toBeVisible()
    await page.keyboard.press('e')
    await expect(page.getByTestId('tag-ENTITY-PERSON')).toBeVisible()
    await shoot(page, 'tag-palette', parley.palette, parley.palette, parley.text.locator('p').first())
    await page.keyboard.press('Escape') // back to the categories
    await page.keyboard.press('Escape')
    await expect(parley.palette).toBeHidden()
    await page.getByTestId('text-scroll').click({ position: { x: 5, y: 5 } }) // drops the selection
  })

  await test.step('the editor: nested highlights, a commitment selected with its details', async () => {
    await tagTheSample(parley)
    await parley.selectAnnotationInList('COMMITMENT', TRADE_PLEDGE)
    await parley.setAttribute('kind', 'joint')
    await parley.setAttribute('domain', 'economy-trade')
    await parley.setAttribute('strength', 'firm')
    await parley.fillRole(
      'actors',
      { passage: TRADE_PLEDGE, quote: 'La Chine' },
      { passage: TRADE_PLEDGE, quote: 'le Kazakhstan' },
    )
    await page.getByTestId('details-note').fill('Chiffre cible absent : à suivre au prochain dialogue.')
    await page.getByTestId('details-note').blur()
    await expect(page.getByTestId('role-link')).toHaveCount(2)
    await parley.waitUntilSaved()
    await page.getByTestId('text-scroll').evaluate((el) => el.scrollTo(0, 0))
    await scrollToTop(page.getByTestId('details-panel'))
    await shoot(page, 'editor', page.getByTestId('details-panel'))
  })

  await test.step('the annotation list, filtered', async () => {
    await page.getByTestId('filter-text').fill('Kazakhstan') // focusing the filters fills their choices
    await page.getByLabel('Filter by label').selectOption('ENTITY:STATE')
    await expect(parley.annotationCount).toContainText(`of ${SAMPLE_TAG_COUNT}`)
    const list = page.getByTestId('annotation-list')
    await shoot(page, 'annotation-list', page.getByTestId('annotation-row').first(), list)
    await page.getByTestId('filter-text').fill('')
    await page.getByLabel('Filter by label').selectOption('')
    await expect(parley.annotationCount).toHaveText(String(SAMPLE_TAG_COUNT))
  })

  await test.step('the guidelines beside the text', async () => {
    await parley.text.focus()
    await page.keyboard.press('Escape') // nothing selected: no role links across the narrower text
    await expect(page.getByTestId('role-link')).toHaveCount(0)
    await page.keyboard.press('g')
    const panel = page.getByTestId('guidelines-panel')
    await expect(panel.getByTestId('guideline-COMMITMENT')).toBeVisible()
    await shoot(page, 'guidelines', panel)
    await page.getByTestId('guidelines-close').click()
    await expect(panel).toBeHidden()
  })

  await test.step('the command palette', async () => {
    await parley.text.focus()
    await page.keyboard.press('ControlOrMeta+K')
    await expect(page.getByTestId('command-palette-input')).toBeFocused()
    await expect(page.getByTestId('palette-export')).toContainText(/Ctrl\+E|⌘\+E/)
    await shoot(page, 'command-palette', parley.commandPalette)
    await page.keyboard.press('Escape')
    await expect(parley.commandPalette).toBeHidden()
  })

  await test.step('review mode with its queue', async () => {
    const imported = await parley.importAnnotationFiles(COLLEAGUES)
    expect(imported).toContain('Aïcha Benali')
    await page.getByTestId('text-scroll').click({ position: { x: 5, y: 5 } })
    await page.keyboard.press('r')
    const chooser = page.getByTestId('review-chooser')
    await expect(chooser.getByTestId('review-annotator')).toHaveCount(3)
    await chooser.locator('[data-testid="review-annotator"][value="Claire Dubois"]').uncheck()
    await page.getByTestId('review-start').click()
    await expect(parley.review).toBeVisible()
    await expect(page.getByTestId('review-count-single')).toHaveText('3')
    await parley.decide('Bureau politique du Comité central', 'b')
    await parley.decide('Murat Nurtleu', '1')
    await expect(page.getByTestId('review-progress')).toHaveText('2 of 7 decided')
    await shoot(page, 'review', parley.reviewCurrent)
  })

  await test.step('the agreement panel', async () => {
    await page.getByTestId('review-open-agreement').click()
    const panel = page.getByTestId('agreement-panel')
    // Claire's set and her two colleagues': three annotators, so Fleiss' kappa and no Cohen's.
    await expect(panel.getByTestId('agreement-annotator')).toHaveCount(3)
    await expect(panel.getByTestId('figure-overall-fleissKappa')).toHaveText(/^-?[01]\.\d{3}$/)
    await expect(panel.getByTestId('figure-overall-cohenKappa')).toHaveText('–')
    await panel.getByTestId('figure-ENTITY-f1Exact').click()
    await expect(panel.getByTestId('agreement-disagreement').first()).toBeVisible()
    await shoot(page, 'agreement', panel, panel)
    await panel.getByTestId('agreement-close').click()
    await page.keyboard.press('Escape')
    await expect(parley.review).toBeHidden()
  })

  await test.step('the export dialog, saying what each format loses', async () => {
    await page.getByTestId('open-export').click()
    for (const id of ['parley-json', 'jsonl', 'brat', 'conll', 'w3c', 'csv']) {
      const box = page.getByTestId(`format-${id}`)
      if (['brat', 'conll', 'csv'].includes(id)) await box.check()
      else await box.uncheck()
    }
    const conll = page.getByTestId('loss-conll')
    await conll.locator('summary').click()
    await expect(conll.locator('li').first()).toBeVisible()
    await shoot(page, 'export-dialog', conll, page.getByTestId('export-dialog'))
    await page.getByTestId('export-dialog').getByRole('button', { name: 'Cancel' }).click()
    await expect(page.getByTestId('export-dialog')).toBeHidden()
  })

  await test.step('a folder import and its summary', async () => {
    await makeMixedFolder()
    const summary = await parley.importFolder(FOLDER)
    await expect(summary.getByTestId('folder-import-imported')).toHaveText('4 texts imported.')
    await expect(summary.getByTestId('folder-import-skipped')).toHaveCount(3)
    await shoot(page, 'folder-import', summary, summary)
    await summary.getByTestId('folder-import-close').click()
    await expect(summary).toBeHidden()
  })

  await test.step('the window in French', async () => {
    await page.getByTestId('document-cn-kz-strategic-dialogue-2024-03-29-fr').click()
    await expect(parley.annotationCount).toHaveText(String(SAMPLE_TAG_COUNT))
    await parley.chooseLanguage('fr')
    await parley.selectAnnotationInList('COMMITMENT', TRADE_PLEDGE)
    await expect(page.getByTestId('details-panel')).toContainText('Acteurs')
    await page.getByTestId('text-scroll').evaluate((el) => el.scrollTo(0, 0))
    await scrollToTop(page.getByTestId('details-panel'))
    await shoot(page, 'french-ui', page.getByTestId('details-panel'))
  })
})
