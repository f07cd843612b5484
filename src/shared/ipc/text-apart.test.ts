// The text-apart answer: ASCII JSON reads as the same JSON, and a body whose header or JSON does not fit
// the shape is refused with a message saying what, never read as something else.
import { describe, expect, it } from 'vitest'
import { asciiJson, readAnswer } from './text-apart'

const decoder = new TextDecoder()
const reading = { decode: (bytes: Uint8Array) => decoder.decode(bytes), parse: JSON.parse }

const bytes = (...parts: string[]): Uint8Array =>
  new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p))))

describe('asciiJson', () => {
  it('writes the same JSON in ASCII bytes', () => {
    const value = { title: '« Dialogue » l’Asie 𠮷 \u2028', lone: '\ud800', plain: 'abc' }
    const json = asciiJson(JSON.stringify(value))
    expect([...json].every((char) => char.charCodeAt(0) < 0x80)).toBe(true)
    expect(JSON.parse(json)).toStrictEqual(value)
    expect(asciiJson('{"a":"b"}')).toBe('{"a":"b"}')
  })
})

describe('readAnswer', () => {
  const json = '{"value":{"ok":true,"value":{"title":"x","text":""}}}'
  it('puts the text back where the JSON left it empty', () => {
    const text = 'Le « Kazakhstan » 𠮷'
    const body = bytes(json, text)
    expect(readAnswer(body, String(Buffer.byteLength(text)), reading)).toStrictEqual({
      value: { ok: true, value: { title: 'x', text } },
    })
    expect(readAnswer(bytes(json), null, reading)).toStrictEqual(JSON.parse(json))
  })
  it('refuses a header that does not fit the body, or JSON with no empty text', () => {
    expect(() => readAnswer(bytes(json, 'ab'), '3000', reading)).toThrow(/x-parley-text-bytes is 3000/)
    expect(() => readAnswer(bytes(json, 'ab'), '-1', reading)).toThrow(SyntaxError)
    expect(() => readAnswer(bytes('{"value":{"ok":true,"value":{}}}', 'ab'), '2', reading)).toThrow(
      /no opened document/,
    )
  })
})
