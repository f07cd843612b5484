import { describe, expect, it } from 'vitest'
import {
  clusterEnd,
  codePointAt,
  codePointBefore,
  isInsidePair,
  isSpace,
  isWordChar,
  mayExtend,
} from './chars'

describe('character classes', () => {
  it('reads letters, marks and numbers as word characters', () => {
    for (const ch of ['a', 'É', 'œ', '\u0301', '𠮷', '7', '²', 'ʼ'])
      expect(isWordChar(ch.codePointAt(0)!)).toBe(true)
    for (const ch of ['-', '’', ' ', '«', '👍', '\u00a0']) expect(isWordChar(ch.codePointAt(0)!)).toBe(false)
    expect(isWordChar(-1)).toBe(false)
  })

  it('counts NBSP, narrow NBSP and the zero-width space as white space', () => {
    for (const ch of [' ', '\n', '\t', '\u00a0', '\u202f', '\u2009', '\u200b', '\ufeff']) {
      expect(isSpace(ch.codePointAt(0)!)).toBe(true)
    }
    expect(isSpace('a'.codePointAt(0)!)).toBe(false)
  })
})

describe('code point walking', () => {
  const text = 'a𠮷b'
  it('reads whole code points on both sides of an offset', () => {
    expect(codePointAt(text, 1)).toBe(0x20bb7)
    expect(codePointBefore(text, 3)).toBe(0x20bb7)
    expect(codePointBefore(text, 1)).toBe(0x61)
    expect(codePointAt(text, 4)).toBe(-1)
    expect(codePointBefore(text, 0)).toBe(-1)
    expect(isInsidePair(text, 2)).toBe(true)
    expect(isInsidePair(text, 1)).toBe(false)
    expect(isInsidePair(text, 3)).toBe(false)
  })

  it('finds the end of a character cluster', () => {
    const end = (s: string): number => clusterEnd(s, 0)
    expect(end('e\u0301\u0327x')).toBe(3)
    expect(end('👍🏽x')).toBe(4)
    expect(end('🇫🇷🇩🇪')).toBe(4)
    expect(end('👨‍👩‍👧 ')).toBe(8)
    expect(end('❤️x')).toBe(2)
    expect(end('a\u200d')).toBe(1)
    expect(end('𠮷')).toBe(2)
    expect(clusterEnd('ab', 2)).toBe(2)
  })

  it('tells when the next unit may extend a character', () => {
    expect(mayExtend('\u0301'.charCodeAt(0))).toBe(true)
    expect(mayExtend('\u200d'.charCodeAt(0))).toBe(true)
    expect(mayExtend('🏽'.charCodeAt(0))).toBe(true)
    expect(mayExtend('é'.charCodeAt(0))).toBe(false)
    expect(mayExtend('’'.charCodeAt(0))).toBe(false)
    expect(mayExtend(Number.NaN)).toBe(false)
  })
})
