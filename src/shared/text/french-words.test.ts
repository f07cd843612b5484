import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isElidableClitic, sentences, tokenize, type Token } from './french-words'

const sample = readFileSync(
  new URL('../../../fixtures/cn-kz-strategic-dialogue-2024-03-29.fr.txt', import.meta.url),
  'utf8',
)

const texts = (text: string): string[] => tokenize(text).map((t) => t.text)
const kinds = (text: string): string[] => tokenize(text).map((t) => `${t.text}/${t.kind}`)
const sentenceTexts = (text: string): string[] =>
  sentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end))

/** Every token's offsets point at its text, tokens are sorted and separated only by white space. */
function expectConsistent(text: string, tokens: readonly Token[]): void {
  let previousEnd = 0
  for (const token of tokens) {
    expect(text.slice(token.start, token.end)).toBe(token.text)
    expect(token.end).toBeGreaterThan(token.start)
    expect(text.slice(previousEnd, token.start)).toMatch(/^[\s\u200b]*$/u)
    previousEnd = token.end
  }
  expect(text.slice(previousEnd)).toMatch(/^[\s\u200b]*$/u)
}

describe('tokenize', () => {
  it('splits a real French sentence of the sample communiqué', () => {
    const tokens = tokenize(sample)
    expectConsistent(sample, tokens)
    const all = tokens.map((t) => t.text)
    expect(all.slice(0, 6)).toEqual(['Le', '29', 'mars', '2024', ',', 'Wang'])
    expect(tokens.slice(0, 5).map((t) => t.kind)).toEqual(['word', 'number', 'word', 'number', 'punct'])

    // « d’approfondir »: the clitic splits off with its curly apostrophe.
    const at = sample.indexOf('d’approfondir')
    const i = tokens.findIndex((t) => t.start === at)
    expect(tokens.slice(i, i + 2)).toEqual([
      { start: at, end: at + 2, text: 'd’', kind: 'word' },
      { start: at + 2, end: at + 13, text: 'approfondir', kind: 'word' },
    ])
    expect(all.filter((t, n) => t === 'approfondir' && all[n - 1] === 'd’')).toHaveLength(2)

    // « l’Organisation », « l’Interaction »
    const j = all.indexOf('Organisation')
    expect(all[j - 1]).toBe('l’')
    expect(all[all.indexOf('Interaction') - 1]).toBe('l’')

    // Hyphenated compounds stay whole.
    expect(all.filter((t) => t === 'Chine-Kazakhstan')).toHaveLength(4)
    expect(all).toContain('vice-Premier')
    expect(all).toContain('Chine-Asie')

    // « la Ceinture et la Route »: guillemets are punctuation tokens of their own.
    const k = all.indexOf('«')
    expect(all.slice(k, k + 7)).toEqual(['«', 'la', 'Ceinture', 'et', 'la', 'Route', '»'])
    expect(tokens[k]!.kind).toBe('punct')
    expect(all.filter((t) => t === '«')).toHaveLength(3)
    expect(all.filter((t) => t === '»')).toHaveLength(3)

    // No token holds white space, and no apostrophe survives inside a token except after a clitic.
    expect(all.some((t) => /\s/u.test(t))).toBe(false)
    expect(all.filter((t) => t.includes('’')).every((t) => /^(?:[ldsjmnct]|qu|jusqu)’$/iu.test(t))).toBe(true)
  })

  it('splits elided clitics with either apostrophe', () => {
    expect(texts('l’Asie')).toEqual(['l’', 'Asie'])
    expect(texts("l'Asie")).toEqual(["l'", 'Asie'])
    expect(texts('L’Asie-Pacifique')).toEqual(['L’', 'Asie-Pacifique'])
    expect(texts('d’approfondir')).toEqual(['d’', 'approfondir'])
    expect(texts('qu’il')).toEqual(['qu’', 'il'])
    expect(texts('jusqu’à')).toEqual(['jusqu’', 'à'])
    expect(texts('lorsqu’elle puisqu’on quoiqu’il')).toEqual([
      'lorsqu’',
      'elle',
      'puisqu’',
      'on',
      'quoiqu’',
      'il',
    ])
    expect(texts('c’est-à-dire')).toEqual(['c’', 'est-à-dire'])
    expect(texts('ç’aurait')).toEqual(['ç’', 'aurait'])
    expect(texts('QU’IL')).toEqual(['QU’', 'IL'])
    expect(texts('l’ex-Premier')).toEqual(['l’', 'ex-Premier'])
    expect(kinds('l’Asie')).toEqual(['l’/word', 'Asie/word'])
  })

  it('keeps words whose apostrophe is no elision whole', () => {
    expect(texts('aujourd’hui')).toEqual(['aujourd’hui'])
    expect(texts("aujourd'hui")).toEqual(["aujourd'hui"])
    expect(texts('d’aujourd’hui')).toEqual(['d’', 'aujourd’hui'])
    expect(texts('jusqu’aujourd’hui')).toEqual(['jusqu’', 'aujourd’hui'])
    expect(texts('presqu’île presqu’îles')).toEqual(['presqu’île', 'presqu’îles'])
    expect(texts('presqu’achevé')).toEqual(['presqu’', 'achevé'])
    expect(texts('prud’homme prud’hommes')).toEqual(['prud’homme', 'prud’hommes'])
    expect(texts('quelqu’un quelqu’une Quelqu’un')).toEqual(['quelqu’un', 'quelqu’une', 'Quelqu’un'])
    expect(texts('quelqu’autre')).toEqual(['quelqu’', 'autre'])
    // English apostrophes are not French clitics.
    expect(texts("don't O'Brien")).toEqual(["don't", "O'Brien"])
  })

  it('treats an apostrophe that is not between letters as punctuation', () => {
    expect(kinds('‘Asie’')).toEqual(['‘/punct', 'Asie/word', '’/punct'])
    expect(texts("parents' l’ Asie")).toEqual(['parents', "'", 'l', '’', 'Asie'])
  })

  it('keeps hyphenated compounds and inverted pronouns whole', () => {
    expect(texts('Chine-Asie vice-Premier Asie-Pacifique')).toEqual([
      'Chine-Asie',
      'vice-Premier',
      'Asie-Pacifique',
    ])
    expect(texts('a-t-il, dit-elle')).toEqual(['a-t-il', ',', 'dit-elle'])
    expect(texts('Chine‑Asie Chine‐Asie')).toEqual(['Chine‑Asie', 'Chine‐Asie'])
    expect(kinds('COVID-19')).toEqual(['COVID-19/word'])
    expect(texts('Chine - Asie')).toEqual(['Chine', '-', 'Asie'])
    expect(texts('Chine–Asie')).toEqual(['Chine', '–', 'Asie'])
    expect(texts('-t-il Asie-')).toEqual(['-', 't-il', 'Asie', '-'])
  })

  it('reads numbers as one token', () => {
    expect(kinds('2024 1,5 3.2 0,75 %')).toEqual([
      '2024/number',
      '1,5/number',
      '3.2/number',
      '0,75/number',
      '%/punct',
    ])
    expect(kinds('en 2024, puis')).toEqual(['en/word', '2024/number', ',/punct', 'puis/word'])
    expect(kinds('2024.')).toEqual(['2024/number', './punct'])
    expect(kinds('1, 2')).toEqual(['1/number', ',/punct', '2/number'])
    expect(kinds('2023-2024')).toEqual(['2023/number', '-/punct', '2024/number'])
    expect(kinds('G20 XXIe 1er')).toEqual(['G20/word', 'XXIe/word', '1er/word'])
    expect(kinds('v1.2')).toEqual(['v1/word', './punct', '2/number'])
  })

  it('treats NBSP, narrow NBSP and other white space as separators only', () => {
    expect(kinds('«\u00a0Paix\u00a0» ;\u202fnon\t!\nOui')).toEqual([
      '«/punct',
      'Paix/word',
      '»/punct',
      ';/punct',
      'non/word',
      '!/punct',
      'Oui/word',
    ])
    expect(kinds('“Paix” "guerre"')).toEqual([
      '“/punct',
      'Paix/word',
      '”/punct',
      '"/punct',
      'guerre/word',
      '"/punct',
    ])
    expect(tokenize('')).toEqual([])
    expect(tokenize(' \u00a0\u202f\n')).toEqual([])
  })

  it('makes each punctuation mark a token, a run of full stops one', () => {
    expect(texts('Quoi ?! Non... Oui… (CICA) [1]')).toEqual([
      ...['Quoi', '?', '!', 'Non', '...', 'Oui', '…'],
      ...['(', 'CICA', ')', '[', '1', ']'],
    ])
  })

  it('never splits a surrogate pair or a character from its marks', () => {
    const text = 'Le 𠮷 dit 👍🏽 à la 🇫🇷 : e\u0301lan, 👨‍👩‍👧 ok.'
    const tokens = tokenize(text)
    expectConsistent(text, tokens)
    expect(kinds(text)).toEqual([
      ...['Le/word', '𠮷/word', 'dit/word', '👍🏽/punct', 'à/word', 'la/word', '🇫🇷/punct', ':/punct'],
      ...['e\u0301lan/word', ',/punct', '👨‍👩‍👧/punct', 'ok/word', './punct'],
    ])
    for (const token of tokens) {
      expect(token.text.isWellFormed()).toBe(true)
    }
    expect(texts('🇫🇷🇩🇪')).toEqual(['🇫🇷', '🇩🇪'])
    expect(texts('a𠮷b')).toEqual(['a𠮷b'])
  })

  it('is deterministic and covers the whole sample', () => {
    expect(tokenize(sample)).toEqual(tokenize(sample))
    const covered = tokenize(sample).reduce((n, t) => n + t.text.length, 0)
    expect(covered).toBe(sample.replace(/\s/gu, '').length)
  })
})

