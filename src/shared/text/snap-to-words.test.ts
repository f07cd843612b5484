import { describe, expect, it } from 'vitest'
import { asUtf16 } from './offsets'
import { expandToWordAt, snapToWords } from './snap-to-words'

/** Snaps the selection of `selected`, found at its `nth` occurrence in `text`, and returns the snapped text. */
function snap(text: string, selected: string, nth = 0): string | null {
  let at = -1
  for (let n = 0; n <= nth; n++) at = text.indexOf(selected, at + 1)
  if (at < 0) throw new Error(`${selected} not in ${text}`)
  const span = snapToWords(text, asUtf16(at), asUtf16(at + selected.length))
  return span === null ? null : text.slice(span.start, span.end)
}

/** The word at the caret marked `|` in `marked`. */
function wordAt(marked: string): string | null {
  const at = marked.indexOf('|')
  const text = marked.slice(0, at) + marked.slice(at + 1)
  const span = expandToWordAt(text, asUtf16(at))
  return span === null ? null : text.slice(span.start, span.end)
}

describe('snapToWords', () => {
  const asie = 'la stabilité de l’Asie centrale'

  it('extends an edge inside a word part to the part boundary', () => {
    expect(snap(asie, 'Asi')).toBe('Asie')
    expect(snap(asie, 'si')).toBe('Asie')
    expect(snap(asie, 'l’As')).toBe('l’Asie')
    expect(snap(asie, 'sie cent')).toBe('Asie centrale')
    expect(snap(asie, 'Asie')).toBe('Asie')
    expect(snap('coopération Chine-Asie', 'Chin')).toBe('Chine')
    expect(snap('coopération Chine-Asie', 'Chine-As')).toBe('Chine-Asie')
    expect(snap('coopération Chine-Asie', 'ne-As')).toBe('Chine-Asie')
    expect(snap('coopération Chine-Asie', 'sie')).toBe('Asie')
    expect(snap('convenu d’approfondir la', 'approfondi')).toBe('approfondir')
    expect(snap('convenu d’approfondir la', 'pprofondir')).toBe('approfondir')
    expect(snap('convenu d’approfondir la', 'u d’a')).toBe('convenu d’approfondir')
    expect(snap('le vice-Premier ministre', 'ce-Prem')).toBe('vice-Premier')
  })

  it('moves an edge on an apostrophe or a hyphen past it, inward', () => {
    expect(snap(asie, '’Asie')).toBe('Asie')
    expect(snap(asie, '’As')).toBe('Asie')
    expect(snap(asie, 'l', 2)).toBe('l’') // the `l` of `l’Asie`
    expect(snap(asie, 'l’')).toBe('l’')
    expect(snap(asie, 'de l', 0)).toBe('de l’')
    expect(snap('coopération Chine-Asie', '-Asie')).toBe('Asie')
    expect(snap('coopération Chine-Asie', 'Chine-')).toBe('Chine')
    expect(snap('coopération Chine-Asie', '-')).toBeNull()
  })

  it('keeps words whose apostrophe is no elision whole', () => {
    expect(snap('dès aujourd’hui', 'aujourd')).toBe('aujourd’hui')
    expect(snap('dès aujourd’hui', 'hui')).toBe('aujourd’hui')
    expect(snap('dès aujourd’hui', '’hui')).toBe('aujourd’hui')
    expect(snap('dès aujourd’hui', 'aujourd’')).toBe('aujourd’hui')
  })

  it('trims white space, quotes and punctuation from the edges', () => {
    const text = 'de « la Ceinture et la Route », (OCS) ; “Paix” : fin.'
    expect(snap(text, '« la Ceinture et la Route »')).toBe('la Ceinture et la Route')
    expect(snap(text, ' « la Ceinture et la Route », ')).toBe('la Ceinture et la Route')
    expect(snap(text, '(OCS) ;')).toBe('OCS')
    expect(snap(text, '“Paix”')).toBe('Paix')
    expect(snap(text, 'fin.')).toBe('fin')
    expect(snap('le 29\u00a0mars\u202f!', '\u00a0mars\u202f!')).toBe('mars')
    expect(snap('[sic] …', '[sic] …')).toBe('sic')
    expect(snap('"guerre"', '"guerre"')).toBe('guerre')
    expect(snap('Paix et guerre', 'aix et gu')).toBe('Paix et guerre')
  })

  it('returns null for a selection of only white space and punctuation', () => {
    const text = 'Oui, « non » ; (peut-être) !\u00a0?\u202f.'
    expect(snap(text, ', « ')).toBeNull()
    expect(snap(text, ' » ; (')).toBeNull()
    expect(snap(text, ') !\u00a0?\u202f.')).toBeNull()
    expect(snapToWords(text, asUtf16(3), asUtf16(3))).toBeNull()
    expect(snapToWords('', asUtf16(0), asUtf16(0))).toBeNull()
  })

  it('treats a collapsed selection inside a word as nothing selected', () => {
    expect(snapToWords(asie, asUtf16(20), asUtf16(20))).toBeNull()
  })

  it('accepts a backward selection', () => {
    const span = snapToWords(asie, asUtf16(21), asUtf16(18))
    expect(span && asie.slice(span.start, span.end)).toBe('Asie')
  })

  it('keeps numbers whole', () => {
    expect(snap('un taux de 1,5 %', '1,')).toBe('1,5')
    expect(snap('un taux de 1,5 %', ',5')).toBe('1,5')
    expect(snap('la version 3.2 est', '.2')).toBe('3.2')
  })

  it('never splits a surrogate pair or a character cluster', () => {
    const text = 'Le 𠮷 dit 👍🏽 à la 🇫🇷 : e\u0301lan.'
    const at = (s: string): number => text.indexOf(s)
    const check = (start: number, end: number, expected: string | null): void => {
      const span = snapToWords(text, asUtf16(start), asUtf16(end))
      expect(span && text.slice(span.start, span.end)).toBe(expected)
      if (span) expect(text.slice(span.start, span.end).isWellFormed()).toBe(true)
    }
    check(at('𠮷') + 1, at('𠮷') + 1, null)
    check(at('𠮷'), at('𠮷') + 1, '𠮷')
    check(at('𠮷') + 1, at('𠮷') + 2, '𠮷')
    check(at('👍🏽'), at('👍🏽') + 2, '👍🏽')
    check(at('👍🏽') + 1, at('👍🏽') + 3, '👍🏽')
    check(at('🇫🇷') + 2, at('🇫🇷') + 4, '🇫🇷')
    check(at('🇫🇷') + 1, at('🇫🇷') + 2, '🇫🇷')
    check(at('e\u0301lan'), at('e\u0301lan') + 1, 'e\u0301lan')
    check(at('dit') - 2, at('dit') + 2, '𠮷 dit')
    // Every pair of offsets yields null or well-formed text with no surrogate half at either edge.
    for (let s = 0; s <= text.length; s++) {
      for (let e = s; e <= text.length; e++) {
        const span = snapToWords(text, asUtf16(s), asUtf16(e))
        if (span === null) continue
        expect(text.slice(span.start, span.end).isWellFormed()).toBe(true)
        expect(span.start).toBeLessThan(span.end)
      }
    }
  })

  it('rejects offsets outside the text', () => {
    expect(() => snapToWords('abc', asUtf16(-1), asUtf16(2))).toThrow(RangeError)
    expect(() => snapToWords('abc', asUtf16(0), asUtf16(4))).toThrow(RangeError)
    expect(() => snapToWords('abc', asUtf16(0.5), asUtf16(2))).toThrow(RangeError)
  })
})

