import { describe, expect, it } from 'vitest'
import { foldForSearch, type FoldOptions } from './search-fold'

const exact: FoldOptions = { caseSensitive: true, accentSensitive: true }
const loose: FoldOptions = { caseSensitive: false, accentSensitive: false }

/** originAt for every folded position, end included. */
const origins = (text: string, options: FoldOptions): number[] => {
  const folded = foldForSearch(text, options)
  return Array.from({ length: folded.text.length + 1 }, (_, p) => folded.originAt(p))
}

describe('foldForSearch', () => {
  it('leaves plain ASCII as it is, but for case', () => {
    expect(foldForSearch('Le Kazakhstan, 2024.', exact).text).toBe('Le Kazakhstan, 2024.')
    expect(foldForSearch('Le Kazakhstan, 2024.', loose).text).toBe('le kazakhstan, 2024.')
    expect(origins('Ab c', loose)).toEqual([0, 1, 2, 3, 4])
  })

  it('decomposes accents, and drops them when asked', () => {
    expect(foldForSearch('État', exact).text).toBe('E\u0301tat')
    expect(foldForSearch('E\u0301tat', exact).text).toBe('E\u0301tat')
    expect(foldForSearch('État', { ...exact, caseSensitive: false }).text).toBe('e\u0301tat')
    expect(foldForSearch('État', { ...exact, accentSensitive: false }).text).toBe('Etat')
    expect(foldForSearch('ÉTAT e\u0301tat', loose).text).toBe('etat etat')
    expect(foldForSearch('œuvre Æ ß', loose).text).toBe('œuvre æ ß')
  })

  it('maps only the first position of a fold that is not one unit for one', () => {
    // É (1 unit) → E + U+0301 (2 units): the mark has no origin of its own.
    expect(origins('Été', exact)).toEqual([0, -1, 1, 2, -1, 3])
    // e + U+0301 (2 units) → e (1 unit).
    expect(origins('e\u0301te\u0301', loose)).toEqual([0, 2, 3, 5])
    // A surrogate pair is one cluster.
    expect(origins('a𠮷b', exact)).toEqual([0, 1, -1, 3, 4])
  })

  it('makes apostrophes straight and white space one space', () => {
    expect(foldForSearch('l’Asie', exact).text).toBe("l'Asie")
    const text = 'a \u00a0\n\tb\u202fc  d\u200be'
    expect(foldForSearch(text, exact).text).toBe('a b c d e')
    expect(origins(text, exact)).toEqual([0, 1, 5, 6, 7, 8, 10, 11, 12, 13])
    expect(foldForSearch('  a  ', exact).text).toBe(' a ')
  })

  it('keeps emoji sequences and flags whole', () => {
    const text = '👍🏽 🇫🇷🇩🇪'
    expect(foldForSearch(text, loose).text).toBe(text)
    expect(origins(text, loose)).toEqual([0, -1, -1, -1, 4, 5, -1, -1, -1, 9, -1, -1, -1, 13])
  })

  it('folds an empty text', () => {
    expect(foldForSearch('', loose).text).toBe('')
    expect(foldForSearch('', loose).originAt(0)).toBe(0)
  })
})
