// What a window takes from another window's save: the other's new and changed annotations, never over its
// own unsaved ones, and nothing from the echo of its own save.
import { describe, expect, it } from 'vitest'
import type { Annotation, AnnotationChange } from '../model/annotation'
import { asCodePoint } from '../text/offsets'
import { otherWindowChanges } from './other-window-changes'

const at = (minute: number): string => `2026-11-30T10:${String(minute).padStart(2, '0')}:00.000Z`

function annotation(id: string, modified: string, note = ''): Annotation {
  return {
    id,
    label: 'ENTITY',
    start: asCodePoint(0),
    end: asCodePoint(4),
    quote: { exact: 'Wang', prefix: '', suffix: ' Yi' },
    attributes: {},
    roles: {},
    note,
    author: 'Claire',
    created: at(0),
    modified,
  }
}

const shownOf = (...list: Annotation[]) => new Map(list.map((a) => [a.id, a]))
const put = (a: Annotation): AnnotationChange => ({ op: 'put', annotation: a })

describe('changes saved by another window', () => {
  it('takes new annotations, newer versions and deletions of shown ones', () => {
    const shown = shownOf(annotation('a', at(1)), annotation('b', at(1)))
    const saved: AnnotationChange[] = [
      put(annotation('new', at(2))),
      put(annotation('a', at(3), 'edited elsewhere')),
      { op: 'delete', id: 'b' },
    ]
    expect(otherWindowChanges(shown, saved, new Set())).toEqual(saved)
  })

  it('keeps this window’s unsaved version of an annotation, whatever the other saved', () => {
    const shown = shownOf(annotation('a', at(1), 'mine, unsaved'), annotation('b', at(1)))
    const saved: AnnotationChange[] = [put(annotation('a', at(5), 'theirs')), { op: 'delete', id: 'b' }]
    expect(otherWindowChanges(shown, saved, new Set(['a', 'b']))).toEqual([])
  })

  it('takes nothing from the echo of its own save, nor from a version older than the one shown', () => {
    const mine = annotation('a', at(4), 'mine')
    const shown = shownOf(mine)
    expect(otherWindowChanges(shown, [put(mine)], new Set())).toEqual([])
    expect(otherWindowChanges(shown, [put(annotation('a', at(2), 'stale'))], new Set())).toEqual([])
  })

  it('ignores the deletion of an annotation it does not show', () => {
    expect(otherWindowChanges(shownOf(), [{ op: 'delete', id: 'gone' }], new Set())).toEqual([])
  })
})
