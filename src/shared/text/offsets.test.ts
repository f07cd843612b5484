import { describe, expect, it } from 'vitest'
import {
  asCodePoint,
  asUtf16,
  codePointLength,
  createOffsetIndex,
  offsetIndexOf,
  sliceCodePoints,
} from './offsets'

// Code points: L0 e1 _2 𠮷3 _4 d5 i6 t7 _8 👍9 🏽10 _11 à12 _13 l14 a15 _16 🇫17 🇷18 _19 :20 _21 e22 ◌́23 l24
// a25 n26 .27: 28 code points. Five are astral (𠮷, 👍, 🏽, 🇫, 🇷) and take two UTF-16 units: 33 units.
const text = 'Le 𠮷 dit 👍🏽 à la 🇫🇷 : e\u0301lan.'
const index = createOffsetIndex(text)
/** An oracle independent of the module: the string iterator walks code points. */
const utf16Of = (cp: number): number => Array.from(text).slice(0, cp).join('').length

describe('createOffsetIndex', () => {
  it('counts code points and UTF-16 units', () => {
    expect(index.codePointLength).toBe(28)
    expect(index.utf16Length).toBe(33)
    expect(codePointLength(text)).toBe(28)
    expect(codePointLength('a𠮷b')).toBe(3)
    expect(codePointLength('')).toBe(0)
  })

  it('converts every code-point offset to UTF-16 and back', () => {
    for (let cp = 0; cp <= index.codePointLength; cp++) {
      const utf16 = index.toUtf16(asCodePoint(cp))
      expect(utf16).toBe(utf16Of(cp))
      expect(index.isInsideSurrogatePair(utf16)).toBe(false)
      expect(index.toCodePoint(utf16)).toBe(cp)
    }
  })

  it('converts every UTF-16 offset outside a surrogate pair to a code point and back', () => {
    let boundaries = 0
    for (let u = 0; u <= index.utf16Length; u++) {
      if (index.isInsideSurrogatePair(asUtf16(u))) continue
      boundaries++
      expect(index.toUtf16(index.toCodePoint(asUtf16(u)))).toBe(u)
    }
    expect(boundaries).toBe(29)
  })

  it('maps a UTF-16 offset inside a surrogate pair to the start of its character', () => {
    const small = createOffsetIndex('a𠮷b')
    expect([0, 1, 2, 3, 4].map((u) => small.toCodePoint(asUtf16(u)))).toEqual([0, 1, 1, 2, 3])
    expect([0, 1, 2, 3].map((cp) => small.toUtf16(asCodePoint(cp)))).toEqual([0, 1, 3, 4])
  })

  it('handles a text without astral characters and the empty text', () => {
    const french = createOffsetIndex('« Œuvrer à la paix », a-t-il déclaré.')
    expect(french.codePointLength).toBe(37)
    expect(french.toUtf16(asCodePoint(20))).toBe(20)
    const empty = createOffsetIndex('')
    expect(empty.toUtf16(asCodePoint(0))).toBe(0)
    expect(empty.toCodePoint(asUtf16(0))).toBe(0)
  })
})

describe('isInsideSurrogatePair', () => {
  it('is true only between the halves of a pair', () => {
    const small = createOffsetIndex('a𠮷b')
    expect([0, 1, 2, 3, 4].map((u) => small.isInsideSurrogatePair(asUtf16(u)))).toEqual([
      false,
      false,
      true,
      false,
      false,
    ])
  })

  it('finds the middle of each astral character of the sample', () => {
    const inside = [...Array(index.utf16Length + 1).keys()].filter((u) =>
      index.isInsideSurrogatePair(asUtf16(u)),
    )
    // 𠮷 starts at unit 3; 👍 at 10, 🏽 at 12; 🇫 at 20, 🇷 at 22.
    expect(inside).toEqual([4, 11, 13, 21, 23])
  })

  it('does not pair lone or reversed surrogates, and counts each as one code point', () => {
    const lone = createOffsetIndex('a\ud842b\udfb7\ud842')
    expect(lone.codePointLength).toBe(5)
    expect(codePointLength('a\ud842b\udfb7\ud842')).toBe(5)
    for (let u = 0; u <= 5; u++) expect(lone.isInsideSurrogatePair(asUtf16(u))).toBe(false)
    expect(createOffsetIndex('\udfb7\ud842').codePointLength).toBe(2)
  })
})

describe('sliceCodePoints', () => {
  it.each([
    [3, 4, '𠮷'],
    [9, 11, '👍🏽'],
    [9, 10, '👍'],
    [10, 11, '🏽'],
    [17, 19, '🇫🇷'],
    [22, 24, 'e\u0301'],
    [22, 23, 'e'],
    [23, 24, '\u0301'],
    [12, 16, 'à la'],
    [5, 5, ''],
    [5, 3, ''],
    [0, 28, text],
  ])('text[%i:%i] is %j, as in Python', (start, end, expected) => {
    expect(sliceCodePoints(text, index, asCodePoint(start), asCodePoint(end))).toBe(expected)
  })

  it('slices a short text', () => {
    const small = 'a𠮷b'
    expect(sliceCodePoints(small, createOffsetIndex(small), asCodePoint(1), asCodePoint(3))).toBe('𠮷b')
  })
})

describe('out-of-range offsets', () => {
  it.each([-1, 29, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('toUtf16(%d) throws', (cp) => {
    expect(() => index.toUtf16(asCodePoint(cp))).toThrow(RangeError)
  })

  it.each([-1, 34, 0.5, Number.NaN])('toCodePoint(%d) throws', (u) => {
    expect(() => index.toCodePoint(asUtf16(u))).toThrow(RangeError)
  })

  it('sliceCodePoints throws past the end where Python would clamp', () => {
    expect(() => sliceCodePoints(text, index, asCodePoint(0), asCodePoint(29))).toThrow(RangeError)
  })
})

describe('offsetIndexOf', () => {
  it('gives the last text its one index, and another text its own', () => {
    const kept = offsetIndexOf(text)
    expect(offsetIndexOf(text)).toBe(kept)
    expect(offsetIndexOf(`${text.slice(0, 3)}${text.slice(3)}`)).toBe(kept)
    const other = offsetIndexOf('a𠮷b')
    expect(other).not.toBe(kept)
    expect([other.codePointLength, other.toUtf16(asCodePoint(2))]).toEqual([3, 3])
    expect(offsetIndexOf(text)).not.toBe(kept)
    expect(offsetIndexOf(text).codePointLength).toBe(28)
  })
})
