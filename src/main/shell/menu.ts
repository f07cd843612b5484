// Installs the application menu (see menu-template.ts) and keeps it current: it is rebuilt whenever the
// session changes, so the Recent list follows the open workspace and the labels follow the UI language
// (the analyst's preference when she set one, else the OS locale). Commands go to the window in front.
import { app, Menu, type BrowserWindow } from 'electron'
import { eventChannelOf, type MenuCommand } from '@shared/ipc/contract'
import type { Session } from '@shared/model/session'
import type { ServiceHost } from '../services/service-host'
import { MENU_LABELS, menuLanguage } from './menu-labels'
import { menuTemplate } from './menu-template'
import type { RecentWorkspaces } from './recent-workspaces'

export async function installMenu(
  services: ServiceHost,
  currentWindow: () => BrowserWindow | null,
  recent: RecentWorkspaces,
  newWindow: () => void,
): Promise<void> {
  const send = (command: MenuCommand): void =>
    currentWindow()?.webContents.send(eventChannelOf('menuCommand'), { command })
  let session: Session
  const build = (): void => {
    const labels = MENU_LABELS[menuLanguage(session.preferences.language, app.getLocale())]
    const template = menuTemplate({
      labels,
      platform: process.platform,
      appVersion: app.getVersion(),
      recent: recent.list(),
      send,
      openRecent: (path) => {
        recent.choose(path)
        send('chooseWorkspace')
      },
      newWindow,
      clearRecent: () =>
        void recent
          .clear()
          .then(() => recent.remember(session.workspacePath))
          .then(build),
    })
    Menu.setApplicationMenu(Menu.buildFromTemplate(template))
  }
  const adopt = async (next: Session): Promise<void> => {
    session = next
    await recent.remember(next.workspacePath).catch(() => undefined)
    build()
  }
  services.onEvent('sessionChanged', (next) => void adopt(next))
  // A damaged settings or tag schema file keeps the workspace closed (the window shows the recovery
  // screen): the menu is built when it opens, from the session that then arrives.
  if (!(await services.workspaceDamage())) await adopt(await services.getSession())
}