describe('expandToWordAt', () => {
  it('finds the word part under or next to the caret', () => {
    expect(wordAt('la stabi|lité')).toBe('stabilité')
    expect(wordAt('la |stabilité')).toBe('stabilité')
    expect(wordAt('la stabilité|')).toBe('stabilité')
    expect(wordAt('de l’|Asie')).toBe('Asie')
    expect(wordAt('de l|’Asie')).toBe('l’')
    expect(wordAt('de |l’Asie')).toBe('l’')
    expect(wordAt('Chine|-Asie')).toBe('Chine')
    expect(wordAt('Chine-|Asie')).toBe('Asie')
    expect(wordAt('Chine-As|ie')).toBe('Asie')
    expect(wordAt('d’approf|ondir')).toBe('approfondir')
    expect(wordAt('l’Asie|.')).toBe('Asie')
    expect(wordAt('« |Paix »')).toBe('Paix')
    expect(wordAt('taux de 1,|5 %')).toBe('1,5')
    expect(wordAt('dès aujourd’|hui')).toBe('aujourd’hui')
  })

  it('returns null away from words', () => {
    expect(wordAt('Oui, | non')).toBeNull()
    expect(wordAt('« | »')).toBeNull()
    expect(wordAt('|')).toBeNull()
    expect(wordAt('ok 👍|🏽 ok')).toBeNull()
  })

  it('never splits a surrogate pair', () => {
    const text = 'le 𠮷 ici'
    expect(expandToWordAt(text, asUtf16(4))).toEqual({ start: 3, end: 5 })
    expect(expandToWordAt(text, asUtf16(3))).toEqual({ start: 3, end: 5 })
  })
})
