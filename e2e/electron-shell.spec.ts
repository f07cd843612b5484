// The hardened Electron shell, checked in the real app (RELIABILITY.md items 25–27, marked (E)): these run
// only where the Electron binary is installed; where it cannot be downloaded, the same page runs in
// Chromium against the web host and these checks do not apply.
import { electronBinary } from './support/launch'
import { expect, test } from './support/fixtures'

test.skip(!electronBinary(), 'needs the Electron binary, which cannot be downloaded on this machine')

test('the window runs sandboxed, isolated, without Node', async ({ parley }) => {
  const electron = parley.launched().electron!
  // getLastWebPreferences is not in Electron's typings but exists at run time; checked where available.
  const preferences: Record<string, unknown> | null = await electron.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as {
      getLastWebPreferences?: () => Record<string, unknown>
    }
    return contents.getLastWebPreferences?.() ?? null
  })
  if (preferences)
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    })
  const page = parley.page
  expect(
    await page.evaluate(() => [
      typeof (window as { require?: unknown }).require,
      typeof (window as { process?: unknown }).process,
    ]),
  ).toEqual(['undefined', 'undefined'])
  const exposed = await page.evaluate(() =>
    Object.keys((window as unknown as { parley: object }).parley).sort(),
  )
  expect(exposed).not.toContain('ipcRenderer')
  expect(exposed).toContain('getSession')
  await expect(page.evaluate(() => String(eval('1')))).rejects.toThrow()
})

test('navigation and new windows are refused', async ({ parley }) => {
  const electron = parley.launched().electron!
  const page = parley.page
  const before = page.url()
  await page.evaluate(() => window.open('https://example.org/'))
  await page.evaluate(() => {
    window.location.href = 'https://example.org/'
  })
  await page.waitForTimeout(500)
  expect(page.url()).toBe(before)
  const windows: number = await electron.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)
  expect(windows).toBe(1)
})

test('the page comes from app://parley/, never from file://', async ({ parley }) => {
  expect(parley.page.url()).toBe('app://parley/index.html')
  const status = await parley.page.evaluate(async () => (await fetch('app://parley/../../etc/passwd')).status)
  expect(status).toBe(404)
})

test('a second instance exits and leaves the first one working (RELIABILITY.md item 8)', async ({
  parley,
  workspace,
}) => {
  const { spawnSync } = await import('node:child_process')
  const { join } = await import('node:path')
  const second = spawnSync(
    electronBinary()!,
    [join(process.cwd(), 'out/main/index.js'), `--workspace=${workspace}`],
    {
      timeout: 30_000,
      env: { ...process.env, PARLEY_E2E: '1' },
    },
  )
  expect(second.status).toBe(0)
  await expect(parley.page.getByTestId('open-document-title')).toBeVisible()
})
