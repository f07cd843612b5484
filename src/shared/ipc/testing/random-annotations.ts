// Random annotation lists for the packing tests (seeded, replayable): usual annotations on texts with astral
// characters, quotes that match the text or not, and odd items of every kind packing must carry as they are.
import { quoteAt } from '../../model/quote'
import { asCodePoint, codePointLength, createOffsetIndex } from '../../text/offsets'

export function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const PIECES = [
  'Paris ',
  'l’accord ',
  '« Chine » ',
  '𠮷',
  '👍🏽 ',
  'e\u0301',
  '\n',
  'Astana, ',
  '"',
  '\ud800',
]

export function annotationOf(next: () => number, text: string, n: number, usual = false): unknown {
  const length = codePointLength(text)
  const start = Math.floor(next() * length)
  const end = Math.min(length, start + 1 + Math.floor(next() * 20))
  const index = createOffsetIndex(text)
  const quote = quoteAt(text, index, asCodePoint(start), asCodePoint(end))
  const created = '2024-03-29T10:00:00.000Z'
  const a: Record<string, unknown> = {
    attributes: next() < 0.5 ? { type: 'STATE' } : {},
    author: next() < 0.9 ? 'Aïcha' : '',
    created,
    end,
    id: `a${n}`,
    label: 'ENTITY',
    modified: next() < 0.7 ? created : '2024-04-01T00:00:00.000Z',
    note: next() < 0.8 ? '' : 'une note « » ’',
    quote: usual || next() < 0.8 ? quote : { ...quote, prefix: 'autre' },
    roles: next() < 0.7 ? {} : { holder: [{ ref: 'a0' }, { text: 'libre' }] },
    start,
  }
  if (next() < 0.2)
    a.fragments = [
      { start, end: start + 1 },
      { end, start: end - 1 },
    ]
  const odd = usual ? 1 : next()
  if (odd < 0.03) a.extra = 1
  else if (odd < 0.06) delete a.note
  else if (odd < 0.09) a.fragments = undefined
  else if (odd < 0.12) a.start = start + 0.5
  else if (odd < 0.15) a.end = length + 5
  else if (odd < 0.18) a.quote = { ...quote, toJSON: () => 'q' }
  else if (odd < 0.21) return [a]
  else if (odd < 0.24) return next() < 0.5 ? null : undefined
  else if (odd < 0.27) a.modified = undefined
  return a
}

/** A text of 5 to 64 random pieces. */
export function randomText(next: () => number): string {
  return Array.from({ length: 5 + Math.floor(next() * 60) }, () => PIECES[Math.floor(next() * 10)]).join('')
}
