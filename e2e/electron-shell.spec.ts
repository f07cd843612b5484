// The hardened Electron shell, checked in the real app (RELIABILITY.md items 25–27, marked (E)): these run
// only where the Electron binary is installed; where it cannot be downloaded, the same page runs in
// Chromium against the web host and these checks do not apply.
import { electronBinary } from './support/launch'
import { expect, test } from './support/fixtures'
import { ParleyPage } from './support/parley-page'
import { storedRows } from './support/stored-annotations'

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

test('File › New Window opens a second window on the same workspace and store (RELIABILITY.md item 7)', async ({
  parley,
  workspace,
}) => {
  const electron = parley.launched().electron!
  await parley.sayWhoIAm('Claire Dubois')
  const opened = electron.waitForEvent('window')
  const accelerator = await electron.evaluate(({ Menu }) => {
    const file = Menu.getApplicationMenu()?.items.find((item) => item.label.replace('&', '') === 'File')
    const item = file?.submenu?.items.find((i) => i.label === 'New Window')
    item?.click()
    return item?.accelerator ?? null
  })
  expect(accelerator).toBe('CmdOrCtrl+Shift+N')
  const second = new ParleyPage(await opened)
  expect(second.page.url()).toBe('app://parley/index.html')
  expect(await electron.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(2)
  await second.sayWhoIAm('Claire Dubois')

  // The second window's calls pass the sender check, and each window hears what the other saved.
  await second.selectText('Wang Yi')
  await second.tagSelection('ENTITY', 'PERSON')
  await second.waitUntilSaved()
  await expect.poll(() => parley.highlighted('ENTITY')).toEqual(['Wang Yi'])
  await parley.selectText('Murat Nurtleu')
  await parley.tagSelection('ENTITY', 'PERSON')
  await parley.waitUntilSaved()
  await expect.poll(() => second.highlighted('ENTITY')).toEqual(['Wang Yi', 'Murat Nurtleu'])
  await expect
    .poll(async () => (await storedRows(workspace)).sort())
    .toEqual(['ENTITY:PERSON Murat Nurtleu', 'ENTITY:PERSON Wang Yi'])
})

test('Parley’s fuses flip and read back on a copy of the installed Electron (RELIABILITY.md item 29)', async () => {
  const { cp, mkdtemp, rm } = await import('node:fs/promises')
  const { spawnSync } = await import('node:child_process')
  const { tmpdir } = await import('node:os')
  const { basename, dirname, join } = await import('node:path')
  const { flipAndCheckFuses } = await import('../scripts/fuses/parley-fuses')
  // The whole dist folder: the binary needs its resources beside it. The installed one is never modified.
  const dir = await mkdtemp(join(tmpdir(), 'parley-fuses-e-'))
  try {
    await cp(dirname(electronBinary()!), dir, { recursive: true })
    const copy = join(dir, basename(electronBinary()!))
    const runAsNode = () =>
      spawnSync(copy, ['-e', 'console.log("ran as node")'], {
        env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
        encoding: 'utf8',
        timeout: 20_000,
      }).stdout
    expect(runAsNode()).toContain('ran as node')

    expect(await flipAndCheckFuses(copy)).toEqual([])
    const read = spawnSync('npx', ['@electron/fuses', 'read', '--app', copy], { encoding: 'utf8' })
    // eslint-disable-next-line no-control-regex -- the CLI colours its output
    const plain = read.stdout.replace(/\u001b\[[0-9;]*m/g, '')
    expect(plain).toContain('RunAsNode is Disabled')
    expect(plain).toContain('OnlyLoadAppFromAsar is Enabled')
    expect(plain).toContain('EnableNodeOptionsEnvironmentVariable is Disabled')
    // ELECTRON_RUN_AS_NODE no longer turns the binary into Node.
    expect(runAsNode() ?? '').not.toContain('ran as node')
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
