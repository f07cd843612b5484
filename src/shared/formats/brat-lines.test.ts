import { describe, expect, it } from 'vitest'
import { asCodePoint, createOffsetIndex } from '../text/offsets'
import { findControlCharacter, mergeLineBreakGaps, splitAtLineBreaks, toOneLine } from './brat-lines'

const piece = (start: number, end: number) => ({ start: asCodePoint(start), end: asCodePoint(end) })

describe('brat lines', () => {
  it('cuts spans at every character Python’s splitlines breaks at, counting code points', () => {
    const text = '𠮷a\nb\u2028c\u000bd\r\ne'
    const index = createOffsetIndex(text)
    expect(splitAtLineBreaks(text, index, [piece(0, 11)])).toEqual([
      piece(0, 2),
      piece(3, 4),
      piece(5, 6),
      piece(7, 8),
      piece(10, 11),
    ])
    expect(splitAtLineBreaks(text, index, [piece(2, 3)])).toEqual([])
  })

  it('merges back only gaps made of line breaks, never adjacent or other gaps', () => {
    const text = 'ab\n\ncd ef'
    const index = createOffsetIndex(text)
    expect(mergeLineBreakGaps(text, index, [piece(0, 2), piece(4, 6), piece(7, 9)])).toEqual([
      piece(0, 6),
      piece(7, 9),
    ])
    expect(mergeLineBreakGaps(text, index, [piece(0, 1), piece(1, 2)])).toEqual([piece(0, 1), piece(1, 2)])
  })

  it('makes free text fit one line and finds what would not', () => {
    expect(toOneLine('a\nb\tc\u0007d\u2029e')).toBe('a b\tc d e')
    expect(findControlCharacter('ok\tfine')).toBeNull()
    expect(findControlCharacter('ab\u0085c')).toEqual({ char: '\u0085', index: 2 })
  })
})
