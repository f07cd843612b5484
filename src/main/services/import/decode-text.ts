// Turns the bytes of an imported file into the canonical text of a document, or refuses with a reason an
// analyst can act on. A byte-order mark decides the encoding; without one the bytes must be valid UTF-8,
// or else they are read as Windows-1252, the usual encoding of older French Windows files. The canonical
// text has no BOM and `\n` line endings; the original encoding, newline style and hashes are recorded.
// Byte positions in messages count from 0 at the file's first byte, BOM included.
import { createHash } from 'node:crypto'
import iconv from 'iconv-lite'
import { MAX_TEXT_BYTES } from '@shared/ipc/schemas'
import type { NewlineStyle, SourceKind, TextEncoding } from '@shared/model/document'
import { err, ok } from '@shared/result'
import type { Result } from '@shared/result'
import { normaliseNewlines } from '@shared/text/newlines'
import { codePointLength } from '@shared/text/offsets'

export interface DecodedText {
  /** Canonical text: BOM removed, line endings `\n`. */
  text: string
  encoding: TextEncoding
  newline: NewlineStyle
  /** SHA-256 (hex) of the original bytes. */
  sourceSha256: string
  /** SHA-256 (hex) of the canonical text encoded as UTF-8. */
  textSha256: string
  /** Length of the canonical text in code points. */
  length: number
  /** The kind of file the text was extracted from (extract-text.ts); absent when decoded as it is. */
  source?: SourceKind
}

/** How far a NUL byte marks a file as binary, as git looks. */
const BINARY_SNIFF_BYTES = 8000
/** The five bytes Windows-1252 leaves undefined. */
const UNDEFINED_IN_CP1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d])
/** C0 control bytes that plain text may hold: tab, LF, form feed, CR. */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d])

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`
const hex = (byte: number): string => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`
const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex')

export function checkImportSize(byteLength: number, fileName: string): Result<void> {
  if (byteLength <= MAX_TEXT_BYTES) return ok(undefined)
  return err(
    'too-large',
    `"${fileName}" is ${megabytes(byteLength)} (${byteLength} bytes); ` +
      `Parley imports text files up to ${megabytes(MAX_TEXT_BYTES)}.`,
  )
}

export function decodeText(bytes: Uint8Array, fileName: string): Result<DecodedText> {
  const size = checkImportSize(bytes.byteLength, fileName)
  if (!size.ok) return size
  if (bytes.byteLength === 0)
    return err('empty-file', `"${fileName}" is empty: there is no text to annotate.`)
  const decoded = decodeBytes(bytes, `"${fileName}"`)
  if (!decoded.ok) return decoded
  const { text, newline } = normaliseNewlines(decoded.value.text)
  return ok({
    text,
    encoding: decoded.value.encoding,
    newline,
    sourceSha256: sha256(bytes),
    textSha256: sha256(text),
    length: codePointLength(text),
  })
}

function decodeBytes(bytes: Uint8Array, name: string): Result<{ text: string; encoding: TextEncoding }> {
  const [b0, b1, b2] = bytes
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    const text = decodeUtf8(bytes.subarray(3))
    if (text !== undefined) return ok({ text, encoding: 'UTF-8 with BOM' })
    const at = firstInvalidUtf8(bytes, 3)
    return err(
      'invalid-encoding',
      `${name} starts with a UTF-8 byte-order mark but is not valid UTF-8 ` +
        `(byte ${hex(bytes[at] ?? 0)} at position ${at}).`,
    )
  }
  if (b0 === 0xff && b1 === 0xfe) return decodeUtf16(bytes, 'UTF-16LE', name)
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16(bytes, 'UTF-16BE', name)
  const nul = bytes.subarray(0, BINARY_SNIFF_BYTES).indexOf(0)
  if (nul !== -1) return err('binary-file', `${name} looks like a binary file (NUL byte at position ${nul}).`)
  const utf8 = decodeUtf8(bytes)
  if (utf8 !== undefined) return ok({ text: utf8, encoding: 'UTF-8' })
  return decodeWindows1252(bytes, name)
}

/** Strict UTF-8: undefined when a sequence is ill-formed (overlong, surrogate, truncated, …). */
function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return undefined
  }
}

function decodeUtf16(
  bytes: Uint8Array,
  encoding: 'UTF-16LE' | 'UTF-16BE',
  name: string,
): Result<{ text: string; encoding: TextEncoding }> {
  if (bytes.byteLength % 2 !== 0) {
    return err(
      'invalid-encoding',
      `${name} starts with a ${encoding} byte-order mark but has an odd number of bytes (${bytes.byteLength}).`,
    )
  }
  const text = iconv.decode(bytes.subarray(2), encoding === 'UTF-16LE' ? 'utf-16le' : 'utf-16be', {
    stripBOM: false,
  })
  if (text.isWellFormed()) return ok({ text, encoding })
  const unit = firstLoneSurrogate(text)
  return err(
    'invalid-encoding',
    `${name} starts with a ${encoding} byte-order mark but holds a lone surrogate ` +
      `(U+${text.charCodeAt(unit).toString(16).toUpperCase()} at position ${2 + 2 * unit}).`,
  )
}

/** Windows-1252 bytes as text, refusing control bytes and the five undefined bytes; `name` is quoted. */
export function decodeWindows1252(
  bytes: Uint8Array,
  name: string,
): Result<{ text: string; encoding: TextEncoding }> {
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!
    if (UNDEFINED_IN_CP1252.has(byte)) {
      return err(
        'unknown-encoding',
        `${name} is neither UTF-8 nor Windows-1252: byte ${hex(byte)} at position ${i} is undefined in ` +
          `Windows-1252. Save the file as UTF-8 and import it again.`,
      )
    }
    if (byte < 0x20 && !TEXT_CONTROLS.has(byte)) {
      return err(
        'binary-file',
        `${name} looks like a binary file (control byte ${hex(byte)} at position ${i}).`,
      )
    }
  }
  // iconv-lite, not TextDecoder: Node's own windows-1252 decoder mishandles 0x80–0x9F (€, ’, œ).
  return ok({ text: iconv.decode(bytes, 'windows-1252'), encoding: 'windows-1252' })
}

/** Byte position where the first ill-formed UTF-8 sequence starts (WHATWG rules), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array, from: number): number {
  let i = from
  while (i < bytes.length) {
    const lead = bytes[i]!
    if (lead < 0x80) {
      i++
      continue
    }
    // Continuation bytes are 0x80–0xBF; the first one is narrower after E0, ED, F0 and F4.
    const trail =
      lead >= 0xc2 && lead <= 0xdf
        ? 1
        : lead >= 0xe0 && lead <= 0xef
          ? 2
          : lead >= 0xf0 && lead <= 0xf4
            ? 3
            : 0
    if (trail === 0) return i
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf
    for (let k = 1; k <= trail; k++) {
      const next = bytes[i + k]
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i
    }
    i += trail + 1
  }
  return -1
}

function firstLoneSurrogate(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i++
      else return i
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return i
  }
  return -1
}
