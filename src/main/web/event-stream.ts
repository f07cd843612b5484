// The pushes of the contract over HTTP: `GET /api/events` stays open and carries one wire line
// `{ name, payload }` per push (NDJSON). The first line, `{ "name": "ready" }`, tells the client the stream is
// open; listeners are dropped when the client goes away, or when the host closes.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { apiEvents } from '@shared/ipc/contract'
import type { ApiEventName } from '@shared/ipc/contract'
import { encodeReply } from '@shared/ipc/wire'
import type { ServiceHost } from '../services/service-host'
import { SECURITY_HEADERS, sendError } from './responses'

const eventNames = Object.keys(apiEvents) as ApiEventName[]

/** Open streams, so that closing the host can end them (an open response keeps the server alive). */
export type OpenStreams = Set<ServerResponse>

export function handleEventStream(
  req: IncomingMessage,
  res: ServerResponse,
  services: ServiceHost,
  open: OpenStreams,
): void {
  if (req.method !== 'GET') return sendError(res, 405, 'events take GET', { Allow: 'GET' })
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/x-ndjson; charset=utf-8',
  })
  res.write(`${encodeReply({ name: 'ready' })}\n`)
  const unsubscribes = eventNames.map((name) =>
    services.onEvent(name, (payload) => {
      if (!res.writableEnded && !res.destroyed) res.write(`${encodeReply({ name, payload })}\n`)
    }),
  )
  open.add(res)
  res.on('close', () => {
    open.delete(res)
    for (const unsubscribe of unsubscribes) unsubscribe()
  })
}
