// The renderer's one way to reach the system. In the desktop app the preload exposes the contract as
// `window.parley` (IPC); in a browser served by the local web host, the same contract goes over HTTP with
// the per-run token the host printed in the URL's fragment.
import type { Bridge } from '@shared/ipc/contract'
import { createHttpBridge } from './http-bridge'
import { unpackingBridge } from './ipc-bridge'

declare global {
  interface Window {
    readonly parley?: Bridge
  }
}

const TOKEN_KEY = 'parley-token'

function readToken(): string {
  const match = /(?:^#|&)token=([0-9a-f]+)/.exec(window.location.hash)
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1])
    history.replaceState(null, '', window.location.pathname + window.location.search)
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? ''
}

export const api: Bridge = window.parley
  ? unpackingBridge(window.parley)
  : createHttpBridge(window.location.origin, readToken())
