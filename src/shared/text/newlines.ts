// Line endings of an imported text. The canonical text of a document uses `\n` only: CRLF and a lone CR
// each become one `\n`, as Python's universal newlines and brat read a file, so code-point offsets agree
// with theirs. The style found in the original file is recorded so an export can say what it was.
import type { NewlineStyle } from '../model/document'

const LF = 0x0a
const CR = 0x0d

/** Replaces CRLF and lone CR by `\n` and reports which line endings the text used. */
export function normaliseNewlines(text: string): { text: string; newline: NewlineStyle } {
  let lf = 0
  let crlf = 0
  let cr = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit === LF) lf++
    else if (unit === CR) {
      if (text.charCodeAt(i + 1) === LF) {
        crlf++
        i++
      } else cr++
    }
  }
  const kinds = (lf > 0 ? 1 : 0) + (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0)
  const newline: NewlineStyle =
    kinds === 0 ? 'none' : kinds > 1 ? 'mixed' : lf > 0 ? 'LF' : crlf > 0 ? 'CRLF' : 'CR'
  return { text: crlf + cr === 0 ? text : text.replace(/\r\n?/g, '\n'), newline }
}
