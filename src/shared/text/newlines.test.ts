import { describe, expect, it } from 'vitest'
import { normaliseNewlines } from './newlines'

describe('normaliseNewlines', () => {
  it.each([
    ['', '', 'none'],
    ['one line', 'one line', 'none'],
    ['a\nb\n', 'a\nb\n', 'LF'],
    ['a\r\nb\r\n', 'a\nb\n', 'CRLF'],
    ['a\rb\r', 'a\nb\n', 'CR'],
    ['a\r\nb\nc\rd', 'a\nb\nc\nd', 'mixed'],
    ['a\r\nb\n', 'a\nb\n', 'mixed'],
    ['a\rb\r\n', 'a\nb\n', 'mixed'],
  ] as const)('reads %j as %j (%s)', (input, text, newline) => {
    expect(normaliseNewlines(input)).toEqual({ text, newline })
  })

  it('reads CR CR LF as two line breaks, as Python universal newlines do', () => {
    expect(normaliseNewlines('a\r\r\nb')).toEqual({ text: 'a\n\nb', newline: 'mixed' })
  })

  it('reads LF CR as two line breaks', () => {
    expect(normaliseNewlines('a\n\rb')).toEqual({ text: 'a\n\nb', newline: 'mixed' })
  })

  it('handles a text that is only line breaks', () => {
    expect(normaliseNewlines('\r\n\r\n')).toEqual({ text: '\n\n', newline: 'CRLF' })
    expect(normaliseNewlines('\r')).toEqual({ text: '\n', newline: 'CR' })
  })

  it('leaves other line separators alone (U+2028, NEL, form feed), as Python open() does', () => {
    const text = 'a\u2028b\u0085c\fd'
    expect(normaliseNewlines(text)).toEqual({ text, newline: 'none' })
  })

  it('keeps astral characters and combining marks next to line breaks intact', () => {
    expect(normaliseNewlines('𠮷\r\ne\u0301\r👍🏽')).toEqual({ text: '𠮷\ne\u0301\n👍🏽', newline: 'mixed' })
  })
})
