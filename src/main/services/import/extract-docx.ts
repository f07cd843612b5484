// Word documents (.docx): the paragraph text of the document body, as mammoth reads it (each paragraph,
// heading and table cell a block; footnotes, comments, images and formatting left out). A file that is not
// a zip archive, or a zip without the main document part (word/document.xml), is refused with the reason.
import mammoth from 'mammoth'
import { err, ok, type Result } from '@shared/result'
import type { DecodedText } from './decode-text'
import { extractedText, tidyExtractedText } from './extract-canonical'

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04]
/** The compound-file signature of Word 97–2003 `.doc` files. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  signature.every((byte, i) => bytes[i] === byte)

export async function extractDocx(bytes: Uint8Array, fileName: string): Promise<Result<DecodedText>> {
  const name = `"${fileName}"`
  if (startsWith(bytes, OLE_SIGNATURE))
    return err(
      'corrupt-docx',
      `${name} is an older Word 97–2003 document (.doc) named .docx: open it in Word, save it as .docx ` +
        `and import it again.`,
    )
  if (!startsWith(bytes, ZIP_SIGNATURE))
    return err(
      'corrupt-docx',
      `${name} is not a Word document: a .docx file is a zip archive, and this file is not one ` +
        `(its first bytes are not "PK").`,
    )
  let raw: string
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    raw = (await mammoth.extractRawText({ buffer })).value
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    if (/main document part/i.test(reason))
      return err('corrupt-docx', `${name} is not a Word document: its zip archive has no word/document.xml.`)
    return err('corrupt-docx', `${name} cannot be read as a Word document: ${reason}`)
  }
  const text = tidyExtractedText(raw)
  if (text === '') return err('no-text', `${name} has no text: its paragraphs are all empty.`)
  // The text comes out of XML as UTF-8; a .docx has no line endings of its own.
  return ok(extractedText(text, { bytes, encoding: 'UTF-8', newline: 'none', source: 'docx' }))
}
