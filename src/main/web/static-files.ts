// Serves the built renderer (`out/renderer`) to the browser: GET and HEAD only, `/` is `index.html`, and
// only files inside the renderer folder (renderer-files.ts says which).
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { pipeline } from 'node:stream/promises'
import { contentTypeOf, resolveInside } from '../services/renderer-files'
import { SECURITY_HEADERS, sendText } from './responses'

const notFound = (res: ServerResponse): void => sendText(res, 404, 'not found\n', 'text/plain; charset=utf-8')

/** `path` is the request path without its query string, still percent-encoded. */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  rootDir: string,
  path: string,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendText(res, 405, 'only GET and HEAD\n', 'text/plain; charset=utf-8', { Allow: 'GET, HEAD' })
  }
  const file = await resolveInside(rootDir, path)
  if (file === null) return notFound(res)
  const info = await stat(file).catch(() => null)
  if (!info?.isFile()) return notFound(res)

  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': contentTypeOf(file),
    'Content-Length': String(info.size),
  })
  if (req.method === 'HEAD') {
    res.end()
    return
  }
  await pipeline(createReadStream(file), res).catch(() => res.destroy())
}
