// Tag all occurrences: tagging one « Kazakhstan » as a STATE offers every other whole-word « Kazakhstan »
// of the text (never « kazakhes »), accepting tags them all in one undo step, and the matching options
// change the offer exactly where the sample differs in case.
import { readFileSync } from 'node:fs'
import { expect, test } from './support/fixtures'
import { canonicalTextPath } from './support/stored-annotations'

/** Whole-word occurrences in the canonical text; `\b` knows no accents, so words are letters and digits. */
function wholeWordCount(workspace: string, word: string, flags = ''): number {
  const text = readFileSync(canonicalTextPath(workspace), 'utf8')
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return text.match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, `gu${flags}`))?.length ?? 0
}

test('tagging « Kazakhstan » once offers the others; accepting tags them all, one undo removes them', async ({
  parley,
  workspace,
}) => {
  await parley.sayWhoIAm('Claire Dubois')
  const total = wholeWordCount(workspace, 'Kazakhstan')
  expect(total).toBeGreaterThan(10)

  await parley.selectText('Kazakhstan')
  await parley.tagWithKeys('e', 's')
  await expect(parley.tagAllPanel).toBeVisible()
  const offered = parley.page.getByTestId('tag-all-count')
  await expect(offered).toHaveText(String(total - 1))

  // In this text every « Kazakhstan » is capitalised and unaccented, so the options change nothing here.
  expect(wholeWordCount(workspace, 'Kazakhstan', 'i')).toBe(total)
  await parley.page.getByTestId('option-caseSensitive').uncheck()
  await expect(offered).toHaveText(String(total - 1))
  await parley.page.getByTestId('option-accentSensitive').uncheck()
  await expect(offered).toHaveText(String(total - 1))
  await parley.page.getByTestId('option-caseSensitive').check()
  await parley.page.getByTestId('option-accentSensitive').check()

  await parley.page.getByTestId('tag-all-accept').click()
  await expect(parley.tagAllPanel).toBeHidden()
  await expect(parley.annotationCount).toHaveText(String(total))
  const painted = await parley.highlighted('ENTITY')
  expect(painted).toHaveLength(total)
  expect(painted.filter((quote) => quote !== 'Kazakhstan')).toEqual([])
  // The list is virtualised (only rows in view exist); its group header counts them all.
  await expect(parley.page.locator('.group-header.cat-ENTITY .count')).toHaveText(String(total))

  await parley.page.keyboard.press('ControlOrMeta+z')
  await expect(parley.annotationCount).toHaveText('1')
  expect(await parley.highlighted('ENTITY')).toEqual(['Kazakhstan'])
})

test('with « Match case » off, « la Chine » also offers « La Chine » at the start of sentences', async ({
  parley,
  workspace,
}) => {
  await parley.sayWhoIAm('Claire Dubois')
  const lower = wholeWordCount(workspace, 'la Chine')
  const anyCase = wholeWordCount(workspace, 'la Chine', 'i')
  expect(anyCase).toBeGreaterThan(lower)

  await parley.selectText('la Chine')
  await parley.tagWithKeys('e', 's')
  const offered = parley.page.getByTestId('tag-all-count')
  await expect(offered).toHaveText(String(lower - 1))
  await parley.page.getByTestId('option-caseSensitive').uncheck()
  await expect(offered).toHaveText(String(anyCase - 1))

  await parley.page.getByTestId('tag-all-accept').click()
  await expect(parley.annotationCount).toHaveText(String(anyCase))
  const painted = await parley.highlighted('ENTITY')
  expect(painted.filter((q) => q === 'La Chine')).toHaveLength(anyCase - lower)
  expect(painted.filter((q) => q === 'la Chine')).toHaveLength(lower)
})
