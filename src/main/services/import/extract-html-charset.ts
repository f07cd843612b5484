// Which encoding a web page's bytes are in, as a browser decides it, simplified: a byte-order mark wins,
// then a charset declared in a `<meta>` tag within the first 1024 bytes (`<meta charset="…">` or the
// `http-equiv="Content-Type"` form), else UTF-8. Labels follow the WHATWG Encoding standard, where
// ISO-8859-1 and US-ASCII mean Windows-1252 and a declared UTF-16 means UTF-8 (a page whose meta tag is
// readable as ASCII is not UTF-16).
import iconv from 'iconv-lite'

export type PageCharset =
  | { readonly kind: 'bom' }
  | { readonly kind: 'declared'; readonly encoding: 'utf-8' | 'windows-1252'; readonly label: string }
  | { readonly kind: 'unsupported'; readonly label: string }
  | { readonly kind: 'default' }

/** How far a browser's prescan looks for `<meta charset>`. */
const PRESCAN_BYTES = 1024

const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'utf-16', 'utf-16le', 'utf-16be'])
const WINDOWS_1252_LABELS = new Set([
  'windows-1252',
  'cp1252',
  'x-cp1252',
  'iso-8859-1',
  'iso8859-1',
  'iso_8859-1',
  'latin1',
  'l1',
  'ascii',
  'us-ascii',
  'ibm819',
  'cp819',
  'csisolatin1',
  'iso-ir-100',
])

const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i

export function pageCharset(bytes: Uint8Array): PageCharset {
  const [b0, b1, b2] = bytes
  if (
    (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) ||
    (b0 === 0xff && b1 === 0xfe) ||
    (b0 === 0xfe && b1 === 0xff)
  )
    return { kind: 'bom' }
  const head = iconv.decode(bytes.subarray(0, PRESCAN_BYTES), 'latin1')
  const label = META_CHARSET.exec(head)?.[1]?.toLowerCase()
  if (!label) return { kind: 'default' }
  if (UTF8_LABELS.has(label)) return { kind: 'declared', encoding: 'utf-8', label }
  if (WINDOWS_1252_LABELS.has(label)) return { kind: 'declared', encoding: 'windows-1252', label }
  return { kind: 'unsupported', label }
}
