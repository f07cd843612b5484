// The bridge: forwards the contract's named methods and events to main, nothing else. Bundled as one
// CommonJS file that requires only `electron`, as a sandboxed preload must be.
import { contextBridge, ipcRenderer } from 'electron'
import { apiMethodNames, channelOf, eventChannelOf, isApiEventName, type Bridge } from '@shared/ipc/contract'

const methods = Object.fromEntries(
  apiMethodNames.map((method) => [
    method,
    (...args: unknown[]) => ipcRenderer.invoke(channelOf(method), ...args),
  ]),
)

const subscribe: Bridge['subscribe'] = (name, listener) => {
  if (!isApiEventName(name)) throw new Error(`unknown event ${String(name)}`)
  const channel = eventChannelOf(name)
  const handler = (_event: unknown, payload: unknown): void => listener(payload as never)
  ipcRenderer.on(channel, handler)
  return () => void ipcRenderer.removeListener(channel, handler)
}

contextBridge.exposeInMainWorld('parley', { ...methods, subscribe })
