import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { MAX_TEXT_BYTES } from '@shared/ipc/schemas'
import type { AppError, Result } from '@shared/result'
import { checkImportSize, decodeText } from './decode-text'
import type { DecodedText } from './decode-text'

const fixture = (name: string): Uint8Array =>
  readFileSync(new URL(`../../../../fixtures/text/${name}`, import.meta.url))
const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex')

function decoded(result: Result<DecodedText>): DecodedText {
  if (!result.ok)
    throw new Error(`expected a decoded text, got ${result.error.code}: ${result.error.message}`)
  return result.value
}
function refusal(result: Result<unknown>): AppError {
  if (result.ok) throw new Error('expected a refusal')
  return result.error
}

describe('decodeText with a byte-order mark', () => {
  it('removes a UTF-8 BOM and normalises CRLF', () => {
    const doc = decoded(decodeText(fixture('utf8-bom-crlf.txt'), 'utf8-bom-crlf.txt'))
    expect(doc.encoding).toBe('UTF-8 with BOM')
    expect(doc.newline).toBe('CRLF')
    expect(doc.text).toBe('Déclaration conjointe\nLe 29 mars 2024, à Pékin.\n')
    expect(doc.text.codePointAt(0)).toBe(0x44) // offset 0 is "D", not U+FEFF
    expect(doc.text).not.toContain('\r')
  })

  it('refuses a UTF-8 BOM followed by invalid UTF-8, with the byte position', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x62, 0xc3, 0x28])
    const error = refusal(decodeText(bytes, 'bad.txt'))
    expect(error.code).toBe('invalid-encoding')
    expect(error.message).toBe(
      '"bad.txt" starts with a UTF-8 byte-order mark but is not valid UTF-8 (byte 0xC3 at position 5).',
    )
  })

  it('reports where invalid UTF-8 starts, agreeing with the strict decoder', () => {
    // Valid characters and broken pieces: stray continuation, overlong lead, surrogate, above U+10FFFF, …
    const pieces = [
      [0x61],
      [0xc3, 0xa9],
      [0xe2, 0x82, 0xac],
      [0xf0, 0x9f, 0x91, 0x8d],
      [0x80],
      [0xc0],
      [0xc3],
    ]
    pieces.push([0xed, 0xa0], [0xf4, 0x90], [0xe0, 0x80], [0xf0, 0x80], [0xf5], [0xe2, 0x82])
    let seed = 7
    const random = (n: number): number => (seed = (seed * 48271) % 2147483647) % n
    const strict = new TextDecoder('utf-8', { fatal: true })
    for (let run = 0; run < 1000; run++) {
      const body = Array.from({ length: 1 + random(6) }, () => pieces[random(pieces.length)] ?? []).flat()
      const result = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...body]), 'r.txt')
      if (result.ok) {
        expect(strict.decode(new Uint8Array(body))).toBe(result.value.text)
        continue
      }
      expect(result.error.code).toBe('invalid-encoding')
      // Everything before the position is valid; the sequence starting there is not.
      const at = Number(/position (\d+)/.exec(result.error.message)?.[1]) - 3
      expect(() => strict.decode(new Uint8Array(body.slice(0, at)))).not.toThrow()
      expect(() => strict.decode(new Uint8Array(body.slice(0, at + 4)))).toThrow()
    }
  })

  it.each([
    ['utf16le-bom.txt', 'UTF-16LE'],
    ['utf16be-bom.txt', 'UTF-16BE'],
  ] as const)('decodes %s as %s, surrogate pairs included', (name, encoding) => {
    const doc = decoded(decodeText(fixture(name), name))
    expect(doc).toMatchObject({ text: '« Paix » au 𠮷\n', encoding, newline: 'LF', length: 14 })
  })

  it('refuses UTF-16 with an odd number of bytes or a lone surrogate', () => {
    expect(refusal(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]), 'odd.txt')).message).toBe(
      '"odd.txt" starts with a UTF-16LE byte-order mark but has an odd number of bytes (5).',
    )
    const lone = refusal(
      decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0xd8, 0x42, 0x00, 0x42]), 'l.txt'),
    )
    expect(lone).toEqual({
      code: 'invalid-encoding',
      message:
        '"l.txt" starts with a UTF-16BE byte-order mark but holds a lone surrogate (U+D842 at position 4).',
    })
  })
})

