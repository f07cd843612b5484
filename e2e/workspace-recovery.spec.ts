// A workspace file damaged while Parley was closed (RELIABILITY.md 4 and 12): a git merge left conflict
// markers in tag-schema.json. The app opens on its recovery screen, which names the file and the line
// where it breaks and lists the versions Parley kept; restoring one opens the workspace on its document,
// the damaged bytes kept aside as tag-schema.json.corrupt-<time>.
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './support/fixtures'
import { launchParley, type LaunchedApp } from './support/launch'
import { ParleyPage } from './support/parley-page'

test('a git-conflicted tag schema opens on the recovery screen and comes back from a kept version', async ({
  workspace,
}) => {
  // Started and stopped here (not through the `parley` fixture) so that the file is damaged while closed.
  let app: LaunchedApp | null = await launchParley(workspace)
  try {
    await new ParleyPage(app.page).sayWhoIAm('Claire Dubois')
    await app.close()
    app = null

    const file = join(workspace, 'tag-schema.json')
    const good = await readFile(file, 'utf8')
    const theirs = good.replace('"ENTITY"', '"ENTITÉ"')
    const damaged = `<<<<<<< HEAD\n${good}=======\n${theirs}>>>>>>> theirs\n`
    await writeFile(file, damaged)

    app = await launchParley(workspace)
    const page = app.page
    const screen = page.getByTestId('workspace-recovery')
    await expect(screen).toBeVisible()
    await expect(page.getByTestId('workspace-damage-where')).toContainText('tag-schema.json')
    await expect(page.getByTestId('workspace-damage-where')).toContainText(
      /line 1, column 1|ligne 1, colonne 1/,
    )
    await expect(page.getByTestId('workspace-damage-message')).toContainText(
      'tag-schema.json:1:1 holds a git conflict marker',
    )
    await expect(page.getByTestId('workspace-backup')).toHaveCount(1)
    await page.screenshot({ path: test.info().outputPath('workspace-recovery.png') })
    expect(await readFile(file, 'utf8')).toBe(damaged)

    await page.getByTestId('workspace-restore').click()
    const parley = new ParleyPage(page)
    await expect(screen).toBeHidden()
    await expect(parley.text).toBeVisible()
    await expect(parley.text).toContainText('Wang Yi')
    await expect(page.getByTestId('notice-banner')).toContainText('tag-schema.json.corrupt-')
    expect(await readFile(file, 'utf8')).toBe(good)
    const aside = (await readdir(workspace)).filter((n) => n.startsWith('tag-schema.json.corrupt-'))
    expect(aside).toHaveLength(1)
    expect(await readFile(join(workspace, aside[0] ?? ''), 'utf8')).toBe(damaged)
  } finally {
    await app?.close()
  }
})
