// The chunked serialiser must give exactly the bytes of `stableStringify` (files on disk and golden files
// rely on them), whatever the set holds and however it is cut into chunks.
import { describe, expect, it } from 'vitest'
import { stableStringify, stableStringifyChunks } from './stable-json'

function annotation(n: number): Record<string, unknown> {
  return {
    modified: '2024-03-29T10:00:00.000Z',
    id: `a${n}`,
    start: n * 3,
    end: n * 3 + 2 + (n % 5),
    label: n % 2 ? 'ENTITY' : 'POSITION',
    quote: { exact: `« é${n}’ 𠮷 »\n\t"q"`, prefix: '', suffix: 'x' },
    attributes:
      n % 3 ? { zeta: [1, 'two', null, { b: true, a: 1.5e-7 }], alpha: {}, '10': 'x', '9': [] } : {},
    roles: n % 4 ? { holder: [{ ref: `a${n - 1}` }, { text: 'libre' }], target: [] } : {},
    ...(n % 7
      ? {
          fragments: [
            { start: n * 3, end: n * 3 + 1 },
            { end: n * 3 + 4, start: n * 3 + 3 },
          ],
        }
      : {}),
    note: n % 11 ? '' : 'une note\u2028avec\u0000contrôle',
    skipped: undefined,
    author: 'Claire',
  }
}

const set = (count: number): Record<string, unknown> => ({
  textSha256: 'f'.repeat(64),
  annotations: Array.from({ length: count }, (_, n) => annotation(n)),
  schemaVersion: 2,
  documentId: 'doc-1',
  annotator: 'Claire',
  tagSchemaVersion: 3,
})

const joined = (value: unknown, itemsPerChunk?: number): string =>
  [...stableStringifyChunks(value, itemsPerChunk)].join('')

describe('stableStringifyChunks', () => {
  it('gives the bytes of stableStringify for a varied annotation set, in many chunks', () => {
    const value = set(1000)
    const chunks = [...stableStringifyChunks(value, 37)]
    expect(chunks.length).toBeGreaterThan(20)
    expect(chunks.join('')).toBe(stableStringify(value))
  })

  it('gives the same bytes whatever the chunk size and wherever the large arrays are', () => {
    const value = {
      ...set(50),
      zz: [1, undefined, () => 1, 'x'],
      aa: Array.from({ length: 9 }, (_, n) => [n]),
    }
    for (const size of [1, 2, 7, 49, 50, 51, 300]) expect(joined(value, size)).toBe(stableStringify(value))
    const last = { a: 1, z: Array.from({ length: 10 }, (_, n) => ({ n })) }
    const only = { only: Array.from({ length: 10 }, (_, n) => n) }
    for (const value of [last, only]) expect(joined(value, 3)).toBe(stableStringify(value))
  })

  it('gives the same bytes for small, empty and non-object values', () => {
    const values: unknown[] = [set(0), set(3), {}, { a: undefined }, [], [1, { b: 2, a: 1 }], 'x', 3, null]
    values.push({ at: new Date(0), n: [] }, { toJSON: () => ({ b: 1, a: 2 }) })
    for (const value of values) expect(joined(value, 2)).toBe(stableStringify(value))
  })

  it('gives the same bytes each time it is iterated, serialising the pieces again', () => {
    const value = set(120)
    const chunks = stableStringifyChunks(value, 7)
    const first = [...chunks]
    expect(first.length).toBeGreaterThan(10)
    expect([...chunks]).toEqual(first)
    expect(first.join('')).toBe(stableStringify(value))
  })

  it('captures the top level when called: later replacements do not change what it yields', () => {
    const value = { annotations: Array.from({ length: 10 }, (_, n) => ({ n })), label: 'before' }
    const expected = stableStringify(value)
    const chunks = stableStringifyChunks(value, 3)
    value.label = 'after'
    value.annotations = []
    expect([...chunks].join('')).toBe(expected)
  })
})
