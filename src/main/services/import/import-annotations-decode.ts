// Turns the bytes of one imported annotation file into text, or the reason it cannot be read. Annotation
// files are UTF-8 (a leading byte-order mark is removed); any other bytes are refused with the position of
// the first bad byte, counted from 0 at the file's first byte (BOM included), as decode-text.ts counts.
// A brat `.txt` keeps its BOM and CRLF line ends: the brat reader needs them to tell an analyst that the
// offsets count characters Parley's canonical text drops. Every other `.txt` (a `text.txt` shipped beside
// Parley JSON or W3C files) becomes canonical text: no BOM, `\n` line ends.
import type { ImportProblem } from '@shared/formats/format'
import { normaliseNewlines } from '@shared/text/newlines'
import { checkImportSize, firstInvalidUtf8 } from './decode-text'

export interface AnnotationFileBytes {
  readonly name: string
  readonly bytes: Uint8Array
}

export type DecodedFile =
  { readonly ok: true; readonly content: string } | { readonly ok: false; readonly problem: ImportProblem }

const BOM = '\uFEFF'

export function decodeAnnotationFile(file: AnnotationFileBytes, isBratText: boolean): DecodedFile {
  const fail = (line: number, reason: string): DecodedFile => ({
    ok: false,
    problem: { file: file.name, line, reason },
  })
  const size = checkImportSize(file.bytes.byteLength, file.name)
  if (!size.ok) return fail(0, size.error.message)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(file.bytes)
  } catch {
    const at = Math.max(0, firstInvalidUtf8(file.bytes, 0))
    const byte = (file.bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0')
    return fail(lineOfByte(file.bytes, at), `not valid UTF-8: byte 0x${byte} at position ${at}`)
  }
  if (isBratText) return { ok: true, content: text }
  const bare = text.startsWith(BOM) ? text.slice(1) : text
  return { ok: true, content: file.name.toLowerCase().endsWith('.txt') ? normaliseNewlines(bare).text : bare }
}

/** The 1-based line holding byte `at`. */
function lineOfByte(bytes: Uint8Array, at: number): number {
  let line = 1
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++
  return line
}
