// The desktop app's bridge (`window.parley`, exposed by the preload) as the renderer uses it: the same
// methods and events, with an opened document's annotations unpacked where main sent them packed
// (packed-reply.ts), so the rest of the renderer sees the contract's plain lists, as over HTTP.
import { apiMethodNames, type Api, type Bridge } from '@shared/ipc/contract'
import { unpackReply } from '@shared/ipc/packed-reply'

type AnyMethod = (...args: unknown[]) => Promise<unknown>

export function unpackingBridge(bridge: Bridge): Bridge {
  const calls = bridge as unknown as Record<string, AnyMethod>
  // The methods come from the contract's list; the cast is where the list meets the interface.
  const methods = Object.fromEntries(
    apiMethodNames.map((method) => [
      method,
      async (...args: unknown[]) => unpackReply(await calls[method]!(...args)),
    ]),
  ) as unknown as Api
  return { ...methods, subscribe: (name, listener) => bridge.subscribe(name, listener) }
}
