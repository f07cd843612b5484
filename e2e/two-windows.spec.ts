// The same workspace in two windows (RELIABILITY.md item 7): in the browser launch, two pages on one web host;
// in the desktop app, File › New Window. Both go through the one store in the host, so each window's
// annotation reaches the disk, and each window shows the other's without being reloaded by hand.
import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import type { LaunchedApp } from './support/launch'
import { ParleyPage } from './support/parley-page'
import { storedRows } from './support/stored-annotations'

/** A second window on the same workspace and the same host. */
async function openSecondWindow(launched: LaunchedApp): Promise<Page> {
  const first = launched.page
  if (launched.electron) {
    const opened = launched.electron.waitForEvent('window')
    await launched.electron.evaluate(({ Menu }) => {
      const file = Menu.getApplicationMenu()?.items.find((item) => item.label.replace('&', '') === 'File')
      file?.submenu?.items.find((item) => item.label === 'New Window')?.click()
    })
    return opened
  }
  // The page keeps the host's token in its session storage (the URL fragment is cleared once read).
  const token = await first.evaluate(() => sessionStorage.getItem('parley-token'))
  const browser = first.context().browser()
  if (!browser) throw new Error('the web launch has no browser to open a second page in')
  const second = await browser.newPage({ viewport: first.viewportSize() })
  await second.goto(`${new URL(first.url()).origin}/#token=${token ?? ''}`)
  return second
}

test('two windows annotate one document: both annotations are on disk and in both windows', async ({
  parley,
  workspace,
}) => {
  await parley.sayWhoIAm('Claire Dubois')
  const second = new ParleyPage(await openSecondWindow(parley.launched()))
  await second.sayWhoIAm('Claire Dubois')
  await expect(second.page.getByTestId('open-document-title')).toBeVisible()

  await parley.selectText('Wang Yi')
  await parley.tagSelection('ENTITY', 'PERSON')
  await parley.waitUntilSaved()

  // The second window shows the first one's annotation without a reload, and says why it appeared.
  await expect.poll(() => second.highlighted('ENTITY')).toEqual(['Wang Yi'])
  await expect(second.page.getByTestId('notice-banner')).toBeVisible()

  await second.selectText('Murat Nurtleu')
  await second.tagSelection('ENTITY', 'PERSON')
  await second.waitUntilSaved()

  await expect.poll(() => parley.highlighted('ENTITY')).toEqual(['Wang Yi', 'Murat Nurtleu'])
  await expect.poll(() => second.highlighted('ENTITY')).toEqual(['Wang Yi', 'Murat Nurtleu'])
  await expect
    .poll(async () => (await storedRows(workspace)).sort())
    .toEqual(['ENTITY:PERSON Murat Nurtleu', 'ENTITY:PERSON Wang Yi'])
})

test('a window’s unsaved edit survives the other window’s save of the same set', async ({
  parley,
  workspace,
}) => {
  await parley.sayWhoIAm('Claire Dubois')
  const second = new ParleyPage(await openSecondWindow(parley.launched()))
  await second.sayWhoIAm('Claire Dubois')

  // Both tag at once: neither window waits for its save before the other's arrives.
  await parley.selectText('Wang Yi')
  await second.selectText('Murat Nurtleu')
  await Promise.all([parley.tagSelection('ENTITY', 'PERSON'), second.tagSelection('ENTITY', 'PERSON')])
  await Promise.all([parley.waitUntilSaved(), second.waitUntilSaved()])

  for (const window of [parley, second])
    await expect.poll(() => window.highlighted('ENTITY')).toEqual(['Wang Yi', 'Murat Nurtleu'])
  await expect
    .poll(async () => (await storedRows(workspace)).sort())
    .toEqual(['ENTITY:PERSON Murat Nurtleu', 'ENTITY:PERSON Wang Yi'])
})
