// Web pages (.html, .htm): the readable text without markup, also the last step of Markdown's extraction.
// Headings, paragraphs, list items and table cells become blocks separated by a blank line; links keep
// their words but not their addresses; images, scripts, styles, navigation and forms are dropped; entities
// (`&eacute;`, `&nbsp;` → U+00A0) are decoded. The page's bytes are decoded with the charset its BOM or
// `<meta>` declares (UTF-8 by default).
import { convert, type HtmlToTextOptions } from 'html-to-text'
import { MAX_TEXT_BYTES } from '@shared/ipc/limits'
import { err, ok, type Result } from '@shared/result'
import { normaliseNewlines } from '@shared/text/newlines'
import { decodeText, decodeWindows1252, type DecodedText } from './decode-text'
import { extractedText, tidyExtractedText } from './extract-canonical'
import { pageCharset } from './extract-html-charset'

const block = { leadingLineBreaks: 2, trailingLineBreaks: 2 }
/** What a reader does not read: code, navigation, pictures, embedded objects and form controls. */
const DROPPED = ['script', 'style', 'noscript', 'template', 'nav', 'img', 'svg', 'iframe', 'object', 'hr']
const CONTROLS = ['form', 'select', 'button', 'canvas', 'audio', 'video']
const HTML_TO_TEXT: HtmlToTextOptions = {
  wordwrap: false,
  // The default cuts pages over 16 M characters; the import's own limit is the file size.
  limits: { maxInputLength: MAX_TEXT_BYTES },
  selectors: [
    ...[...DROPPED, ...CONTROLS].map((selector) => ({ selector, format: 'skip' })),
    { selector: 'a', options: { ignoreHref: true } },
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({
      selector,
      options: { ...block, uppercase: false },
    })),
    { selector: 'blockquote', format: 'block', options: block },
    { selector: 'ul', options: { ...block, itemPrefix: '- ' } },
    { selector: 'table', format: 'block', options: block },
    { selector: 'tr', format: 'block', options: block },
    { selector: 'td', format: 'block', options: block },
    { selector: 'th', format: 'block', options: block },
  ],
}

/** The readable text of an HTML string, tidied ('' when nothing readable is left). */
export const readableText = (html: string): string => tidyExtractedText(convert(html, HTML_TO_TEXT))

export function extractHtml(bytes: Uint8Array, fileName: string): Result<DecodedText> {
  const name = `"${fileName}"`
  const charset = pageCharset(bytes)
  if (charset.kind === 'unsupported')
    return err(
      'unknown-encoding',
      `${name} declares the character set "${charset.label}" in its <meta> tag, which Parley does not ` +
        `read: save the page as UTF-8 and import it again.`,
    )
  const decoded =
    charset.kind === 'declared' && charset.encoding === 'windows-1252'
      ? decodeDeclaredWindows1252(bytes, name)
      : decodeText(bytes, fileName)
  if (!decoded.ok) return decoded
  const text = readableText(decoded.value.text)
  if (text === '')
    return err(
      'no-text',
      `${name} has no readable text: nothing is left once its markup, scripts, styles, navigation and ` +
        `images are set aside.`,
    )
  const { encoding, newline } = decoded.value
  return ok(extractedText(text, { bytes, encoding, newline, source: 'html' }))
}

/** A page declared Windows-1252 is read so even when its bytes happen to be valid UTF-8. */
function decodeDeclaredWindows1252(
  bytes: Uint8Array,
  name: string,
): Result<Pick<DecodedText, 'text' | 'encoding' | 'newline'>> {
  const decoded = decodeWindows1252(bytes, name)
  return decoded.ok ? ok({ ...normaliseNewlines(decoded.value.text), encoding: 'windows-1252' }) : decoded
}
