// withSortedKeys must hand JSON.stringify exactly what the key-sorting replacer would: proved here on many
// random values (seeded, so a failure can be replayed) mixing what JSON treats specially: integer-like and
// `__proto__` keys, toJSON, boxed primitives, class instances, sparse arrays, undefined, functions and
// shared references, in objects whose keys are sometimes already in order and sometimes not.
import { describe, expect, it } from 'vitest'
import { NEEDS_REPLACER, sortKeys, withSortedKeys } from './sorted-keys'
import { stableJson, stableStringify } from './stable-json'

/** mulberry32: a small seeded PRNG. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const KEYS = ['a', 'b', 'z', 'A', 'é', '𠮷', '10', '9', '0', '01', '-1', '1.5', '', 'toJSON', 'constructor']
const STRINGS = ['', 'x', 'é « » ’', '\ud800', '"\\\n\t', '𠮷👍🏽', '2024-03-29T10:00:00.000Z']
const NUMBERS = [0, -0, 1, -7, 1.5e-7, 2 ** 53, NaN, Infinity]

class Point {
  constructor(
    readonly y: number,
    readonly x: number,
  ) {}
}

function valueOf(next: () => number, depth: number, shared: unknown[]): unknown {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const roll = next()
  if (depth > 4 || roll < 0.3) return pick<unknown>([...STRINGS, ...NUMBERS, true, false, null])
  if (roll < 0.34) return pick<unknown>([undefined, () => 1, Symbol('s')])
  if (roll < 0.37 && shared.length > 0) return pick(shared)
  if (roll < 0.4)
    return pick<unknown>([
      new Date(0),
      { toJSON: () => ({ b: 1, a: 2 }) },
      new String('ab'),
      new Number(3),
      new Boolean(false),
      new Point(2, 1),
      new Map([[1, 2]]),
      new Uint8Array([3, 1]),
      Object.create(null) as object,
    ])
  if (roll < 0.6) {
    const items: unknown[] = next() < 0.2 ? new Array<unknown>(Math.floor(next() * 4)) : []
    const count = Math.floor(next() * 5)
    for (let i = 0; i < count; i++) items.push(valueOf(next, depth + 1, shared))
    return items
  }
  const keys = [...new Set(Array.from({ length: Math.floor(next() * 6) }, () => pick(KEYS)))]
  // Half the objects get their keys in sorted order, as a stable file reads back.
  if (next() < 0.5) keys.sort()
  const record: Record<string, unknown> = next() < 0.1 ? (Object.create(null) as Record<string, unknown>) : {}
  for (const key of keys) record[key] = valueOf(next, depth + 1, shared)
  // A `__proto__` own key, as JSON.parse makes one.
  if (next() < 0.1) Object.defineProperty(record, '__proto__', { value: { b: 1 }, enumerable: true })
  shared.push(record)
  return record
}

const byReplacer = (value: unknown, space?: number): string => JSON.stringify(value, sortKeys, space)

describe('withSortedKeys', () => {
  it('gives the bytes of the key-sorting replacer for 5,000 random values, compact and indented', () => {
    const next = random(20241130)
    for (let n = 0; n < 5000; n++) {
      const value = valueOf(next, 0, [])
      expect(stableJson(value), `value ${n}`).toBe(byReplacer(value))
      expect(stableJson(value, 2), `value ${n}`).toBe(byReplacer(value, 2))
    }
  })

  it('keeps objects whose keys are already in order, and copies the others', () => {
    const stored = { attributes: { type: 'STATE' }, end: 9, id: 'a1', quote: { exact: 'x', prefix: '' } }
    expect(withSortedKeys(stored)).toBe(stored)
    const list = [stored, { b: 1, a: { d: 1, c: 2 } }]
    const sorted = withSortedKeys(list) as unknown[]
    expect(sorted).not.toBe(list)
    expect(sorted[0]).toBe(stored)
    expect(Object.keys(sorted[1] as object)).toEqual(['a', 'b'])
  })

  it('leaves toJSON, cycles and very deep values to the replacer, with its results and errors', () => {
    expect(withSortedKeys({ at: new Date(0) })).toBe(NEEDS_REPLACER)
    const cycle: Record<string, unknown> = { a: 1 }
    cycle.self = cycle
    const thrown = (run: () => unknown): unknown => {
      try {
        return run()
      } catch (error) {
        return (error as Error).constructor
      }
    }
    expect(thrown(() => stableJson(cycle))).toBe(thrown(() => byReplacer(cycle)))
    expect(thrown(() => stableJson(cycle))).toBe(RangeError)
    let deep: unknown = { z: 1, a: 2 }
    for (let i = 0; i < 800; i++) deep = { b: [deep], a: i }
    expect(stableStringify(deep)).toBe(byReplacer(deep, 2) + '\n')
    expect(stableStringify(undefined)).toBe('undefined\n')
  })
})
