// Packing is invisible: for many random lists (seeded, replayable) on texts with astral characters, an
// opened document sent packed and unpacked is what plain JSON would have given, whether the quotes match
// the text or not, whatever odd items the list holds, whatever the offsets; and a usual set packs to well
// under half its size.
import { describe, expect, it } from 'vitest'
import { packAnnotations } from './packed-annotations'
import { unpackReply } from './packed-reply'
import { annotationOf, PIECES, random, randomText } from './testing/random-annotations'

const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown

describe('packAnnotations', () => {
  it('unpacks to what plain JSON gives, for 300 random lists', () => {
    const next = random(7)
    for (let n = 0; n < 300; n++) {
      const text = randomText(next)
      const list = Array.from({ length: Math.floor(next() * 30) }, (_, i) => annotationOf(next, text, i))
      const meta = { id: 'doc', title: 't' }
      const plain = { ok: true, value: { meta, text, annotations: list } }
      const packed = { ok: true, value: { meta, text, annotations: packAnnotations(list, text) } }
      expect(unpackReply(roundTrip(packed)), `list ${n}`).toStrictEqual(roundTrip(plain))
    }
  })

  it('sends offsets too large to add up exactly, and starts going backwards, as JSON would', () => {
    const next = random(5)
    const text = 'Paris 𠮷 Astana'
    const [a, b, c] = [0, 1, 2].map((i) => annotationOf(next, text, i, true) as Record<string, number>)
    const list = [
      { ...b, start: 6, end: 8 },
      { ...a, start: 2 ** 41, end: 2 ** 41 + 3 },
      { ...c, start: 0, end: 5 },
    ]
    const plain = { ok: true, value: { text, annotations: list } }
    const packed = { ok: true, value: { text, annotations: packAnnotations(list, text) } }
    expect(unpackReply(roundTrip(packed))).toStrictEqual(roundTrip(plain))
  })

  it('leaves anything but a packed opened document as it is', () => {
    const values = [null, 3, { ok: false, error: {} }, { ok: true, value: { text: 'x', annotations: [] } }]
    for (const value of values) expect(unpackReply(value)).toBe(value)
  })

  it('packs a usual set to well under half its JSON', () => {
    const next = random(11)
    const text = Array.from({ length: 2000 }, () => PIECES[Math.floor(next() * 8)]).join('')
    const list = Array.from({ length: 1000 }, (_, i) => annotationOf(next, text, i, true))
    expect(JSON.stringify(packAnnotations(list, text)).length).toBeLessThan(JSON.stringify(list).length / 2)
  })
})
