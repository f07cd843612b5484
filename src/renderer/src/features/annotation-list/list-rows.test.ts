import { describe, expect, it } from 'vitest'
import type { Annotation } from '@shared/model/annotation'
import { sortedAnnotations } from '@shared/editing/sorted-annotations'
import type { TagSchema } from '@shared/model/tag-schema'
import { EMPTY_FILTER, listGroups, listRows, rowsBetween } from './list-rows'

const a = (id: string, label: string, start: number, exact: string): Annotation =>
  ({
    id,
    label,
    start,
    end: start + 1,
    quote: { exact },
    note: '',
    author: 'x',
    attributes: {},
    roles: {},
  }) as unknown as Annotation

const schema = {
  categories: [
    { id: 'B', label: 'Bees' },
    { id: 'A', label: 'Ants' },
  ],
} as unknown as TagSchema
const annotations = [
  a('1', 'A', 3, 'un'),
  a('2', 'Z', 1, 'deux'),
  a('3', 'B', 2, 'trois'),
  a('4', 'A', 0, 'été'),
]

describe('list rows', () => {
  it('groups by schema order, then labels outside it, and slices any window', () => {
    const rows = listRows(schema, annotations, EMPTY_FILTER)
    expect(rows.map((r) => (r.kind === 'header' ? `#${r.title}:${r.count}` : r.annotation.id))).toEqual([
      '#Bees:1',
      '3',
      '#Ants:2',
      '4',
      '1',
      '#Z:1',
      '2',
    ])
    const groups = listGroups(schema, sortedAnnotations(annotations).byLabel, EMPTY_FILTER)
    for (let first = 0; first <= rows.length; first++)
      for (let last = first; last <= rows.length + 2; last++)
        expect(rowsBetween(groups, first, last)).toEqual(
          rows.slice(first, last).map((row, i) => ({ index: first + i, row })),
        )
  })

  it('filters by folded text', () => {
    const rows = listRows(schema, annotations, { ...EMPTY_FILTER, text: 'ETE' })
    expect(rows.map((r) => (r.kind === 'header' ? r.count : r.annotation.id))).toEqual([1, '4'])
  })
})
