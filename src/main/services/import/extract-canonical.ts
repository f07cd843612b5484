// The last step of every extraction (.docx, .html, .md): the text a converter produced becomes a canonical
// text like any other document's — `\n` line endings, no trailing spaces on a line, blocks (paragraphs,
// headings, list items' groups) separated by exactly one blank line, no blank lines at either end, and
// one final `\n` — with the hashes and code-point length a decoded text carries.
import { createHash } from 'node:crypto'
import type { NewlineStyle, SourceKind, TextEncoding } from '@shared/model/document'
import { normaliseNewlines } from '@shared/text/newlines'
import { codePointLength } from '@shared/text/offsets'
import type { DecodedText } from './decode-text'

const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex')

/** Tidies a converter's output; '' when nothing but whitespace is left. */
export function tidyExtractedText(raw: string): string {
  const lines = normaliseNewlines(raw).text.split('\n')
  // `\s` includes U+00A0: a no-break space ending a line holds nothing together.
  const joined = lines
    .map((line) => line.replace(/\s+$/u, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '')
  return joined === '' ? '' : `${joined}\n`
}

export interface ExtractedFrom {
  /** The original file's bytes (hashed as `sourceSha256`). */
  readonly bytes: Uint8Array
  readonly encoding: TextEncoding
  readonly newline: NewlineStyle
  readonly source: SourceKind
}

/** A tidied text with what is recorded of its origin. */
export function extractedText(text: string, from: ExtractedFrom): DecodedText {
  return {
    text,
    encoding: from.encoding,
    newline: from.newline,
    sourceSha256: sha256(from.bytes),
    textSha256: sha256(text),
    length: codePointLength(text),
    source: from.source,
  }
}
