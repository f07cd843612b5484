// Binds each method of the contract to its own IPC channel. Every call is checked: it must come from the page
// of one of our windows, and its arguments must pass the method's schema, before a service sees it. The
// services' pushes go to every window: two windows on one workspace share one store, and each hears what the
// other saved (RELIABILITY.md item 7). An opened document's large annotation list goes packed in columns
// (packed-reply.ts); the renderer's bridge unpacks it.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron'
import { apiEvents, apiMethodNames, channelOf, eventChannelOf, type ApiEventName } from '@shared/ipc/contract'
import { packReply } from '@shared/ipc/packed-reply'
import { parseApiArguments } from '@shared/ipc/schemas'
import { invokeService } from '../services/invoke-service'
import type { ServiceHost } from '../services/service-host'
import { APP_SCHEME, APP_HOST } from '../services/renderer-files'

export function bindContract(services: ServiceHost, windows: () => readonly BrowserWindow[]): void {
  for (const method of apiMethodNames) {
    ipcMain.handle(channelOf(method), async (event, ...args: unknown[]) => {
      assertTrustedSender(event, windows())
      const parsed = parseApiArguments(method, args)
      if (!parsed.ok) throw new Error(parsed.message)
      return packReply(await invokeService(services, method, parsed.value))
    })
  }
  for (const name of Object.keys(apiEvents) as ApiEventName[]) {
    services.onEvent(name, (payload) => {
      for (const window of windows())
        if (!window.isDestroyed()) window.webContents.send(eventChannelOf(name), payload)
    })
  }
}

function assertTrustedSender(event: IpcMainInvokeEvent, windows: readonly BrowserWindow[]): void {
  const url = event.senderFrame?.url ?? ''
  const expected =
    process.env.ELECTRON_RENDERER_URL && !process.env.PARLEY_E2E
      ? process.env.ELECTRON_RENDERER_URL
      : `${APP_SCHEME}://${APP_HOST}/`
  const fromOurWindow = windows.some((w) => !w.isDestroyed() && event.sender.id === w.webContents.id)
  if (!fromOurWindow || !url.startsWith(expected))
    throw new Error(`refused an IPC call from an unexpected sender: ${url}`)
}
