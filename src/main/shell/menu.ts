// The application menu, as desktop habits expect it. Commands that need the page's state are sent to it
// as `menuCommand` pushes. Editor shortcuts are shown here but handled by the page itself
// (`registerAccelerator: false`), so they behave the same in the browser host and never steal keys from
// a text field.
import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import { eventChannelOf, type MenuCommand } from '@shared/ipc/contract'

export function buildMenu(currentWindow: () => BrowserWindow | null): void {
  const send = (command: MenuCommand) => () =>
    currentWindow()?.webContents.send(eventChannelOf('menuCommand'), { command })
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: send(command),
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
  })
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { ...item('Open Text…', 'openText'), accelerator: 'CmdOrCtrl+O' },
        item('Import Annotations…', 'importAnnotations', 'CmdOrCtrl+I'),
        item('Export…', 'export', 'CmdOrCtrl+E'),
        { ...item('Open Workspace…', 'chooseWorkspace'), accelerator: 'CmdOrCtrl+Shift+O' },
        { type: 'separator' },
        item('Tag Schema…', 'settings', 'CmdOrCtrl+,'),
        item('Change Annotator…', 'changeAnnotator'),
        { type: 'separator' },
        process.platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        item('Undo', 'undo', 'CmdOrCtrl+Z'),
        item('Redo', 'redo', 'CmdOrCtrl+Shift+Z'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { type: 'separator' },
        item('Find', 'find', 'CmdOrCtrl+F'),
        item('Tag All Occurrences', 'tag-all', 'Shift+A'),
      ],
    },
    {
      label: '&View',
      submenu: [
        item('Next Annotation', 'next', 'J'),
        item('Previous Annotation', 'previous', 'K'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      role: 'help',
      submenu: [
        item('Keyboard Shortcuts', 'shortcuts', '?'),
        { label: `About Parley ${app.getVersion()}`, role: 'about' },
      ],
    },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
