import { describe, expect, it } from 'vitest'
import { bufferPool, CHUNK_BYTES, UNITS_PER_CHUNK, utf8Chunks } from './utf8-chunks'

/** What the chunks of `text` add up to, written out of one reused buffer as an export does. */
function encoded(text: string): Buffer {
  const buffer = bufferPool().take()
  const parts: Buffer[] = []
  for (const length of utf8Chunks(text, buffer)) parts.push(Buffer.from(buffer.subarray(0, length)))
  return Buffer.concat(parts)
}

describe('utf8Chunks', () => {
  it('gives the bytes of Buffer.from for short text, astral characters and lone surrogates included', () => {
    for (const text of [
      '',
      'a',
      'Chine–Kazakhstan « ’ » 𠮷 👍🏽 🇫🇷 e\u0301',
      'x\ud800y',
      '\udc00',
      'fin\ud83d',
    ])
      expect(encoded(text).equals(Buffer.from(text, 'utf8')), JSON.stringify(text)).toBe(true)
  })

  it('never splits a surrogate pair across pieces', () => {
    // The pair straddles the end of the first piece, then of the second.
    const text = `${'é'.repeat(UNITS_PER_CHUNK - 1)}𠮷${'a'.repeat(UNITS_PER_CHUNK - 2)}👍${'’'.repeat(10)}`
    const buffer = bufferPool().take()
    const lengths = [...utf8Chunks(text, buffer)]
    expect(lengths.length).toBe(3)
    expect(encoded(text).equals(Buffer.from(text, 'utf8'))).toBe(true)
    expect(encoded(text).toString('utf8')).toBe(text)
  })

  it('fills at most CHUNK_BYTES per piece, even when every unit takes three bytes', () => {
    const text = '’'.repeat(UNITS_PER_CHUNK * 2 + 5)
    const lengths = [...utf8Chunks(text, bufferPool().take())]
    expect(lengths).toEqual([CHUNK_BYTES, CHUNK_BYTES, 15])
  })

  it('refuses a buffer too small for a piece', () => {
    expect(() => [...utf8Chunks('abc', Buffer.alloc(10))]).toThrow(RangeError)
  })
})

describe('bufferPool', () => {
  it('hands a given-back buffer out again instead of allocating', () => {
    const pool = bufferPool()
    const first = pool.take()
    expect(pool.take()).not.toBe(first)
    pool.give(first)
    expect(pool.take()).toBe(first)
  })
})
