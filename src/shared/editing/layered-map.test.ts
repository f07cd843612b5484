import { describe, expect, it } from 'vitest'
import { LayeredMap } from './layered-map'

describe('LayeredMap', () => {
  it('behaves as a copied Map, version by version, also across folding the layer', () => {
    let map = LayeredMap.of<string, number>([['a', 1]])
    const model = new Map([['a', 1]])
    const versions: [LayeredMap<string, number>, Map<string, number>][] = []
    for (let i = 0; i < 700; i++) {
      const key = `k${i % 300}`
      const value = i % 3 === 0 ? undefined : i
      map = map.with(new Map([[key, value]]))
      if (value === undefined) model.delete(key)
      else model.set(key, value)
      versions.push([map, new Map(model)])
    }
    for (const [version, expected] of versions.filter((_, i) => i % 97 === 0).concat([versions.at(-1)!])) {
      expect(version.size).toBe(expected.size)
      expect(new Map(version)).toEqual(expected)
      for (let k = 0; k < 300; k++) {
        expect(version.get(`k${k}`)).toBe(expected.get(`k${k}`))
        expect(version.has(`k${k}`)).toBe(expected.has(`k${k}`))
      }
    }
  })

  it('indexes values by key as a Map of pairs would, the last of a repeated key winning', () => {
    const values = [
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
      { id: 'a', n: 3 },
    ]
    const keyed = LayeredMap.keyed(values, (v) => v.id)
    expect(new Map(keyed)).toEqual(new Map(values.map((v) => [v.id, v])))
    expect(keyed.size).toBe(2)
    expect(keyed.get('a')?.n).toBe(3)
  })

  it('keys a list on first use only, from the list as it was given', () => {
    const values = [
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
    ]
    const keyedIds: string[] = []
    const keyed = LayeredMap.keyed(values, (v) => (keyedIds.push(v.id), v.id))
    values.push({ id: 'c', n: 3 })
    expect(keyedIds).toEqual([])
    const next = keyed.with(new Map([['b', undefined]]))
    expect(keyedIds).toEqual(['a', 'b'])
    expect(keyed.size).toBe(2)
    expect(keyed.has('c')).toBe(false)
    expect(new Map(next)).toEqual(new Map([['a', values[0]]]))
    const prepared = LayeredMap.keyed(values, (v) => (keyedIds.push(v.id), v.id))
    prepared.prepare()
    prepared.prepare()
    expect(keyedIds).toEqual(['a', 'b', 'a', 'b', 'c'])
    expect(prepared.get('c')?.n).toBe(3)
    expect(keyedIds).toHaveLength(5)
  })
})
