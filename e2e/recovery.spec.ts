// Recovery the analyst can see (RELIABILITY.md 4 and 12): an annotation file damaged by a git merge while
// Parley was closed is reported with the file and where it breaks, left alone on "Leave it", and restored
// from a kept version on request, the damaged bytes kept aside; a healthy set goes back to an earlier
// version only after a confirmation, its current annotations kept aside too.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { expect, test } from './support/fixtures'
import { launchParley, type LaunchedApp } from './support/launch'
import { ParleyPage } from './support/parley-page'
import { annotationFile, SAMPLE, storedRows } from './support/stored-annotations'

const keptVersionsDir = (workspace: string): string =>
  join(workspace, '.parley-backups', 'documents', SAMPLE, 'annotations')

/** The files set aside beside the annotation file by a restore, with their bytes. */
async function setAside(workspace: string): Promise<string[]> {
  const dir = dirname(annotationFile(workspace))
  const names = (await readdir(dir)).filter((n) => n.startsWith('claire-dubois.json.corrupt-'))
  return Promise.all(names.map((n) => readFile(join(dir, n), 'utf8')))
}

test('a damaged annotation file says where it breaks and comes back from a kept version', async ({
  workspace,
}) => {
  // The app is started and stopped here (not through the `parley` fixture) so that the file can be damaged
  // while it is closed.
  let app: LaunchedApp | null = await launchParley(workspace)
  try {
    let parley = new ParleyPage(app.page)
    await parley.sayWhoIAm('Claire Dubois')
    await parley.selectText('Wang Yi')
    await parley.tagSelection('ENTITY', 'PERSON')
    await parley.selectText('Kazakhstan')
    await parley.tagSelection('ENTITY', 'STATE')
    await parley.waitUntilSaved()
    await app.close()
    app = null

    // A version is kept at most once per 30 s of editing, so the last edits are not in one yet: keep one
    // as the rotation names it, from the good file.
    const file = annotationFile(workspace)
    const good = await readFile(file, 'utf8')
    await mkdir(keptVersionsDir(workspace), { recursive: true })
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    await writeFile(join(keptVersionsDir(workspace), `claire-dubois.${stamp}.json`), good)
    const damaged = `<<<<<<< HEAD\n${good}=======\n${good.replace('Wang Yi', 'Wang')}>>>>>>> theirs\n`
    await writeFile(file, damaged)

    app = await launchParley(workspace)
    parley = new ParleyPage(app.page)
    await expect(parley.recoveryDialog).toBeVisible()
    await expect(parley.page.getByTestId('recovery-damage')).toContainText(
      'claire-dubois.json:1:1 holds a git conflict marker',
    )
    // "Leave it": the document stays closed and nothing is written.
    await parley.page.getByTestId('recovery-leave').click()
    await expect(parley.recoveryDialog).toBeHidden()
    await expect(parley.text).toBeHidden()
    expect(await readFile(file, 'utf8')).toBe(damaged)
    expect(await setAside(workspace)).toEqual([])

    await parley.page.getByTestId(`document-${SAMPLE}`).click()
    await expect(parley.recoveryDialog).toBeVisible()
    await parley.showKeptVersions()
    const versions = await parley.keptVersions()
    expect(versions[0]).toContain('2 annotations')
    await parley.restoreKeptVersion(0)

    await expect(parley.text).toBeVisible()
    await expect
      .poll(() => parley.highlighted('ENTITY').then((t) => t.sort()))
      .toEqual(['Kazakhstan', 'Wang Yi'])
    await expect(parley.page.getByTestId('notice-banner')).toContainText('claire-dubois.json.corrupt-')
    expect(await readFile(file, 'utf8')).toBe(good)
    expect(await setAside(workspace)).toEqual([damaged])
  } finally {
    await app?.close()
  }
})

test('an earlier version of a healthy set comes back after a confirmation', async ({ parley, workspace }) => {
  await parley.sayWhoIAm('Claire Dubois')
  await parley.selectText('Wang Yi')
  await parley.tagSelection('ENTITY', 'PERSON')
  await parley.waitUntilSaved()
  // The first save was kept as a version; this one, seconds later, is not.
  await parley.selectText('Kazakhstan')
  await parley.tagSelection('ENTITY', 'STATE')
  await parley.waitUntilSaved()
  const current = await readFile(annotationFile(workspace), 'utf8')

  await parley.runCommand('Restore an earlier version')
  await expect(parley.recoveryDialog).toBeVisible()
  expect(await parley.keptVersions()).toEqual([expect.stringContaining('1 annotation')])
  await parley.restoreKeptVersion(0, { confirm: true })

  await expect.poll(() => parley.highlighted('ENTITY')).toEqual(['Wang Yi'])
  await expect(parley.page.getByTestId('notice-banner')).toContainText('claire-dubois.json.corrupt-')
  expect(await storedRows(workspace)).toEqual(['ENTITY:PERSON Wang Yi'])
  expect(await setAside(workspace)).toEqual([current])
})
