// The headers every response of the local web host carries, and small helpers to answer with them. The
// policy allows only the host's own scripts, styles and connections, so a page served here cannot be framed,
// load remote code or send data anywhere else.
import type { ServerResponse } from 'node:http'

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ')

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
}

export const JSON_TYPE = 'application/json; charset=utf-8'

/** Answers with a body already written as text (wire text for the API, plain text for files), or its bytes. */
export function sendText(
  res: ServerResponse,
  status: number,
  body: string | Uint8Array,
  contentType = JSON_TYPE,
  extra: Record<string, string> = {},
): void {
  if (res.headersSent) {
    res.destroy()
    return
  }
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    ...extra,
    'Content-Type': contentType,
    'Content-Length': String(Buffer.byteLength(body)),
  })
  res.end(body)
}

/** An error answer: `{ message }` and nothing more, never a stack. */
export function sendError(
  res: ServerResponse,
  status: number,
  message: string,
  extra?: Record<string, string>,
): void {
  sendText(res, status, JSON.stringify({ message }), JSON_TYPE, extra)
}