describe('isElidableClitic', () => {
  it('knows the French elided forms in any case', () => {
    for (const clitic of ['l', 'D', 'qu', 'Jusqu', 'lorsqu', 'ç']) expect(isElidableClitic(clitic)).toBe(true)
    for (const word of ['le', 'aujourd', 'prud', 'don', 'o', '']) expect(isElidableClitic(word)).toBe(false)
  })
})

describe('sentences', () => {
  it('splits the sample into sentences and lines', () => {
    const all = sentenceTexts(sample)
    expect(all[0]).toMatch(/^Le 29 mars 2024, Wang Yi.*de la Chine et du Kazakhstan\.$/u)
    expect(all[1]).toBe(
      'La Chine et le Kazakhstan sont de bons voisins qui font preuve de solidarité, de bons amis qui se ' +
        'font confiance et de bons partenaires qui s’aident à réussir, a déclaré Wang Yi.',
    )
    expect(all.some((s) => s.startsWith('À l’issue du Dialogue'))).toBe(true)
    expect(all.at(-1)).toMatch(/de la Chine et du Kazakhstan\.$/u)
    for (const s of all) expect(s.includes('\n')).toBe(false)
    // Every line of the sample ends a sentence.
    const ends = new Set<number>(sentences(sample, tokenize(sample)).map((s) => s.end))
    for (let i = sample.indexOf('\n'); i >= 0; i = sample.indexOf('\n', i + 1)) expect(ends.has(i)).toBe(true)
    expect(ends.has(sample.trimEnd().length)).toBe(true)
  })

  it('splits after . ! ? … before white space and an upper-case letter, a guillemet or the end', () => {
    expect(sentenceTexts('Oui. Non! Peut-être? Enfin… Bon')).toEqual([
      'Oui.',
      'Non!',
      'Peut-être?',
      'Enfin…',
      'Bon',
    ])
    expect(sentenceTexts('Oui. « Non », dit-il.')).toEqual(['Oui.', '« Non », dit-il.'])
    expect(sentenceTexts('Oui. “Non”')).toEqual(['Oui.', '“Non”'])
    expect(sentenceTexts('Il part. À demain.')).toEqual(['Il part.', 'À demain.'])
    expect(sentenceTexts('Attendez... Non.')).toEqual(['Attendez...', 'Non.'])
  })

  it('does not split before a lower-case word, a digit or without white space', () => {
    expect(sentenceTexts('etc. et la suite')).toEqual(['etc. et la suite'])
    expect(sentenceTexts('le 3.2 et 1,5. 2024 fut')).toEqual(['le 3.2 et 1,5. 2024 fut'])
    expect(sentenceTexts('U.S.A. Fin')).toEqual(['U.S.A.', 'Fin'])
    expect(sentenceTexts('Quoi?!Non')).toEqual(['Quoi?!Non'])
  })

  it('keeps closing quotes and repeated terminators with the sentence they end', () => {
    expect(sentenceTexts('Il a dit : « Non. » Puis il est parti.')).toEqual([
      'Il a dit : « Non. »',
      'Puis il est parti.',
    ])
    expect(sentenceTexts('Il a dit « non ! » et il est parti.')).toEqual([
      'Il a dit « non ! » et il est parti.',
    ])
    expect(sentenceTexts('Quoi ?! Non.')).toEqual(['Quoi ?!', 'Non.'])
    expect(sentenceTexts('(Voir plus haut.) Ensuite')).toEqual(['(Voir plus haut.)', 'Ensuite'])
    expect(sentenceTexts('He said "No." Then')).toEqual(['He said "No."', 'Then'])
    expect(sentenceTexts('Il dit : ‘Non.’ Puis')).toEqual(['Il dit : ‘Non.’', 'Puis'])
  })

  it('splits at every line break and skips empty lines', () => {
    expect(sentenceTexts('Titre\n\nUn texte\nsans point')).toEqual(['Titre', 'Un texte', 'sans point'])
    expect(sentenceTexts('a\r\nb\u2029c')).toEqual(['a', 'b', 'c'])
    expect(sentenceTexts('')).toEqual([])
    expect(sentenceTexts('  \n ')).toEqual([])
  })

  it('returns offsets into the text', () => {
    const text = '  Oui.  Non.\n'
    expect(sentences(text, tokenize(text))).toEqual([
      { start: 2, end: 6 },
      { start: 8, end: 12 },
    ])
  })
})
