// A document opened in two parts: the first holds exactly the annotations that begin before the offset, the
// rest (given once, under its key) holds the others, and together they are the set `openDocument` gives, in
// any order. Splitting the same list again gives the same lists, so their kept encodings serve again.
import { describe, expect, it } from 'vitest'
import type { OpenedDocument } from '@shared/ipc/contract'
import { unpackAnnotations } from '@shared/ipc/packed-annotations'
import type { Annotation } from '@shared/model/annotation'
import type { DocumentMeta } from '@shared/model/document'
import { annotationOf, random, randomText } from '@shared/ipc/testing/random-annotations'
import { OpeningParts } from './opening-parts'

const byId = (list: readonly unknown[]) =>
  [...(list as Annotation[])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))

function opened(seed: number, length: number): OpenedDocument {
  const next = random(seed)
  const text = randomText(next)
  const annotations = Array.from({ length }, (_, i) => annotationOf(next, text, i, true) as Annotation)
  return { meta: { id: 'doc', title: 'doc' } as DocumentMeta, text, annotations }
}

describe('OpeningParts', () => {
  it('splits at the offset, and the two parts are the whole set, for 100 random sets', () => {
    for (let n = 0; n < 100; n++) {
      const document = opened(n, 1 + n * 3)
      const upTo = Math.floor(document.text.length / 2)
      const parts = new OpeningParts()
      const first = parts.first(document, upTo)
      expect(first.text).toBe(document.text)
      expect(first.annotations.every((a) => a.start < upTo)).toBe(true)
      const expectedRest = document.annotations.filter((a) => a.start >= upTo)
      if (expectedRest.length === 0) {
        expect(first.rest, `set ${n}`).toBeNull()
        expect(first.annotations).toEqual(document.annotations)
        continue
      }
      expect(first.rest?.count).toBe(expectedRest.length)
      const rest = parts.rest(first.rest!.key)
      if (!rest.ok) throw new Error(rest.error.message)
      const restList = unpackAnnotations(structuredClone(rest.value.packed), document.text)
      expect(byId([...first.annotations, ...restList]), `set ${n}`).toStrictEqual(byId(document.annotations))
    }
  })

  it('gives a rest once, and says so after', () => {
    const parts = new OpeningParts()
    const first = parts.first(opened(1, 40), 10)
    expect(parts.rest(first.rest!.key).ok).toBe(true)
    expect(parts.rest(first.rest!.key)).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('keeps the rests of the last few openings only', () => {
    const parts = new OpeningParts()
    const document = opened(2, 40)
    const keys = Array.from({ length: 9 }, () => parts.first(document, 10).rest!.key)
    expect(parts.rest(keys[0]!).ok).toBe(false)
    expect(keys.slice(1).every((key) => parts.rest(key).ok)).toBe(true)
  })

  it('splits the same list into the same two lists again, and a new list afresh', () => {
    const parts = new OpeningParts()
    const document = opened(3, 40)
    const once = parts.first(document, 10)
    const again = parts.first(document, 10)
    expect(again.annotations).toBe(once.annotations)
    expect(parts.first(document, 20).annotations).not.toBe(once.annotations)
    const changed = { ...document, annotations: document.annotations.slice(1) }
    expect(parts.first(changed, 10).annotations).not.toBe(once.annotations)
  })
})
