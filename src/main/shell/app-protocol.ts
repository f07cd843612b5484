// The `app://parley/` protocol the window loads the renderer from, instead of `file://` (Electron's security
// guide, item 18): a file URL would give the page the file-system origin; this scheme serves only the built
// renderer's own files (renderer-files.ts decides which), with the security headers of the web host.
import { net, protocol } from 'electron'
import { pathToFileURL } from 'node:url'
import { APP_SCHEME, appUrlFile, contentTypeOf } from '../services/renderer-files'

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

/** Serves the renderer folder on `app://parley/`; anything else is a 404. Call once the app is ready. */
export function serveRendererOnAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = await appUrlFile(rendererDir, request.url)
    if (!file) return new Response('not found', { status: 404 })
    const response = await net.fetch(pathToFileURL(file).toString())
    return new Response(response.body, {
      status: response.status,
      headers: { 'Content-Type': contentTypeOf(file), 'X-Content-Type-Options': 'nosniff' },
    })
  })
}
