import { describe, expect, it } from 'vitest'
import { positionsByKey } from './order-by-key'

/** What a comparator sort gives: positions by key, equal keys in position order. */
const byComparator = (keys: readonly number[]): number[] =>
  keys.map((_, p) => p).sort((x, y) => keys[x]! - keys[y]! || x - y)

describe('positionsByKey', () => {
  it('orders positions by key, equal keys in position order', () => {
    expect(positionsByKey([5, 1, 5, 0, 1])).toEqual([3, 1, 4, 0, 2])
  })

  it('agrees with a comparator sort on many keys with repeats', () => {
    let seed = 7
    const keys = Array.from({ length: 5000 }, () => (seed = (seed * 48271) % 2147483647) % 1200)
    expect(positionsByKey(keys)).toEqual(byComparator(keys))
  })

  it('handles no keys and large keys that still pack exactly', () => {
    expect(positionsByKey([])).toEqual([])
    const big = 2 ** 50
    expect(positionsByKey([big, 3, big - 1])).toEqual([1, 2, 0])
  })

  it('gives up on keys it cannot pack exactly', () => {
    expect(positionsByKey([1, -1])).toBeUndefined()
    expect(positionsByKey([1.5, 2])).toBeUndefined()
    expect(positionsByKey([2 ** 52, 1])).toBeUndefined()
  })
})
