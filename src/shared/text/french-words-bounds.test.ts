// The bounds-only reading of the text (agreement's) must give exactly `tokenize`'s tokens, on tricky French
// and on the sample communiqué; and the short paths of elision checking must answer as the full rule does.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  APOSTROPHE_WORDS,
  ELIDABLE_CLITICS,
  isElision,
  scanTokens,
  tokenBounds,
  tokenize,
} from './french-words'

const sample = readFileSync(
  new URL('../../../fixtures/cn-kz-strategic-dialogue-2024-03-29.fr.txt', import.meta.url),
  'utf8',
)

const TRICKY = [
  'L’Asie d’aujourd’hui, qu’il soit presqu’île ou PRESQU’ÎLE, quelqu’un l’2 jusqu’au lorsqu’elle.',
  "« Non. » dit-il ; a-t-il vu l'accord Chine-Asie ? 2023-2024 : 1,5 % et 3.2… vice-Premier !",
  'Le 𠮷 et 👍🏽 et 🇫🇷 et e\u0301te\u0301 et ‘’ et d’𠮷, l’🇫🇷 puis\u00a0:\u202f« x »\u200bfin...',
  "Ç’a été ; C’est ; S’IL ; l'’a ; -tiret- ’début fin’ ; '",
]

const boundsOf = (text: string): [number, number][] => {
  const { starts, ends } = tokenBounds(text)
  return Array.from(starts, (start, k) => [start, ends[k]!])
}

describe('tokenBounds', () => {
  it('gives tokenize’s bounds on tricky French and on the sample', () => {
    for (const text of [...TRICKY, sample, TRICKY.join('\n').repeat(50), ''])
      expect(boundsOf(text)).toEqual(tokenize(text).map((t) => [t.start, t.end]))
  })

  it('grows past its first guess of the token count', () => {
    const text = '. , ; '.repeat(5000)
    expect(tokenBounds(text).starts).toHaveLength(15_000)
    expect(boundsOf(text)).toEqual(tokenize(text).map((t) => [t.start, t.end]))
  })
})

describe('scanTokens', () => {
  it('hands over tokenize’s bounds and kinds, in text order', () => {
    for (const text of TRICKY) {
      const seen: [number, number, string][] = []
      scanTokens(text, (start, end, kind) => seen.push([start, end, kind]))
      expect(seen).toEqual(tokenize(text).map((t) => [t.start, t.end, t.kind]))
    }
  })
})

describe('isElision', () => {
  const normalise = (word: string): string =>
    word.normalize('NFC').toLocaleLowerCase('fr').replaceAll('\u2019', "'")
  const byTheRule = (head: string, part: string): boolean =>
    ELIDABLE_CLITICS.has(normalise(head)) && !APOSTROPHE_WORDS.has(normalise(`${head}'${part}`))

  it('answers as the full rule on clitics, listed words and non-ASCII heads', () => {
    const heads = ['l', 'L', 'qu', 'QU', 'quelqu', 'Quelqu', 'presqu', 'PRESQU', 'aujourd', 'prud', 'ç', 'Ç']
    const more = ['c\u0327', 'jusqu', 'lorsqu', 'x', 'le', 'é', 'L\u2019l']
    const parts = ['Asie', 'un', 'UNE', 'île', 'ÎLES', 'i\u0302le', 'hui', 'homme', 'a', '𠮷', '']
    for (const head of [...heads, ...more])
      for (const part of parts) expect(isElision(head, part), `${head}’${part}`).toBe(byTheRule(head, part))
  })
})
