// Starts Parley for a spec on a given workspace folder. Where the Electron binary is installed, the real
// app is launched with Playwright's Electron support. Where it is not (here and in CI: its download
// needs the internet), the built renderer runs in Debian's Chromium against the local web host, which
// bridges the same main-process services over HTTP. Both launches serve the same specs.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { _electron, chromium, type ElectronApplication, type Page } from '@playwright/test'

export interface LaunchedApp {
  readonly page: Page
  readonly kind: 'electron' | 'web'
  /** The Electron application, when the real app was launched (for checks in the main process). */
  readonly electron?: ElectronApplication
  close(): Promise<void>
}

const root = join(import.meta.dirname, '..', '..')
/** The built app: `out/` unless PARLEY_OUT_DIR names another build (`electron-vite build --outDir`). */
const outDir = process.env.PARLEY_OUT_DIR ?? join(root, 'out')

/** The installed Electron binary, found the way the electron package finds it, without its download. */
export function electronBinary(): string | null {
  if (process.env.PARLEY_E2E_LAUNCH === 'web') return null
  const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  const pathFile = join(dir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(
    process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(dir, 'dist'),
    readFileSync(pathFile, 'utf8'),
  )
  return existsSync(binary) ? binary : null
}

export async function launchParley(workspaceDir: string): Promise<LaunchedApp> {
  const binary = electronBinary()
  return binary ? launchElectron(binary, workspaceDir) : launchWeb(workspaceDir)
}

async function launchElectron(executablePath: string, workspaceDir: string): Promise<LaunchedApp> {
  const app = await _electron.launch({
    executablePath,
    args: [join(outDir, 'main/index.js'), `--workspace=${workspaceDir}`],
    env: { ...process.env, PARLEY_E2E: '1' },
  })
  const page = await app.firstWindow()
  return { page, kind: 'electron', electron: app, close: () => app.close() }
}

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

async function launchWeb(workspaceDir: string): Promise<LaunchedApp> {
  const host = spawn(process.execPath, [join(outDir, 'main/web.js'), '--workspace', workspaceDir], {
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  const url = await hostUrl(host)
  const browser = await chromium.launch({
    executablePath: process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  })
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
  await page.goto(url)
  return {
    page,
    kind: 'web',
    async close() {
      await browser.close()
      const exited = new Promise((resolve) => host.once('exit', resolve))
      host.kill('SIGTERM')
      await exited
    },
  }
}

function hostUrl(host: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = ''
    let errors = ''
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}${errors}`)), 15_000)
    host.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    host.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /Parley web host: (\S+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    })
    host.once('exit', (code) => reject(new Error(`web host exited with ${code}:\n${output}${errors}`)))
  })
}