describe('decodeText without a byte-order mark', () => {
  it('reads Windows-1252 French text, curly apostrophe, œ and € included', () => {
    const doc = decoded(decodeText(fixture('windows-1252-french.txt'), 'windows-1252-french.txt'))
    expect(doc.text).toBe('« l’Asie œuvre é € »\n')
    expect(doc.encoding).toBe('windows-1252')
    expect(doc.newline).toBe('CRLF')
  })

  it('keeps astral characters and combining marks as they are and counts code points', () => {
    const bytes = fixture('astral-and-combining.txt')
    const doc = decoded(decodeText(bytes, 'astral-and-combining.txt'))
    expect(doc.text).toBe('Le 𠮷 dit 👍🏽 à la 🇫🇷 : e\u0301lan.\n')
    expect(doc.encoding).toBe('UTF-8')
    expect(doc.length).toBe(29)
    expect(doc.text.length).toBe(34)
    expect(doc.text.normalize('NFC')).not.toBe(doc.text) // no normalisation: e + U+0301 stays two code points
  })

  it('records CR-only and mixed line endings', () => {
    expect(decoded(decodeText(fixture('cr-only.txt'), 'cr-only.txt'))).toMatchObject({
      text: 'Ligne 1\nLigne 2\n',
      newline: 'CR',
    })
    expect(decoded(decodeText(fixture('mixed-newlines.txt'), 'mixed-newlines.txt'))).toMatchObject({
      text: 'une\ndeux\ntrois\nquatre',
      newline: 'mixed',
    })
  })

  it('hashes the original bytes and the canonical text', () => {
    const bytes = fixture('utf8-bom-crlf.txt')
    const doc = decoded(decodeText(bytes, 'utf8-bom-crlf.txt'))
    expect(doc.sourceSha256).toBe(sha256(bytes))
    expect(doc.textSha256).toBe(
      sha256(Buffer.from('Déclaration conjointe\nLe 29 mars 2024, à Pékin.\n', 'utf8')),
    )
    expect(doc.sourceSha256).not.toBe(doc.textSha256)
    expect(doc.sourceSha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('decodes the sample communiqué as UTF-8', () => {
    const bytes = readFileSync(
      new URL('../../../../fixtures/cn-kz-strategic-dialogue-2024-03-29.fr.txt', import.meta.url),
    )
    const doc = decoded(decodeText(bytes, 'cn-kz-strategic-dialogue-2024-03-29.fr.txt'))
    expect(doc.encoding).toBe('UTF-8')
    expect(doc.textSha256).toBe(sha256(doc.text))
  })
})

describe('decodeText refusals', () => {
  it.each([
    ['binary.png', 'binary-file', '"binary.png" looks like a binary file (NUL byte at position 8).'],
    [
      'utf16le-no-bom.txt',
      'binary-file',
      '"utf16le-no-bom.txt" looks like a binary file (NUL byte at position 1).',
    ],
    ['empty.txt', 'empty-file', '"empty.txt" is empty: there is no text to annotate.'],
    [
      'windows-1252-undefined-byte.txt',
      'unknown-encoding',
      '"windows-1252-undefined-byte.txt" is neither UTF-8 nor Windows-1252: byte 0x81 at position 5 is ' +
        'undefined in Windows-1252. Save the file as UTF-8 and import it again.',
    ],
  ])('refuses %s (%s)', (name, code, message) => {
    expect(refusal(decodeText(fixture(name), name))).toEqual({ code, message })
  })

  it.each([0x81, 0x8d, 0x8f, 0x90, 0x9d])('refuses byte %i, undefined in Windows-1252', (byte) => {
    const error = refusal(decodeText(new Uint8Array([0x61, 0xe9, byte]), 'x.txt'))
    expect(error.code).toBe('unknown-encoding')
    expect(error.message).toContain('at position 2')
  })

  it('refuses control bytes outside valid UTF-8, but keeps tab and form feed', () => {
    const error = refusal(decodeText(new Uint8Array([0xe9, 0x09, 0x0c, 0x1b]), 'esc.txt'))
    expect(error).toEqual({
      code: 'binary-file',
      message: '"esc.txt" looks like a binary file (control byte 0x1B at position 3).',
    })
    expect(decoded(decodeText(new Uint8Array([0xe9, 0x09, 0x0c]), 'ok.txt')).text).toBe('é\t\f')
  })

  it('refuses a NUL past the first 8000 bytes when the bytes are not UTF-8', () => {
    const bytes = new Uint8Array(9000).fill(0x61)
    bytes[10] = 0xe9
    bytes[8500] = 0
    expect(refusal(decodeText(bytes, 'late.txt')).message).toContain('control byte 0x00 at position 8500')
  })

  it('refuses a file over the size limit before reading it', () => {
    const size = 51 * 1024 * 1024
    const error = refusal(checkImportSize(size, 'big.txt'))
    expect(error.code).toBe('too-large')
    expect(error.message).toBe(
      '"big.txt" is 51.0 MB (53477376 bytes); Parley imports text files up to 50.0 MB.',
    )
    expect(checkImportSize(MAX_TEXT_BYTES, 'limit.txt').ok).toBe(true)
    expect(checkImportSize(MAX_TEXT_BYTES + 1, 'limit.txt').ok).toBe(false)
    expect(refusal(decodeText(new Uint8Array(size), 'big.txt'))).toEqual(error)
  })
})
