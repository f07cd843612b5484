import { describe, expect, it } from 'vitest'
import { decodeWire, encodeWire } from './wire'

describe('wire', () => {
  it('writes bytes as base64 and reads them back as a Uint8Array', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255])
    const text = encodeWire({ args: [{ fileName: 'a.txt', bytes }] })
    expect(text).toBe('{"args":[{"fileName":"a.txt","bytes":{"$bytes":"AAEC+v8="}}]}')
    const back = decodeWire(text) as { args: [{ bytes: Uint8Array }] }
    expect(back.args[0].bytes).toBeInstanceOf(Uint8Array)
    expect([...back.args[0].bytes]).toEqual([0, 1, 2, 250, 255])
  })

  it('round-trips empty bytes, bytes at the top level and a Node Buffer', () => {
    expect(decodeWire(encodeWire(new Uint8Array()))).toEqual(new Uint8Array())
    const buffer = Buffer.from('héllo')
    expect([...(decodeWire(encodeWire({ b: buffer })) as { b: Uint8Array }).b]).toEqual([...buffer])
  })

  it('round-trips ordinary JSON, nulls, nested arrays and text outside the BMP', () => {
    const value = { a: [1, 'x', null, true, { b: [[]] }], 'e\u0301': '𠮷👍🏽🇫🇷', n: -0.5 }
    expect(decodeWire(encodeWire(value))).toEqual(value)
  })

  it('keeps user keys that start with $ as plain data', () => {
    const value = { attributes: { $bytes: 'not bytes', $$x: '1', plain: '2' } }
    const text = encodeWire(value)
    expect(text).toContain('"$$bytes"')
    expect(decodeWire(text)).toEqual(value)
  })

  it('refuses malformed markers', () => {
    expect(() => decodeWire('{"$bytes":5}')).toThrow(SyntaxError)
    expect(() => decodeWire('{"$other":1}')).toThrow(SyntaxError)
    expect(() => decodeWire('{not json')).toThrow(SyntaxError)
  })

  it('does not let a __proto__ key become a prototype', () => {
    const decoded = decodeWire(
      '{"__proto__":{"polluted":1},"nested":[{"__proto__":{"polluted":2}}]}',
    ) as Record<string, unknown>
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype)
    expect(decoded.polluted).toBeUndefined()
    expect(Object.hasOwn(decoded, '__proto__')).toBe(true)
    const nested = (decoded.nested as Record<string, unknown>[])[0]
    expect(nested && Object.getPrototypeOf(nested)).toBe(Object.prototype)
  })
})
