// Serves the built renderer (`out/renderer`) to the browser: GET and HEAD only, `/` is `index.html`, and a
// path is served only if it resolves, symbolic links followed, to a file inside the renderer folder. Dot
// segments, dotfiles and `:` (Windows drives and streams) are refused before the disk is touched.
import { createReadStream } from 'node:fs'
import { realpath, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { SECURITY_HEADERS, sendText } from './responses'

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
}

export const contentTypeOf = (file: string): string =>
  CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'

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

/** The real path of the file a request names, or null if it is not a plain path inside `rootDir`. */
async function resolveInside(rootDir: string, path: string): Promise<string | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(path)
  } catch {
    return null
  }
  if (decoded.endsWith('/')) decoded += 'index.html'
  const segments = decoded.split(/[/\\]/).slice(1)
  if (decoded.includes('\0') || segments.some((s) => s === '' || s.startsWith('.') || s.includes(':')))
    return null
  const root = await realpath(rootDir).catch(() => null)
  if (root === null) return null
  const real = await realpath(resolve(root, ...segments)).catch(() => null)
  return real !== null && isInside(root, real) ? real : null
}

function isInside(root: string, file: string): boolean {
  const rel = relative(root, file)
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel)
}
