// One call of the contract over HTTP: `POST /api/<method>` with the wire text `{ args: [...] }`. The body is
// capped, the method must be one the contract lists (so `flush`, `onEvent` or `constructor` are not reachable),
// and the arguments pass the same schemas as the desktop IPC before the service sees them. The answer is
// written as bytes (reply-bytes.ts keeps the encoding of large annotation lists between answers).
import type { IncomingMessage, ServerResponse } from 'node:http'
import { invokeService } from '../services/invoke-service'
import { apiMethods } from '@shared/ipc/contract'
import type { ApiMethod } from '@shared/ipc/contract'
import { parseApiArguments } from '@shared/ipc/schemas'
import { TEXT_BYTES_HEADER } from '@shared/ipc/text-apart'
import { decodeWire } from '@shared/ipc/wire'
import type { ServiceHost } from '../services/service-host'
import { replyBytes } from './reply-bytes'
import { sendError, sendText } from './responses'

/** A 50 MB import written as base64 is about 67 MB; this leaves room for the JSON around it. */
export const MAX_BODY_BYTES = 80 * 1024 * 1024

const isApiMethod = (name: string): name is ApiMethod => Object.hasOwn(apiMethods, name)

class BodyTooLarge extends Error {}

export async function handleApiCall(
  req: IncomingMessage,
  res: ServerResponse,
  services: ServiceHost,
  methodName: string,
  log: (message: string) => void,
): Promise<void> {
  if (!isApiMethod(methodName)) return sendError(res, 404, `no such method: ${methodName}`)
  if (req.method !== 'POST') return sendError(res, 405, `${methodName} takes POST`, { Allow: 'POST' })

  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readBody(req, MAX_BODY_BYTES))
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      req.resume()
      return sendError(res, 413, `the request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB`, {
        Connection: 'close',
      })
    }
    return sendError(res, 400, 'the request body is not UTF-8 text')
  }

  let args: unknown
  try {
    const body = decodeWire(text)
    if (typeof body !== 'object' || body === null || !('args' in body)) throw new SyntaxError('no args')
    args = body.args
  } catch {
    return sendError(res, 400, `the body of ${methodName} must be wire JSON { "args": [...] }`)
  }

  const parsed = parseApiArguments(methodName, args)
  if (!parsed.ok) return sendError(res, 400, parsed.message)

  let value: unknown
  try {
    value = await invokeService(services, methodName, parsed.value)
  } catch (error) {
    log(
      `parley web host: ${methodName} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    )
    return sendError(res, 500, error instanceof Error ? error.message : `${methodName} failed`)
  }
  const reply = replyBytes(value)
  if (reply.textBytes === null) sendText(res, 200, reply.body)
  else
    sendText(res, 200, reply.body, 'application/octet-stream', {
      [TEXT_BYTES_HEADER]: String(reply.textBytes),
    })
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'])
  if (declared > limit) return Promise.reject(new BodyTooLarge())
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let settled = false
    req.on('data', (chunk: Buffer) => {
      if (settled) return
      size += chunk.length
      if (size > limit) {
        settled = true
        chunks.length = 0
        reject(new BodyTooLarge())
      } else chunks.push(chunk)
    })
    req.on('error', (error) => {
      settled = true
      reject(error)
    })
    req.on('end', () => {
      if (settled) return
      settled = true
      resolve(Buffer.concat(chunks))
    })
  })
}
