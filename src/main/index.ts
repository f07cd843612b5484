// Parley's Electron entry: a thin shell over the electron-free services. It takes the single-instance
// lock, opens the workspace, binds the contract to IPC, builds the windows (File › New Window opens another
// on the same services) and the menu, and flushes pending saves before quitting.
import { app, BrowserWindow, dialog } from 'electron'
import { join } from 'node:path'
import { userInfo } from 'node:os'
import { parseHostArgs } from './cli-args'
import { openServices } from './services/open-services'
import type { ServiceHost } from './services/service-host'
import { bindContract } from './shell/ipc'
import { desktopPickers } from './shell/dialogs'
import { installMenu } from './shell/menu'
import { RecentWorkspaces } from './shell/recent-workspaces'
import { hardenApp } from './shell/security'
import { registerAppScheme, serveRendererOnAppScheme } from './shell/app-protocol'
import { createMainWindow, RENDERER_DIR } from './shell/window'
import { version } from '../../package.json'

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.enableSandbox()
  registerAppScheme()
  hardenApp()
  void app.whenReady().then(start)
}

async function start(): Promise<void> {
  const args = parseHostArgs(process.argv.slice(1), process.env)
  if (!args.ok) {
    dialog.showErrorBox('Parley cannot start', args.error.message)
    app.exit(2)
    return
  }
  let services: ServiceHost
  const recent = await RecentWorkspaces.load(join(app.getPath('userData'), 'recent-workspaces.json'))
  try {
    services = await openServices({
      workspaceDir: args.value.workspaceDir ?? join(app.getPath('userData'), 'workspace'),
      host: 'electron',
      suggestedAnnotator: userInfo().username,
      appVersion: version,
      ...desktopPickers,
      // File › Open Recent answers the workspace question without the folder dialog.
      pickWorkspaceFolder: async () => recent.takeChosen() ?? desktopPickers.pickWorkspaceFolder(),
    })
  } catch (error) {
    dialog.showErrorBox(
      'Parley cannot open its workspace',
      error instanceof Error ? error.message : String(error),
    )
    app.exit(1)
    return
  }
  // Every window shows the same workspace through the same services (File › New Window).
  const windows = new Set<BrowserWindow>()
  const inFront = (): BrowserWindow | null => BrowserWindow.getFocusedWindow() ?? [...windows].at(-1) ?? null
  const openWindow = (): void => {
    const window = createMainWindow()
    windows.add(window)
    window.on('close', () => void services.flush())
    window.on('closed', () => windows.delete(window))
  }
  serveRendererOnAppScheme(RENDERER_DIR)
  bindContract(services, () => [...windows])
  openWindow()
  void installMenu(services, inFront, recent, openWindow)
  app.on('second-instance', () => {
    const window = inFront()
    if (window?.isMinimized()) window.restore()
    window?.focus()
  })
  app.on('activate', () => BrowserWindow.getAllWindows().length === 0 && openWindow())
  app.on('window-all-closed', () => process.platform !== 'darwin' && app.quit())
  let flushed = false
  app.on('before-quit', (event) => {
    if (flushed) return
    event.preventDefault()
    void services.flush().finally(() => {
      flushed = true
      app.quit()
    })
  })
}
