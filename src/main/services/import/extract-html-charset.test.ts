import { describe, expect, it } from 'vitest'
import { pageCharset } from './extract-html-charset'

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('pageCharset', () => {
  it('lets a byte-order mark win over any declaration', () => {
    expect(pageCharset(new Uint8Array([0xff, 0xfe, 0x3c, 0x00]))).toEqual({ kind: 'bom' })
    expect(pageCharset(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('<meta charset="latin1">')]))).toEqual({
      kind: 'bom',
    })
  })

  it.each([
    ['<meta charset="windows-1252">', 'windows-1252', 'windows-1252'],
    ["<META CHARSET='ISO-8859-1' />", 'windows-1252', 'iso-8859-1'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">', 'windows-1252', 'us-ascii'],
    ['<meta charset=utf-8>', 'utf-8', 'utf-8'],
    ['<meta charset="UTF-16">', 'utf-8', 'utf-16'],
  ])('reads %s as %s', (head, encoding, label) => {
    expect(pageCharset(bytes(`<!doctype html><html><head>${head}</head>`))).toEqual({
      kind: 'declared',
      encoding,
      label,
    })
  })

  it('names a charset it does not read, and defaults to UTF-8 without a declaration', () => {
    expect(pageCharset(bytes('<meta charset="koi8-r">'))).toEqual({ kind: 'unsupported', label: 'koi8-r' })
    expect(pageCharset(bytes('<p>charset=latin1 in the text is no declaration</p>'))).toEqual({
      kind: 'default',
    })
  })

  it('looks for the declaration in the first 1024 bytes only, as a browser does', () => {
    const late = `<!-- ${'x'.repeat(1024)} --><meta charset="windows-1252">`
    expect(pageCharset(bytes(late))).toEqual({ kind: 'default' })
  })
})
