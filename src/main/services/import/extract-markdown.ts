// Markdown (.md, .markdown): the text without its markup. The file is decoded as any text file (BOM,
// UTF-8, else Windows-1252), rendered to HTML by marked (GitHub-flavoured), and read as a web page is:
// emphasis and code spans keep their words, links their words only, list items get a `- `.
import { Marked } from 'marked'
import { err, ok, type Result } from '@shared/result'
import { decodeText, type DecodedText } from './decode-text'
import { extractedText } from './extract-canonical'
import { readableText } from './extract-html'

const markdown = new Marked({ gfm: true })

export function extractMarkdown(bytes: Uint8Array, fileName: string): Result<DecodedText> {
  const decoded = decodeText(bytes, fileName)
  if (!decoded.ok) return decoded
  const text = readableText(markdown.parse(decoded.value.text, { async: false }))
  if (text === '') return err('no-text', `"${fileName}" has no text once its Markdown markup is set aside.`)
  const { encoding, newline } = decoded.value
  return ok(extractedText(text, { bytes, encoding, newline, source: 'markdown' }))
}
