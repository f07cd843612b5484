// The item-lines layout is the same JSON, indented as usual around one compact item per line, whatever the
// file's own fields hold (the marker itself included).
import { describe, expect, it } from 'vitest'
import { withItemLines } from './item-lines'

describe('withItemLines', () => {
  const items = [
    { a: 1, b: ['x'] },
    { a: 2, note: 'l’Asie "cité"\n' },
  ]
  it('writes the array one compact item per line, at its depth, the rest indented', () => {
    const value = { id: 'c', first: { type: 'Page', items: [] as unknown[] } }
    const json = withItemLines(value, ['first', 'items'], items)
    expect(json).toBe(
      [
        '{',
        '  "id": "c",',
        '  "first": {',
        '    "type": "Page",',
        '    "items": [',
        '      {"a":1,"b":["x"]},',
        '      {"a":2,"note":"l’Asie \\"cité\\"\\n"}',
        '    ]',
        '  }',
        '}',
      ].join('\n'),
    )
    expect(JSON.parse(json)).toStrictEqual({ ...value, first: { ...value.first, items } })
  })

  it('keeps the key in its place, writes an empty array as [], and survives fields that hold the marker', () => {
    const value = { annotations: [], title: 'parley-item-lines-0', other: '"parley-item-lines-1"' }
    const json = withItemLines(value, ['annotations'], items)
    expect(json.startsWith('{\n  "annotations": [\n    {"a":1')).toBe(true)
    expect(JSON.parse(json)).toStrictEqual({ ...value, annotations: items })
    expect(withItemLines(value, ['annotations'], [])).toBe(JSON.stringify(value, null, 2))
  })

  it('refuses a path the value does not have', () => {
    expect(() => withItemLines({ a: 1 }, ['items'], [])).toThrow(/no items/)
    expect(() => withItemLines({ a: 1 }, ['a', 'items'], [])).toThrow(/no a.items/)
  })
})
