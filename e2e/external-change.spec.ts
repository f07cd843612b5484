// A colleague's git pull rewrites the annotation file while Parley is open and nothing is unsaved: the
// window reloads it and says so; Parley's own saves never trigger this. When the pull rewrites the source
// text instead, the document is reopened with its spans re-anchored by quote, the lost ones flagged.
import { readFile, writeFile } from 'node:fs/promises'
import { expect, test } from './support/fixtures'
import { annotationFile, pythonOffsets } from './support/stored-annotations'

test('an annotation file changed on disk is reloaded with a notice', async ({ parley, workspace }) => {
  await parley.sayWhoIAm('Claire Dubois')
  await parley.selectText('Wang Yi')
  await parley.tagSelection('ENTITY', 'PERSON')
  await parley.waitUntilSaved()
  await parley.page.waitForTimeout(500)
  await expect(parley.page.getByTestId('notice-banner')).toHaveCount(0)

  const file = annotationFile(workspace)
  const stored = JSON.parse(await readFile(file, 'utf8')) as { annotations: Record<string, unknown>[] }
  const [start, end] = pythonOffsets(workspace, 'Murat Nurtleu')
  const first = stored.annotations[0]!
  const quote = first.quote as { prefix: string; suffix: string }
  const text = await readFile(file.replace(/annotations\/.*$/, 'text.txt'), 'utf8')
  const chars = Array.from(text)
  stored.annotations.push({
    ...first,
    id: 'pulled-from-git',
    start,
    end,
    quote: {
      ...quote,
      exact: 'Murat Nurtleu',
      prefix: chars.slice(Math.max(0, start - 32), start).join(''),
      suffix: chars.slice(end, end + 32).join(''),
    },
  })
  await writeFile(file, JSON.stringify(stored, null, 2) + '\n')

  await expect(parley.page.getByTestId('notice-banner')).toBeVisible()
  await expect.poll(() => parley.highlighted('ENTITY')).toEqual(['Wang Yi', 'Murat Nurtleu'])
})

test('a text rewritten on disk while open is reopened: spans re-anchored by quote, lost ones flagged', async ({
  parley,
  workspace,
}) => {
  await parley.sayWhoIAm('Claire Dubois')
  await parley.selectText('Wang Yi')
  await parley.tagSelection('ENTITY', 'PERSON')
  await parley.selectText('Kazakhstan')
  await parley.tagSelection('ENTITY', 'STATE')
  await parley.waitUntilSaved()
  await parley.page.waitForTimeout(500)
  await expect(parley.page.getByTestId('notice-banner')).toHaveCount(0)

  const textFile = annotationFile(workspace).replace(/annotations\/.*$/, 'text.txt')
  const text = await readFile(textFile, 'utf8')
  await writeFile(textFile, `Note de l’éditeur.\n${text.replaceAll('Wang Yi', 'le ministre')}`)

  await expect(parley.page.getByTestId('notice-banner')).toContainText('Wang Yi')
  await expect(parley.text).toContainText('Note de l’éditeur.')
  await expect.poll(() => parley.highlighted('ENTITY')).toEqual(['Kazakhstan'])
  const stored = JSON.parse(await readFile(annotationFile(workspace), 'utf8')) as {
    annotations: { quote: { exact: string } }[]
  }
  expect(stored.annotations.map((a) => a.quote.exact).sort()).toEqual(['Kazakhstan', 'Wang Yi'])
})
