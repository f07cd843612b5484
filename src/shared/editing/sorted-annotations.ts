// Annotations kept in document order (by start, longer first, then id) with an index by id, updated
// change by change with binary search instead of re-sorting, so an edit at 20,000 annotations costs a
// copy of the array, not a sort.
import type { Annotation, AnnotationChange } from '../model/annotation'

export interface SortedAnnotations {
  readonly list: readonly Annotation[]
  readonly byId: ReadonlyMap<string, Annotation>
}

export function compareAnnotations(a: Annotation, b: Annotation): number {
  return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

export function sortedAnnotations(annotations: readonly Annotation[]): SortedAnnotations {
  const list = [...annotations].sort(compareAnnotations)
  return { list, byId: new Map(list.map((a) => [a.id, a])) }
}

/** Index of the first annotation not before `a` in document order. */
function lowerBound(list: readonly Annotation[], a: Annotation): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (compareAnnotations(list[mid]!, a) < 0) lo = mid + 1
    else hi = mid
  }
  return lo
}

export function applyChanges(
  current: SortedAnnotations,
  changes: readonly AnnotationChange[],
): SortedAnnotations {
  const list = [...current.list]
  const byId = new Map(current.byId)
  for (const change of changes) {
    const id = change.op === 'put' ? change.annotation.id : change.id
    const old = byId.get(id)
    if (old) {
      list.splice(lowerBound(list, old), 1)
      byId.delete(id)
    }
    if (change.op === 'put') {
      list.splice(lowerBound(list, change.annotation), 0, change.annotation)
      byId.set(id, change.annotation)
    }
  }
  return { list, byId }
}

/** Every annotation covering a code-point offset, innermost (shortest) first. */
export function annotationsAt(list: readonly Annotation[], offset: number): Annotation[] {
  const found: Annotation[] = []
  for (const a of list) {
    if (a.start > offset) break
    if (a.end > offset && (!a.fragments || a.fragments.some((f) => f.start <= offset && f.end > offset)))
      found.push(a)
  }
  return found.sort((a, b) => a.end - a.start - (b.end - b.start))
}
