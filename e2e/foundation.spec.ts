// The foundation end to end: open the sample, tag « Kazakhstan », quit, come back, find the tag, with the
// file on disk holding Python's code-point offsets; and a deleted tag stays deleted.
import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './support/fixtures'

const DOC = 'cn-kz-strategic-dialogue-2024-03-29-fr'
const annotationFile = (workspace: string): string =>
  join(workspace, 'documents', DOC, 'annotations', 'claire-dubois.json')

/** Offsets as Python counts them in the canonical text, computed by Python itself. */
function pythonOffsets(workspace: string, word: string): [number, number] {
  const script =
    'import sys\nt = open(sys.argv[1], encoding="utf-8", newline="").read()\ni = t.index(sys.argv[2])\nprint(i, i + len(sys.argv[2]))'
  const out = execFileSync('python3', ['-c', script, join(workspace, 'documents', DOC, 'text.txt'), word], {
    encoding: 'utf8',
  })
  const [start, end] = out.trim().split(' ').map(Number)
  return [start ?? -1, end ?? -1]
}

interface StoredSet {
  annotations: { start: number; end: number; label: string; author: string; quote: { exact: string } }[]
}
const readSet = async (workspace: string): Promise<StoredSet> =>
  JSON.parse(await readFile(annotationFile(workspace), 'utf8')) as StoredSet

test('a tag made on the sample is still there after a restart, with Python offsets on disk', async ({
  parley,
  workspace,
}) => {
  await parley.sayWhoIAm('Claire Dubois')
  await expect(parley.page.getByTestId('annotator-name')).toHaveText('Annotator: Claire Dubois')
  await expect(parley.text).toContainText('Le 29 mars 2024, Wang Yi')

  await parley.selectText('Kazakhstan')
  await parley.tagSelection('ENTITY')
  expect(await parley.highlighted('ENTITY')).toEqual(['Kazakhstan'])
  await parley.waitUntilSaved()

  const restarted = await parley.restart()
  await expect(restarted.text).toBeVisible()
  await expect.poll(() => restarted.highlighted('ENTITY')).toEqual(['Kazakhstan'])
  expect(await restarted.listRows()).toEqual(['ENTITY Kazakhstan'])

  const [start, end] = pythonOffsets(workspace, 'Kazakhstan')
  const stored = await readSet(workspace)
  expect(stored.annotations).toHaveLength(1)
  expect(stored.annotations[0]).toMatchObject({
    start,
    end,
    label: 'ENTITY',
    author: 'Claire Dubois',
    quote: { exact: 'Kazakhstan' },
  })
})

test('a deleted tag stays deleted after a restart', async ({ parley, workspace }) => {
  await parley.sayWhoIAm('Claire Dubois')
  await parley.selectText('Wang Yi')
  await parley.tagSelection('ENTITY')
  await parley.selectText('Murat Nurtleu')
  await parley.tagSelection('ENTITY')
  await parley.waitUntilSaved()
  expect(await parley.highlighted('ENTITY')).toEqual(['Wang Yi', 'Murat Nurtleu'])

  await parley.clickOn('Wang Yi')
  await expect(parley.page.getByTestId('details-quote')).toHaveText('Wang Yi')
  await parley.page.keyboard.press('Delete')
  expect(await parley.highlighted('ENTITY')).toEqual(['Murat Nurtleu'])
  await parley.waitUntilSaved()

  const restarted = await parley.restart()
  await expect(restarted.text).toBeVisible()
  await expect.poll(() => restarted.highlighted('ENTITY')).toEqual(['Murat Nurtleu'])
  expect((await readSet(workspace)).annotations.map((a) => a.quote.exact)).toEqual(['Murat Nurtleu'])
})
