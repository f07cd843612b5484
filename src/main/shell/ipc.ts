// Binds each method of the contract to its own IPC channel. Every call is checked: it must come from our
// window's page, and its arguments must pass the method's schema, before a service sees it.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron'
import { apiEvents, apiMethodNames, channelOf, eventChannelOf, type ApiEventName } from '@shared/ipc/contract'
import { parseApiArguments } from '@shared/ipc/schemas'
import { invokeService } from '../services/invoke-service'
import type { ServiceHost } from '../services/service-host'
import { APP_SCHEME, APP_HOST } from '../services/renderer-files'

export function bindContract(services: ServiceHost, currentWindow: () => BrowserWindow | null): void {
  for (const method of apiMethodNames) {
    ipcMain.handle(channelOf(method), async (event, ...args: unknown[]) => {
      assertTrustedSender(event, currentWindow())
      const parsed = parseApiArguments(method, args)
      if (!parsed.ok) throw new Error(parsed.message)
      return invokeService(services, method, parsed.value)
    })
  }
  for (const name of Object.keys(apiEvents) as ApiEventName[]) {
    services.onEvent(name, (payload) => currentWindow()?.webContents.send(eventChannelOf(name), payload))
  }
}

function assertTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow | null): void {
  const url = event.senderFrame?.url ?? ''
  const expected =
    process.env.ELECTRON_RENDERER_URL && !process.env.PARLEY_E2E
      ? process.env.ELECTRON_RENDERER_URL
      : `${APP_SCHEME}://${APP_HOST}/`
  const fromOurWindow = window !== null && event.sender.id === window.webContents.id
  if (!fromOurWindow || !url.startsWith(expected))
    throw new Error(`refused an IPC call from an unexpected sender: ${url}`)
}
