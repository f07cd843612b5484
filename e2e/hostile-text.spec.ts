// Notes, labels and imported files carrying HTML or script are shown as literal text: no script runs, no
// element is injected, and the exact string is kept on disk.
import { readFile } from 'node:fs/promises'
import { expect, test } from './support/fixtures'
import { annotationFile } from './support/stored-annotations'

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  'javascript:window.__pwned=3',
  '</textarea><b>bold</b>',
]

test('HTML and script in a note and in an imported file render as literal text', async ({
  parley,
  workspace,
}) => {
  const page = parley.page
  const dialogs: string[] = []
  page.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message())))
  await parley.sayWhoIAm('Claire <img src=x onerror="window.__pwned=4">')
  await parley.selectText('Wang Yi')
  await parley.tagSelection('ENTITY', 'PERSON')
  const note = PAYLOADS.join('\n')
  await page.getByTestId('details-note').fill(note)
  await page.getByTestId('details-note').blur()
  await parley.waitUntilSaved()

  await page.getByTestId('open-import').click()
  await page.getByTestId('import-files').setInputFiles({
    name: 'hostile.jsonl',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        text: 'Le <script>window.__pwned=5</script> Kazakhstan',
        label: [[4, 36, 'ENTITY']],
      }) + '\n',
    ),
  })
  await page.getByTestId('import-annotator').fill('<b>Mallory</b>')
  await page.getByTestId('import-run').click()
  await expect(page.getByTestId('import-done')).toContainText('<b>Mallory</b>')
  await page.getByTestId('import-dialog').getByRole('button', { name: 'Close' }).click()

  await expect(page.getByTestId('annotator-name')).toContainText('<img src=x')
  await expect(page.getByTestId('details-note')).toHaveValue(note)
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()
  expect(await page.locator('img, script:not([src]), b').count()).toBe(0)
  expect(dialogs).toEqual([])
  const stored = JSON.parse(
    await readFile(
      annotationFile(workspace).replace('claire-dubois', 'claire-img-src-x-onerror-window-pwned-4'),
      'utf8',
    ),
  ) as {
    annotations: { note: string }[]
  }
  expect(stored.annotations[0]?.note).toBe(note)
})
