import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createOccurrenceFinder, findOccurrences, type FindOptions } from './find-occurrences'

const sample = readFileSync(
  new URL('../../../fixtures/cn-kz-strategic-dialogue-2024-03-29.fr.txt', import.meta.url),
  'utf8',
)

const exact: FindOptions = { caseSensitive: true, accentSensitive: true, elision: false }
const loose: FindOptions = { caseSensitive: false, accentSensitive: false, elision: false }

/** The matched texts. */
const found = (text: string, needle: string, options: FindOptions = exact): string[] =>
  findOccurrences(text, needle, options).map((s) => text.slice(s.start, s.end))

/** An oracle independent of the module: whole-word regex matches of a literal needle. */
function regexOffsets(text: string, literal: string, flags = 'gu'): number[] {
  const escaped = literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const re = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escaped}(?![\\p{L}\\p{M}\\p{N}])`, flags)
  return [...text.matchAll(re)].map((m) => m.index)
}

describe('findOccurrences', () => {
  it('finds every whole-word « Kazakhstan » of the sample and nothing longer', () => {
    const text = `${sample}\nLes Kazakhstanais et les kazakhes, le Kazakhstan.`
    const spans = findOccurrences(text, 'Kazakhstan', exact)
    expect(spans.map((s) => s.start)).toEqual(regexOffsets(text, 'Kazakhstan'))
    expect(spans).toHaveLength(21)
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe('Kazakhstan')
    // The four in « Chine-Kazakhstan » are whole words after a hyphen.
    expect(spans.filter((s) => text.slice(s.start - 6, s.start) === 'Chine-')).toHaveLength(4)
    expect(text.slice(spans.at(-1)!.start - 3, spans.at(-1)!.end + 1)).toBe('le Kazakhstan.')
    expect(findOccurrences(text, 'Kazakhstan', loose)).toEqual(spans)
    expect(found(text, 'kazakhes')).toEqual(['kazakhes', 'kazakhes'])
  })

  it('requires whole words, but an apostrophe or hyphen before is fine', () => {
    const text = 'l’Asie, Asie-Pacifique, Eurasie, Asiel, (Asie) « Asie » 2Asie Asie2 Asie_'
    expect(findOccurrences(text, 'Asie', exact).map((s) => s.start)).toEqual(regexOffsets(text, 'Asie'))
    expect(found(text, 'Asie')).toHaveLength(5)
    expect(found('Eurasie asie ASIE', 'asie')).toEqual(['asie'])
  })

  it('folds case with the French locale only when asked', () => {
    const text = 'La CHINE, la Chine et la chine.'
    expect(found(text, 'Chine')).toEqual(['Chine'])
    expect(found(text, 'chine', loose)).toEqual(['CHINE', 'Chine', 'chine'])
    expect(found(text, 'CHINE', { ...exact, caseSensitive: false })).toEqual(['CHINE', 'Chine', 'chine'])
  })

  it('finds « État » from « etat » only when both case and accents are ignored', () => {
    const text = 'les chefs d’État, un état, un etat, un Etat.'
    expect(found(text, 'etat', exact)).toEqual(['etat'])
    expect(found(text, 'etat', { ...exact, caseSensitive: false })).toEqual(['etat', 'Etat'])
    expect(found(text, 'etat', { ...exact, accentSensitive: false })).toEqual(['état', 'etat'])
    expect(found(text, 'etat', loose)).toEqual(['État', 'état', 'etat', 'Etat'])
    expect(found(text, 'État', exact)).toEqual(['État'])
    expect(found(text, 'État', { ...exact, caseSensitive: false })).toEqual(['État', 'état'])
  })

  it('matches precomposed and decomposed accents alike, mapping back to the original offsets', () => {
    const decomposed = 'un E\u0301tat, un e\u0301tat, un État.'
    expect(found(decomposed, 'État')).toEqual(['E\u0301tat', 'État'])
    expect(found(decomposed, 'E\u0301tat')).toEqual(['E\u0301tat', 'État'])
    expect(found(decomposed, 'etat', loose)).toEqual(['E\u0301tat', 'e\u0301tat', 'État'])
    expect(findOccurrences(decomposed, 'etat', loose)).toEqual([
      { start: 3, end: 8 },
      { start: 13, end: 18 },
      { start: 23, end: 27 },
    ])
    // A word ending in an accent keeps the mark inside the match.
    expect(found('la sante\u0301 publique', 'sante', loose)).toEqual(['sante\u0301'])
    // An unaccented needle does not match the base letter of an accented one when accents count.
    expect(found('la sante\u0301 publique', 'sante', exact)).toEqual([])
    expect(found('e\u0301', 'e', exact)).toEqual([])
  })

  it('does not fold œ and æ', () => {
    const text = 'mettre en œuvre, en oeuvre, ex æquo'
    expect(found(text, 'œuvre', loose)).toEqual(['œuvre'])
    expect(found(text, 'oeuvre', loose)).toEqual(['oeuvre'])
    expect(found(text, 'ŒUVRE', loose)).toEqual(['œuvre'])
  })

  it('matches straight and curly apostrophes with each other', () => {
    const text = "l’Union et l'Union"
    expect(found(text, 'l’Union')).toEqual(['l’Union', "l'Union"])
    expect(found(text, "l'Union")).toEqual(['l’Union', "l'Union"])
    expect(found("aujourd'hui et aujourd’hui", 'aujourd’hui')).toEqual(["aujourd'hui", 'aujourd’hui'])
  })

  it('matches any run of white space, NBSP included', () => {
    const text = 'Xi\u00a0Jinping, Xi  Jinping, Xi\nJinping, XiJinping'
    expect(found(text, 'Xi Jinping')).toEqual(['Xi\u00a0Jinping', 'Xi  Jinping', 'Xi\nJinping'])
    expect(found(text, '  Xi Jinping ')).toHaveLength(3)
  })

  describe('elision', () => {
    const text =
      "le rôle de l’Union européenne, d’Union européenne, Union européenne, l'Union européenne, L’Union européenne"
    const elision: FindOptions = { ...exact, elision: true }

    it('makes an elided article opening the needle optional, and includes it only when the text has it', () => {
      expect(found(text, 'l’Union européenne', elision)).toEqual([
        'l’Union européenne',
        'Union européenne',
        'Union européenne',
        "l'Union européenne",
        'Union européenne',
      ])
      expect(found(text, 'l’Union européenne', { ...elision, caseSensitive: false })).toEqual([
        'l’Union européenne',
        'Union européenne',
        'Union européenne',
        "l'Union européenne",
        'L’Union européenne',
      ])
      expect(found(text, "d'Union européenne", elision)[1]).toBe('d’Union européenne')
    })

    it('without elision, needs the article', () => {
      expect(found(text, 'l’Union européenne')).toEqual(['l’Union européenne', "l'Union européenne"])
      expect(found(text, 'Union européenne')).toHaveLength(5)
    })

    it('reports nothing more for a needle without an article', () => {
      for (const needle of ['Union européenne', 'Asie', 'Kazakhstan', 'État']) {
        expect(findOccurrences(sample + text, needle, elision)).toEqual(
          findOccurrences(sample + text, needle, exact),
        )
      }
    })

    it('leaves words whose apostrophe is no elision alone', () => {
      expect(found('aujourd’hui et hui', 'aujourd’hui', elision)).toEqual(['aujourd’hui'])
      expect(found('quelqu’un et un', 'quelqu’un', elision)).toEqual(['quelqu’un'])
      expect(found('jusqu’à la fin, à la fin', 'jusqu’à la fin', elision)).toEqual([
        'jusqu’à la fin',
        'à la fin',
      ])
    })

    it('needs the article to stand as a word of its own to include it', () => {
      expect(found('Bel’Union', 'l’Union', elision)).toEqual(['Union'])
    })

    it('handles the sample', () => {
      const needle = 'l’Organisation de coopération de Shanghai'
      expect(found(sample, needle, elision)).toEqual([needle])
      expect(found(sample, 'l’Asie centrale', elision)).toEqual([
        'Asie centrale',
        'Asie centrale',
        'Asie centrale',
      ])
    })
  })

  it('returns sorted, non-overlapping matches', () => {
    expect(findOccurrences('ha ha ha', 'ha ha', exact)).toEqual([{ start: 0, end: 5 }])
    const spans = findOccurrences(sample, 'de', loose)
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end)
    expect(spans.length).toBe(regexOffsets(sample, 'de', 'giu').length)
  })

  it('finds nothing for an empty needle', () => {
    expect(findOccurrences(sample, '', exact)).toEqual([])
    expect(findOccurrences(sample, ' \u00a0', loose)).toEqual([])
    expect(findOccurrences('', 'Asie', loose)).toEqual([])
  })

  it('never splits a surrogate pair and maps offsets past astral characters', () => {
    const text = 'Le 𠮷 dit 👍🏽 à la 🇫🇷 : e\u0301lan, 𠮷'
    expect(found(text, '𠮷')).toEqual(['𠮷', '𠮷'])
    expect(found(text, 'à la')).toEqual(['à la'])
    expect(found(text, 'élan', exact)).toEqual(['e\u0301lan'])
    expect(findOccurrences(text, 'elan', loose)).toEqual([
      { start: text.indexOf('e\u0301lan'), end: text.indexOf(',') },
    ])
    expect(found(text, '\udfb7')).toEqual([])
    expect(found('🇫🇷🇩🇪', '🇷🇩')).toEqual([])
    expect(found('🇫🇷🇩🇪 🇫🇷', '🇫🇷')).toEqual(['🇫🇷', '🇫🇷'])
    expect(found('👍🏽 👍', '👍')).toEqual(['👍'])
  })

  it('finds every occurrence in 1 MB (its speed is a line of npm run bench)', () => {
    let big = ''
    while (big.length < 1_000_000) big += sample
    expect(findOccurrences(big, 'etat', loose)).toHaveLength(
      findOccurrences(sample, 'etat', loose).length * Math.ceil(1_000_000 / sample.length),
    )
  })

  it('folds the text once for many needles', () => {
    const find = createOccurrenceFinder(sample, loose)
    expect(find('Kazakhstan')).toEqual(findOccurrences(sample, 'Kazakhstan', loose))
    expect(find('CHINE').length).toBe(regexOffsets(sample, 'Chine').length)
  })
})
