// How the local web host sends an opened document's text: apart from the JSON, as its own UTF-8 bytes at
// the end of the body, with the JSON written in ASCII only (`\uXXXX` for anything else). A browser decodes
// ASCII bytes to a one-byte string several times faster than mixed text, and the text itself no longer
// passes through the JSON parser: for a 1 MB text with 20,000 packed annotations this halves the main
// thread's decoding of the answer. The JSON holds `"text": ""` where the text goes; the header
// `x-parley-text-bytes` says how many bytes at the end are the text. Without the header, the body is the
// JSON alone, as before.

export const TEXT_BYTES_HEADER = 'x-parley-text-bytes'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** JSON text with every character above U+007F written as a `\uXXXX` escape: the same JSON, ASCII bytes. */
export function asciiJson(json: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/.test(json)) return json
  return json.replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** The answer's opened document, when it is one whose text can travel apart: `{ ok: true, value: { text } }`. */
export function openedWithText(value: unknown): Record<string, unknown> | null {
  if (!isRecord(value) || value.ok !== true || Object.keys(value).join() !== 'ok,value') return null
  const opened = value.value
  if (!isRecord(opened) || typeof opened.text !== 'string' || !opened.text.isWellFormed()) return null
  if ([value, opened].some((v) => typeof (v as { toJSON?: unknown }).toJSON === 'function')) return null
  return opened
}

/** How the reader turns UTF-8 bytes into text (a TextDecoder's decode; shared code has no TextDecoder). */
export interface AnswerReading {
  readonly decode: (bytes: Uint8Array) => string
  readonly parse: (json: string) => unknown
}

/** Reads an answer's body: the JSON, and the text apart when `textBytes` (the header's value) says so. */
export function readAnswer(
  body: Uint8Array,
  textBytes: string | null,
  { decode, parse }: AnswerReading,
): unknown {
  if (textBytes === null) return parse(decode(body))
  const length = Number(textBytes)
  if (!Number.isSafeInteger(length) || length < 0 || length > body.length)
    throw new SyntaxError(`${TEXT_BYTES_HEADER} is ${textBytes}, for a body of ${body.length} bytes`)
  const cut = body.length - length
  const answer = parse(decode(body.subarray(0, cut)))
  const opened = isRecord(answer) && isRecord(answer.value) ? answer.value.value : null
  if (!isRecord(opened) || opened.text !== '')
    throw new SyntaxError('an answer with its text apart holds no opened document with an empty text')
  opened.text = decode(body.subarray(cut))
  return answer
}
