// File › Import Annotations… and File › Export… in the window: a colleague's JSONL comes in under her
// name, and the export first says what CoNLL cannot carry, then writes the folder with its manifest.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './support/fixtures'

const root = join(import.meta.dirname, '..')

test('a colleague’s JSONL imports, and the export reports losses before writing', async ({
  parley,
  workspace,
}) => {
  await parley.sayWhoIAm('Claire Dubois')
  const page = parley.page

  await page.getByTestId('open-import').click()
  await page.getByTestId('import-files').setInputFiles(join(root, 'fixtures/cli/cn-kz-spans.jsonl'))
  await page.getByTestId('import-annotator').fill('Aïcha Benali')
  await page.getByTestId('import-run').click()
  await expect(page.getByTestId('import-done')).toContainText('by Aïcha Benali')
  await page.getByRole('button', { name: 'Close' }).click()

  await page.getByTestId('open-export').click()
  await page.getByTestId('format-conll').check()
  const plan = page.getByTestId('export-plan')
  await expect(plan).toContainText('annotations by Aïcha Benali')
  await page.getByTestId('export-run').click()
  await expect(page.getByTestId('export-done')).toContainText('files to')

  const exports = join(workspace, 'exports')
  const [folder] = await readdir(exports)
  const manifest = JSON.parse(await readFile(join(exports, folder!, 'manifest.json'), 'utf8')) as {
    formats: string[]
    annotators: string[]
  }
  expect(manifest.formats).toEqual(['parley-json', 'jsonl', 'brat', 'conll'])
  expect(manifest.annotators).toContain('Aïcha Benali')
})

test('a malformed import is refused with file and line, and nothing changes', async ({ parley }) => {
  await parley.sayWhoIAm('Claire Dubois')
  const page = parley.page
  await page.getByTestId('open-import').click()
  await page.getByTestId('import-files').setInputFiles({
    name: 'broken.jsonl',
    mimeType: 'application/json',
    buffer: Buffer.from('{"text": "x", "label": [[0, 1, "ENTITY"]], "__proto__": {"polluted": 1}}\n'),
  })
  await page.getByTestId('import-run').click()
  await expect(page.getByTestId('import-problems')).toContainText('broken.jsonl:1')
  expect(await page.evaluate(() => ({}))).not.toHaveProperty('polluted')
})
