// The one way a file becomes a document's text, whatever it is: plain text (.txt) decoded as it is, or the
// text extracted from a Word document (.docx), a web page (.html) or Markdown (.md), each canonicalised
// alike (offsets are code points of a `\n` text). Used by the import services and the command line.
// Refusals name the file and the reason: too large, empty, an unsupported extension (listing those Parley
// reads), and each extractor's own (binary, undecodable, corrupt .docx, no readable text).
import { err, ok, type Result } from '@shared/result'
import { extensionOf, SOURCE_EXTENSION_LIST, sourceKindOf } from '@shared/text/source-files'
import { checkImportSize, decodeText, type DecodedText } from './decode-text'
import { extractDocx } from './extract-docx'
import { extractHtml } from './extract-html'
import { extractMarkdown } from './extract-markdown'

export async function extractText(bytes: Uint8Array, fileName: string): Promise<Result<DecodedText>> {
  const size = checkImportSize(bytes.byteLength, fileName)
  if (!size.ok) return size
  if (bytes.byteLength === 0)
    return err('empty-file', `"${fileName}" is empty: there is no text to annotate.`)
  switch (sourceKindOf(fileName)) {
    case 'text': {
      const decoded = decodeText(bytes, fileName)
      return decoded.ok ? ok({ ...decoded.value, source: 'text' }) : decoded
    }
    case 'markdown':
      return extractMarkdown(bytes, fileName)
    case 'html':
      return extractHtml(bytes, fileName)
    case 'docx':
      return extractDocx(bytes, fileName)
    case null:
      return refuseUnsupported(bytes, fileName)
  }
}

/** A file of another type: said to be binary when it looks so (an image, a PDF), else unsupported. */
function refuseUnsupported(bytes: Uint8Array, fileName: string): Result<never> {
  const decoded = decodeText(bytes, fileName)
  if (!decoded.ok && decoded.error.code === 'binary-file')
    return err('binary-file', `${decoded.error.message} ${SUPPORTED}`)
  return err('unsupported-type', unsupportedTypeMessage(fileName))
}

const SUPPORTED = `Parley imports texts from ${SOURCE_EXTENSION_LIST} files.`

/** Why a file whose extension Parley does not read is refused (a folder import skips it unread). */
export function unsupportedTypeMessage(fileName: string): string {
  const extension = extensionOf(fileName)
  return extension
    ? `"${fileName}" is a ${extension} file, which Parley does not import. ${SUPPORTED}`
    : `"${fileName}" has no file extension to say what it holds. ${SUPPORTED}`
}
