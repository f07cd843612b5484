// The desktop IPC sends an opened document packed (packReply) through Electron's structured clone, and the
// renderer unpacks it: what arrives is what the clone of the plain reply would have given, for random lists
// with odd items (undefined fields, arrays, nulls) that JSON would not even keep. Small lists and other
// replies pass as they are, and a list is packed once until it changes.
import { describe, expect, it } from 'vitest'
import { packReply, unpackReply } from './packed-reply'
import { annotationOf, random, randomText } from './testing/random-annotations'

const cloneable = (item: unknown): boolean => {
  try {
    structuredClone(item)
    return true
  } catch {
    return false
  }
}

describe('packReply', () => {
  it('arrives through the structured clone as the plain reply would, for 300 random lists', () => {
    const next = random(19)
    for (let n = 0; n < 300; n++) {
      const text = randomText(next)
      const list = Array.from({ length: Math.floor(next() * 30) }, (_, i) => annotationOf(next, text, i))
      const plain = { ok: true, value: { meta: { id: 'doc' }, text, annotations: list.filter(cloneable) } }
      const sent = packReply(plain, 1)
      if (plain.value.annotations.length > 0) expect(sent, `list ${n}`).not.toBe(plain)
      expect(unpackReply(structuredClone(sent)), `list ${n}`).toStrictEqual(structuredClone(plain))
    }
  })

  it('leaves small lists, refusals and other values as they are', () => {
    const text = 'Paris et Astana'
    const next = random(3)
    const small = { ok: true, value: { text, annotations: [annotationOf(next, text, 0, true)] } }
    expect(packReply(small)).toBe(small)
    for (const value of [null, 'x', { ok: false, error: { code: 'x' } }, { ok: true, value: { text } }])
      expect(packReply(value, 0)).toBe(value)
  })

  it('packs a list once, again when its length or the text changed', () => {
    const next = random(23)
    const text = randomText(next)
    const list = Array.from({ length: 5 }, (_, i) => annotationOf(next, text, i, true))
    const packedOf = (reply: unknown): unknown =>
      (reply as { value: { annotations: unknown } }).value.annotations
    const first = packedOf(packReply({ ok: true, value: { text, annotations: list } }, 1))
    expect(packedOf(packReply({ ok: true, value: { text, annotations: list } }, 1))).toBe(first)
    expect(packedOf(packReply({ ok: true, value: { text: `${text}.`, annotations: list } }, 1))).not.toBe(
      first,
    )
    list.pop()
    const shorter = packedOf(packReply({ ok: true, value: { text, annotations: list } }, 1))
    expect(shorter).not.toBe(first)
    expect(unpackReply({ ok: true, value: { text, annotations: shorter } })).toStrictEqual({
      ok: true,
      value: { text, annotations: list },
    })
  })
})
