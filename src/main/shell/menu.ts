// Installs the application menu (see menu-template.ts) and keeps it current: it is rebuilt whenever the
// session changes, so the Recent list follows the open workspace and the labels follow the UI language
// (the analyst's preference when she set one, else the OS locale).
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
): Promise<void> {
  const send = (command: MenuCommand): void =>
    currentWindow()?.webContents.send(eventChannelOf('menuCommand'), { command })
  let session = await services.getSession()
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
  await adopt(session)
}
