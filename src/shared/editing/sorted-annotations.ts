// Annotations kept in document order (by start, longer first, then id) with an index by id (built on first
// use, see LayeredMap.keyed), updated change by change with binary search instead of re-sorting, so an edit
// at 20,000 annotations costs a copy of the array, not a sort.
import type { Annotation, AnnotationChange } from '../model/annotation'
import { LayeredMap } from './layered-map'

export interface SortedAnnotations {
  readonly list: readonly Annotation[]
  readonly byId: LayeredMap<string, Annotation>
  /** Each label's annotations in document order: an edit copies only the arrays of the labels it touches. */
  readonly byLabel: ReadonlyMap<string, readonly Annotation[]>
  /**
   * At least the length of the longest annotation, in code points (how far before a window an annotation
   * covering it may start). It grows with puts and is not lowered by deletes: an upper bound suffices.
   */
  readonly longest: number
}

export function compareAnnotations(a: Annotation, b: Annotation): number {
  return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

export function sortedAnnotations(annotations: readonly Annotation[]): SortedAnnotations {
  // Stored sets are already in this order: checking costs one pass, sorting 20,000 costs tens of ms.
  const list = isSorted(annotations) ? [...annotations] : [...annotations].sort(compareAnnotations)
  const byLabel = new Map<string, Annotation[]>()
  let longest = 0
  for (const a of list) {
    const group = byLabel.get(a.label)
    if (group) group.push(a)
    else byLabel.set(a.label, [a])
    if (a.end - a.start > longest) longest = a.end - a.start
  }
  return { list, byId: LayeredMap.keyed(list, (a) => a.id), byLabel, longest }
}

function isSorted(annotations: readonly Annotation[]): boolean {
  for (let i = 1; i < annotations.length; i++)
    if (compareAnnotations(annotations[i - 1]!, annotations[i]!) > 0) return false
  return true
}

/** Index of the first annotation not before `a` in document order. */
export function lowerBound(list: readonly Annotation[], a: Annotation): number {
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
  /** The touched ids' new state (undefined: deleted), applied to the id index at the end. */
  const touched = new Map<string, Annotation | undefined>()
  const byIdNow = (id: string): Annotation | undefined =>
    touched.has(id) ? touched.get(id) : current.byId.get(id)
  const byLabel = new Map(current.byLabel)
  /** The label arrays already copied by this call, safe to change in place. */
  const copied = new Set<string>()
  const groupOf = (label: string): Annotation[] => {
    if (copied.has(label)) return byLabel.get(label) as Annotation[]
    const group = [...(byLabel.get(label) ?? [])]
    byLabel.set(label, group)
    copied.add(label)
    return group
  }
  let longest = current.longest
  for (const change of changes) {
    const id = change.op === 'put' ? change.annotation.id : change.id
    const old = byIdNow(id)
    if (old) {
      list.splice(lowerBound(list, old), 1)
      touched.set(id, undefined)
      const group = groupOf(old.label)
      group.splice(lowerBound(group, old), 1)
    }
    if (change.op === 'put') {
      const a = change.annotation
      list.splice(lowerBound(list, a), 0, a)
      touched.set(id, a)
      const group = groupOf(a.label)
      group.splice(lowerBound(group, a), 0, a)
      if (a.end - a.start > longest) longest = a.end - a.start
    }
  }
  for (const label of copied) if (byLabel.get(label)?.length === 0) byLabel.delete(label)
  return { list, byId: current.byId.with(touched), byLabel, longest }
}

/** Whether an annotation with this label covers exactly [start, end) (binary search in the label's group). */
export function hasAnnotationAt(
  annotations: SortedAnnotations,
  label: string,
  start: number,
  end: number,
): boolean {
  const group = annotations.byLabel.get(label)
  if (!group) return false
  let lo = 0
  let hi = group.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (group[mid]!.start < start) lo = mid + 1
    else hi = mid
  }
  for (let i = lo; i < group.length && group[i]!.start === start; i++) if (group[i]!.end === end) return true
  return false
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
