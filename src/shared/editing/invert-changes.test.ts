import { describe, expect, it } from 'vitest'
import type { Annotation, AnnotationChange } from '../model/annotation'
import { asCodePoint } from '../text/offsets'
import { invertChanges } from './invert-changes'

function annotation(id: string, label = 'ENTITY', start = 0): Annotation {
  return {
    id,
    label,
    start: asCodePoint(start),
    end: asCodePoint(start + 4),
    quote: { exact: 'Asie', prefix: 'l’', suffix: ' centrale' },
    attributes: {},
    roles: {},
    note: '',
    author: 'test',
    created: '2024-03-29T10:00:00Z',
    modified: '2024-03-29T10:00:00Z',
  }
}

/** A tiny local apply: changes in order over a map by id. */
function apply(
  before: ReadonlyMap<string, Annotation>,
  changes: readonly AnnotationChange[],
): Map<string, Annotation> {
  const after = new Map(before)
  for (const change of changes) {
    if (change.op === 'put') after.set(change.annotation.id, change.annotation)
    else after.delete(change.id)
  }
  return after
}

const put = (a: Annotation): AnnotationChange => ({ op: 'put', annotation: a })
const del = (id: string): AnnotationChange => ({ op: 'delete', id })

/** Applying the changes, then their inverse, gives back the original map. */
function expectRoundTrip(
  before: ReadonlyMap<string, Annotation>,
  changes: readonly AnnotationChange[],
): void {
  const inverse = invertChanges(before, changes)
  const restored = apply(apply(before, changes), inverse)
  expect(restored).toEqual(before)
  // And the forward changes applied again redo the same state.
  expect(apply(restored, changes)).toEqual(apply(before, changes))
}

describe('invertChanges', () => {
  const a = annotation('a')
  const b = annotation('b', 'POSITION', 10)
  const before = new Map([
    ['a', a],
    ['b', b],
  ])

  it('deletes a new annotation', () => {
    const c = annotation('c')
    expect(invertChanges(before, [put(c)])).toEqual([del('c')])
  })

  it('puts back the old version of a replaced annotation', () => {
    expect(invertChanges(before, [put({ ...a, label: 'COMMITMENT' })])).toEqual([put(a)])
  })

  it('puts back a deleted annotation', () => {
    expect(invertChanges(before, [del('b')])).toEqual([put(b)])
  })

  it('inverts a bulk change in reverse order, one change per annotation', () => {
    const changes = [put(annotation('c')), put({ ...a, note: 'x' }), del('b'), put(annotation('d'))]
    expect(invertChanges(before, changes)).toEqual([del('d'), put(b), put(a), del('c')])
    expectRoundTrip(before, changes)
  })

  it('undoes the net effect when a batch touches an id twice', () => {
    const changes = [
      put({ ...a, note: 'x' }),
      put({ ...a, note: 'y' }),
      del('a'),
      put(annotation('c')),
      del('c'),
    ]
    expect(invertChanges(before, changes)).toEqual([put(a)])
    expectRoundTrip(before, changes)
    const recreated = [del('b'), put({ ...b, note: 'again' })]
    expect(invertChanges(before, recreated)).toEqual([put(b)])
    expectRoundTrip(before, recreated)
  })

  it('needs no change for a no-op', () => {
    expect(invertChanges(before, [])).toEqual([])
    expect(invertChanges(before, [del('missing')])).toEqual([])
    expect(invertChanges(before, [put(a)])).toEqual([])
    expectRoundTrip(before, [del('missing'), put(a)])
  })

  it('round-trips random batches', () => {
    let seed = 7
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    for (let round = 0; round < 200; round++) {
      const start = new Map<string, Annotation>()
      for (let k = 0; k < random(5); k++) start.set(`id${random(6)}`, annotation(`id${random(6)}`))
      // Keys and ids agree in a real map.
      const consistent = new Map([...start.values()].map((x) => [x.id, x]))
      const changes: AnnotationChange[] = []
      for (let k = 0; k < random(8); k++) {
        const id = `id${random(6)}`
        changes.push(random(3) === 0 ? del(id) : put({ ...annotation(id), note: String(random(100)) }))
      }
      expectRoundTrip(consistent, changes)
    }
  })
})
