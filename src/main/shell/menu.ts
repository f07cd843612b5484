// The application menu. Commands that need the page's state are sent to it as `menuCommand` pushes.
import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import { eventChannelOf, type MenuCommand } from '@shared/ipc/contract'

export function buildMenu(currentWindow: () => BrowserWindow | null): void {
  const send = (command: MenuCommand) => () =>
    currentWindow()?.webContents.send(eventChannelOf('menuCommand'), { command })
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Open Text…', accelerator: 'CmdOrCtrl+O', click: send('openText') },
        { label: 'Open Workspace…', accelerator: 'CmdOrCtrl+Shift+O', click: send('chooseWorkspace') },
        { type: 'separator' },
        { label: 'Change Annotator…', click: send('changeAnnotator') },
        { type: 'separator' },
        process.platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [{ role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
    },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'help', submenu: [{ label: `About Parley ${app.getVersion()}`, role: 'about' }] },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
