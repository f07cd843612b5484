import { describe, expect, it } from 'vitest'
import type { Annotation } from '../model/annotation'
import { applyChanges, hasAnnotationAt, sortedAnnotations } from './sorted-annotations'

const a = (id: string, label: string, start: number, end: number): Annotation =>
  ({ id, label, start, end, attributes: {}, roles: {} }) as unknown as Annotation

describe('applyChanges', () => {
  it('keeps the list, the id index, the label groups and the longest bound in step', () => {
    const initial = sortedAnnotations([a('1', 'E', 5, 9), a('2', 'R', 0, 20), a('3', 'E', 1, 2)])
    expect(initial.byLabel.get('E')?.map((x) => x.id)).toEqual(['3', '1'])
    expect(initial.longest).toBe(20)
    const next = applyChanges(initial, [
      { op: 'delete', id: '2' },
      { op: 'put', annotation: a('1', 'R', 5, 9) },
      { op: 'put', annotation: a('4', 'E', 3, 40) },
    ])
    expect(next.list.map((x) => x.id)).toEqual(['3', '4', '1'])
    expect(next.byLabel.get('E')?.map((x) => x.id)).toEqual(['3', '4'])
    expect(next.byLabel.get('R')?.map((x) => x.id)).toEqual(['1'])
    expect(next.longest).toBe(37)
    expect(initial.byLabel.get('E')?.map((x) => x.id)).toEqual(['3', '1'])
    const emptied = applyChanges(next, [{ op: 'delete', id: '1' }])
    expect(emptied.byLabel.has('R')).toBe(false)
    expect(hasAnnotationAt(next, 'E', 3, 40)).toBe(true)
    expect(hasAnnotationAt(next, 'E', 3, 41)).toBe(false)
    expect(hasAnnotationAt(next, 'R', 3, 40)).toBe(false)
  })
})
