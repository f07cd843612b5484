// Each document keeps its undo history while the app runs: the analyst tags in the sample, opens another
// text and tags there, comes back, and Mod+Z undoes the sample's tag, not the other's; back in the other
// text, Mod+Z undoes its own. The files on disk follow.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './support/fixtures'
import { SAMPLE, storedRows } from './support/stored-annotations'

const root = join(import.meta.dirname, '..')
const OTHER = 'communique'
const SAMPLE_TITLE = 'cn-kz-strategic-dialogue-2024-03-29.fr'

const otherRows = async (workspace: string): Promise<string[]> => {
  const file = join(workspace, 'documents', OTHER, 'annotations', 'claire-dubois.json')
  const set = JSON.parse(await readFile(file, 'utf8')) as { annotations: { quote: { exact: string } }[] }
  return set.annotations.map((a) => a.quote.exact)
}

test('undo follows each document, coming back to it', async ({ parley, workspace }) => {
  await parley.sayWhoIAm('Claire Dubois')
  // The title says which document is shown (both texts hold « Wang Yi »).
  const title = parley.page.getByTestId('open-document-title')
  await expect(title).toHaveText(SAMPLE_TITLE)
  await parley.selectText('Wang Yi')
  await parley.tagSelection('ENTITY', 'PERSON')
  await parley.waitUntilSaved()
  // The document list counts the tags as they are saved.
  const sampleEntry = parley.page.getByTestId(`document-${SAMPLE}`)
  await expect(sampleEntry).toContainText('1 tag')

  await parley.openTextFiles(join(root, 'fixtures/sources/communique.docx'))
  await expect(title).toHaveText(OTHER)
  await parley.selectText('Astana')
  await parley.tagSelection('ENTITY', 'LOCATION')
  await parley.waitUntilSaved()

  await parley.page.getByTestId(`document-${SAMPLE}`).click()
  await expect(title).toHaveText(SAMPLE_TITLE)
  await expect.poll(() => parley.listRows()).toEqual(['ENTITY:PERSON Wang Yi'])
  await parley.text.focus()
  await parley.page.keyboard.press('ControlOrMeta+z')
  await expect.poll(() => parley.listRows()).toEqual([])
  await parley.waitUntilSaved()
  expect(await storedRows(workspace)).toEqual([])
  expect(await otherRows(workspace)).toEqual(['Astana'])
  await expect(sampleEntry).not.toContainText('tag')
  await expect(parley.page.getByTestId(`document-${OTHER}`)).toContainText('1 tag')

  await parley.page.getByTestId(`document-${OTHER}`).click()
  await expect(title).toHaveText(OTHER)
  await parley.text.focus()
  await parley.page.keyboard.press('ControlOrMeta+z')
  await expect.poll(() => parley.listRows()).toEqual([])
  await parley.waitUntilSaved()
  expect(await otherRows(workspace)).toEqual([])
  // Redo in the sample brings its tag back: its redo was kept too.
  await parley.page.getByTestId(`document-${SAMPLE}`).click()
  await expect(title).toHaveText(SAMPLE_TITLE)
  await parley.text.focus()
  await parley.page.keyboard.press('ControlOrMeta+Shift+z')
  await expect.poll(() => parley.listRows()).toEqual(['ENTITY:PERSON Wang Yi'])
  await parley.waitUntilSaved()
  expect(await storedRows(workspace)).toEqual(['ENTITY:PERSON Wang Yi'])
})
