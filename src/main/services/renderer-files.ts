// Which file of the built renderer a request names, for every host that serves it: the local web host
// (`/index.html` over HTTP) and the desktop window's `app://parley/` protocol. A path is served only if it
// resolves, symbolic links followed, to a file inside the renderer folder; dot segments, dotfiles and `:`
// (Windows drives and streams) are refused before the disk is touched.
import { realpath } from 'node:fs/promises'
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'

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

/** The real path of the file a URL path names (still percent-encoded), or null if it is not a plain path inside `rootDir`. */
export async function resolveInside(rootDir: string, path: string): Promise<string | null> {
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

/** The desktop window's origin: the renderer is served from `app://parley/`, never from `file://`. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'parley'
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/** The renderer file an `app://parley/…` URL names, or null for any other URL or a path outside the folder. */
export async function appUrlFile(rootDir: string, url: string): Promise<string | null> {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null
  return resolveInside(rootDir, parsed.pathname)
}
