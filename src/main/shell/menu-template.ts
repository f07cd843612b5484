// The application menu as data, in the analyst's language: File, Edit, View, Review, Help, as desktop habits
// expect them. Commands that need the page's state go to it as `menuCommand` pushes; editor shortcuts are
// shown here but handled by the page itself (`registerAccelerator: false`), so they behave the same in the
// browser host and never steal keys from a text field. Pure: menu.ts hands it to Electron.
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '@shared/ipc/contract'
import type { MenuLabels } from './menu-labels'

export interface MenuInput {
  readonly labels: MenuLabels
  readonly platform: NodeJS.Platform
  readonly appVersion: string
  /** Recent workspaces, most recent first (the open one included). */
  readonly recent: readonly string[]
  readonly send: (command: MenuCommand) => void
  readonly openRecent: (path: string) => void
  readonly clearRecent: () => void
  /** Opens another window on the same workspace and the same services (RELIABILITY.md item 7). */
  readonly newWindow: () => void
}

type Item = MenuItemConstructorOptions

export function menuTemplate(input: MenuInput): Item[] {
  const { labels: l, platform, send } = input
  const mac = platform === 'darwin'
  /** An item the page handles; its accelerator is shown, and registered only when `global` (dialogs). */
  const item = (label: string, command: MenuCommand, accelerator?: string, global = false): Item => ({
    label,
    click: () => send(command),
    ...(accelerator ? { accelerator, ...(global ? {} : { registerAccelerator: false }) } : {}),
  })
  const recent: Item[] = input.recent.length
    ? [
        ...input.recent.map((path) => ({ label: path, click: () => input.openRecent(path) })),
        { type: 'separator' },
        { label: l.clearRecent, click: input.clearRecent },
      ]
    : [{ label: l.noRecent, enabled: false }]
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: l.file,
      submenu: [
        { label: l.newWindow, accelerator: 'CmdOrCtrl+Shift+N', click: input.newWindow },
        { type: 'separator' },
        item(l.openText, 'openText', 'CmdOrCtrl+O', true),
        item(l.importFolder, 'importFolder'),
        item(l.importAnnotations, 'importAnnotations', 'CmdOrCtrl+I'),
        item(l.export, 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        item(l.openWorkspace, 'chooseWorkspace', 'CmdOrCtrl+Shift+O', true),
        { label: l.recent, submenu: recent },
        { type: 'separator' },
        item(l.tagSchema, 'settings', 'CmdOrCtrl+,'),
        item(l.preferences, 'preferences'),
        item(l.changeAnnotator, 'changeAnnotator'),
        { type: 'separator' },
        mac ? { role: 'close', label: l.close } : { role: 'quit', label: l.quit },
      ],
    },
    {
      label: l.edit,
      submenu: [
        item(l.undo, 'undo', 'CmdOrCtrl+Z'),
        item(l.redo, 'redo', 'CmdOrCtrl+Shift+Z'),
        { type: 'separator' },
        { role: 'cut', label: l.cut },
        { role: 'copy', label: l.copy },
        { role: 'paste', label: l.paste },
        { role: 'selectAll', label: l.selectAll },
        { type: 'separator' },
        item(l.find, 'find', 'CmdOrCtrl+F'),
        item(l.tagAll, 'tag-all', 'Shift+A'),
      ],
    },
    {
      label: l.view,
      submenu: [
        item(l.commandPalette, 'commandPalette', 'CmdOrCtrl+K'),
        { type: 'separator' },
        item(l.nextAnnotation, 'next', 'J'),
        item(l.previousAnnotation, 'previous', 'K'),
        { type: 'separator' },
        { role: 'resetZoom', label: l.resetZoom },
        { role: 'zoomIn', label: l.zoomIn },
        { role: 'zoomOut', label: l.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: l.fullScreen },
      ],
    },
    {
      label: l.review,
      submenu: [item(l.reviewDocument, 'review', 'R'), item(l.agreement, 'agreement')],
    },
    {
      role: 'help',
      label: l.help,
      submenu: [
        item(l.shortcuts, 'shortcuts', '?'),
        item(l.guidelines, 'guidelines', 'G'),
        item(l.guide, 'guide'),
        { type: 'separator' },
        { label: `${l.about} ${input.appVersion}`, role: 'about' },
      ],
    },
  ]
}
