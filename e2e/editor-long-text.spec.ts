// A long text opens in two parts: its text with the annotations of its first screens, then the rest of its
// set. The analyst tags every « Kazakhstan » of an 84,000-character text, opens another text and comes back:
// all of them are back (the later ones came with the rest), the last one can be deleted and the delete
// undone, and the file on disk follows.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './support/fixtures'
import { SAMPLE } from './support/stored-annotations'

const root = join(import.meta.dirname, '..')
const LONG = 'long-communique'

/** Where the stored annotations of the long text start, in text order. */
const storedStarts = async (workspace: string): Promise<number[]> => {
  const file = join(workspace, 'documents', LONG, 'annotations', 'claire-dubois.json')
  const set = JSON.parse(await readFile(file, 'utf8')) as { annotations: { start: number }[] }
  return set.annotations.map((a) => a.start).sort((a, b) => a - b)
}

test('a long text’s tags all come back on reopening, and the last one can be deleted and restored', async ({
  parley,
  workspace,
}, testInfo) => {
  const sample = await readFile(join(root, 'fixtures/cn-kz-strategic-dialogue-2024-03-29.fr.txt'), 'utf8')
  const long = Array.from({ length: 12 }, (_, i) => `Partie ${i + 1}\n\n${sample.trim()}`).join('\n\n')
  // Past the first part of an opening (60,000 code points), so that the rest of the set comes apart.
  expect([...long].length).toBeGreaterThan(80_000)
  const occurrences = long.match(/\bKazakhstan\b/g)?.length ?? 0
  expect(occurrences).toBeGreaterThan(20)
  const file = testInfo.outputPath(`${LONG}.txt`)
  await writeFile(file, long)

  await parley.sayWhoIAm('Claire Dubois')
  const title = parley.page.getByTestId('open-document-title')
  await parley.openTextFiles(file)
  await expect(title).toHaveText(LONG)
  await parley.selectText('Kazakhstan')
  await parley.tagSelection('ENTITY', 'STATE')
  await parley.tagAllOtherOccurrences()
  await expect(parley.annotationCount).toHaveText(String(occurrences))
  await parley.waitUntilSaved()
  const starts = await storedStarts(workspace)
  const last = starts.at(-1)!
  expect(last).toBeGreaterThan(60_000)

  await parley.page.getByTestId(`document-${SAMPLE}`).click()
  await expect(title).toHaveText('cn-kz-strategic-dialogue-2024-03-29.fr')
  // Over the web host, the rest of the set is asked for apart (the desktop IPC has no requests to watch).
  const rest =
    parley.launched().kind === 'web' ? parley.page.waitForRequest(/\/api\/openDocumentRest$/) : null
  await parley.page.getByTestId(`document-${LONG}`).click()
  await expect(title).toHaveText(LONG)
  await rest
  await expect(parley.annotationCount).toHaveText(String(occurrences))
  await expect(parley.page.getByTestId('annotation-list')).toHaveAttribute('aria-busy', 'false')

  // K with nothing selected selects the last annotation, near the end of the text: it came with the rest.
  await parley.text.focus()
  await parley.page.keyboard.press('k')
  await expect(parley.selectedQuote).toHaveText('Kazakhstan')
  await parley.page.keyboard.press('Delete')
  await expect(parley.annotationCount).toHaveText(String(occurrences - 1))
  await parley.waitUntilSaved()
  await expect.poll(() => storedStarts(workspace)).toEqual(starts.slice(0, -1))
  await parley.page.keyboard.press('ControlOrMeta+z')
  await expect(parley.annotationCount).toHaveText(String(occurrences))
  await parley.waitUntilSaved()
  await expect.poll(() => storedStarts(workspace)).toEqual(starts)
})
