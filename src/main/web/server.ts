// The local web host: the same services as the desktop window, served over HTTP to a browser on this machine
// when Electron's binary is missing. It listens on 127.0.0.1 only, answers only to a `Host` naming that
// address (so a rebinding DNS name cannot reach it), and each `/api/*` request must carry the session token,
// which the page reads from the URL fragment (`#token=…`, never sent to a server) and sends in a header.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { ServiceHost } from '../services/service-host'
import { handleApiCall } from './api-route'
import { handleEventStream } from './event-stream'
import type { OpenStreams } from './event-stream'
import { sendError, sendText } from './responses'
import { serveStatic } from './static-files'

export const TOKEN_HEADER = 'x-parley-token'

export interface WebHostOptions {
  readonly services: ServiceHost
  /** The built renderer, served as static files. */
  readonly rendererDir: string
  /** 0 (the default) lets the system choose a free port. */
  readonly port?: number
  /** The session token; 32 random bytes in hex unless given. */
  readonly token?: string
  /** Where failures of the services are reported with their stack (the client sees the message only). */
  readonly log?: (message: string) => void
}

export interface WebHost {
  /** `http://127.0.0.1:<port>/#token=<token>`: the address to open in the browser. */
  readonly url: string
  readonly port: number
  readonly token: string
  /** Ends the event streams, stops listening and resolves once open requests are answered. */
  close(): Promise<void>
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(32).toString('hex')
  if (token === '') throw new Error('the web host needs a non-empty session token')
  const log = options.log ?? ((message: string) => console.error(message))
  const streams: OpenStreams = new Set()
  let port = 0

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`]
    if (!allowedHosts.includes((req.headers.host ?? '').toLowerCase())) {
      return sendError(res, 403, 'this host answers only to 127.0.0.1 and localhost')
    }
    const target = req.url ?? ''
    if (!target.startsWith('/')) return sendError(res, 400, 'bad request target')
    const path = target.split(/[?#]/, 1)[0] ?? '/'
    if (path !== '/api' && !path.startsWith('/api/')) return serveStatic(req, res, options.rendererDir, path)

    if (!hasToken(req.headers[TOKEN_HEADER], token))
      return sendError(res, 401, 'missing or wrong session token')
    const origin = req.headers.origin
    if (origin !== undefined && !allowedHosts.some((host) => origin.toLowerCase() === `http://${host}`)) {
      return sendError(res, 403, 'cross-origin requests are refused')
    }
    if (path === '/api/events') return handleEventStream(req, res, options.services, streams)
    return handleApiCall(req, res, options.services, path.slice('/api/'.length), log)
  }

  let closing = false
  const server = createServer((req, res) => {
    // A keep-alive connection whose request was still running when `close` began would otherwise idle on.
    res.on('finish', () => {
      if (closing) setImmediate(() => server.closeIdleConnections())
    })
    handle(req, res).catch((error: unknown) => {
      log(`parley web host: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
      sendText(res, 500, JSON.stringify({ message: 'internal error' }))
    })
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen({ host: '127.0.0.1', port: options.port ?? 0 }, () => {
      server.off('error', reject)
      resolve()
    })
  })
  port = (server.address() as AddressInfo).port

  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve, reject) => {
        closing = true
        for (const stream of streams) stream.end()
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeIdleConnections()
        // A client that keeps a connection busy must not hold the process open for ever.
        setTimeout(() => server.closeAllConnections(), 2000).unref()
      }),
  }
}

/** Compares digests so the time taken says nothing about the token, whatever the length sent. */
function hasToken(sent: string | string[] | undefined, token: string): boolean {
  if (typeof sent !== 'string') return false
  const digest = (text: string): Buffer => createHash('sha256').update(text).digest()
  return timingSafeEqual(digest(sent), digest(token))
}
