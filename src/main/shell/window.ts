// The main window, hardened: context isolation, the sandbox, no Node in the page, web security on, and
// a preload that only forwards the contract.
import { BrowserWindow } from 'electron'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { APP_ENTRY_URL } from '../services/renderer-files'

const here = dirname(fileURLToPath(import.meta.url))

/** The built renderer, served on `app://parley/` (app-protocol.ts). */
export const RENDERER_DIR = join(here, '../renderer')

export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 800,
    minHeight: 500,
    show: false,
    title: 'Parley',
    backgroundColor: '#f7f6f2',
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // Middle-click (auxclick) on a link would open it outside the app's navigation guards.
      disableBlinkFeatures: 'Auxclick',
    },
  })
  window.once('ready-to-show', () => window.show())
  const devUrl = process.env.ELECTRON_RENDERER_URL
  if (devUrl && !process.env.PARLEY_E2E) void window.loadURL(devUrl)
  else void window.loadURL(APP_ENTRY_URL)
  return window
}
