// Seeded random annotations for the agreement tests that compare two ways of computing the same figure:
// spans that start and end anywhere (inside words, on spaces, around astral characters), nest, cross and
// repeat, some discontinuous, over a short French text with elisions, compounds and emoji.
import type { Annotation } from '../../model/annotation'
import { asCodePoint, codePointLength } from '../../text/offsets'

export const RANDOM_TEXT =
  'Le 29 mars, Wang Yi et Murat Nurtleu ont signé l’accord Chine-Kazakhstan 🇨🇳🤝🇰🇿 à Beijing. ' +
  'Les deux parties ont convenu d’approfondir la coopération 𠮷 dans l’OCS (Organisation de Shanghai).\n' +
  'Le Kazakhstan soutient fermement la Chine ; aujourd’hui, elles s’engagent à renforcer la confiance.'

export const RANDOM_LABELS = ['ENTITY:PERSON', 'ENTITY:STATE', 'ENTITY', 'POSITION', 'COMMITMENT:joint']

/** mulberry32: the same seed gives the same stream. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function randomAnnotations(random: () => number, count: number, text = RANDOM_TEXT): Annotation[] {
  const length = codePointLength(text)
  const int = (n: number): number => Math.floor(random() * n)
  return Array.from({ length: count }, (_, n): Annotation => {
    const cuts = Array.from({ length: random() < 0.2 ? 4 : 2 }, () => int(length + 1)).sort((x, y) => x - y)
    const pieces = [] as { start: number; end: number }[]
    for (let k = 0; k < cuts.length; k += 2)
      if (cuts[k]! < cuts[k + 1]! && (pieces.length === 0 || cuts[k]! > pieces.at(-1)!.end))
        pieces.push({ start: cuts[k]!, end: cuts[k + 1]! })
    if (pieces.length === 0) pieces.push({ start: cuts[0]!, end: Math.min(length, cuts[0]! + 1 + int(12)) })
    const [category, type] = RANDOM_LABELS[int(RANDOM_LABELS.length)]!.split(':') as [string, string?]
    const fragments = pieces.map((p) => ({ start: asCodePoint(p.start), end: asCodePoint(p.end) }))
    return {
      id: `r${n}`,
      label: category,
      start: fragments[0]!.start,
      end: fragments.at(-1)!.end,
      ...(fragments.length > 1 ? { fragments } : {}),
      quote: { exact: '', prefix: '', suffix: '' },
      attributes: type ? { type } : {},
      roles: {},
      note: '',
      author: 'random',
      created: '2024-03-29T10:00:00.000Z',
      modified: '2024-03-29T10:00:00.000Z',
    }
  })
}
