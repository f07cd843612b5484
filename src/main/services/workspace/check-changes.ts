// Checks a batch of changes from the renderer against the document's text before it is applied: the
// renderer is untrusted, and a span must never point outside its text, disagree with its quote, or name
// as a role filler an annotation that is not in the set. Returns the set after the changes, in document
// order (sortAnnotations). The work is incremental: only the changed annotations are checked against the
// text, and they are placed by binary insertion (as sorted-annotations.ts does) into the set, whose id index is
// kept for the array returned, so an autosave at 20,000 annotations neither re-sorts nor re-indexes it (the
// index is a LayeredMap: a change copies its small layer, not 20,000 entries, which held the loop ~10 ms).
import { applyAnnotationChanges, type Annotation, type AnnotationChange } from '@shared/model/annotation'
import { LayeredMap } from '@shared/editing/layered-map'
import { compareAnnotations, lowerBound } from '@shared/editing/sorted-annotations'
import { err, ok, type Result } from '@shared/result'
import { sliceCodePoints, type OffsetIndex } from '@shared/text/offsets'

/** Past this many changes one sort is cheaper than inserting each (an import, a bulk edit). */
const MAX_INSERTIONS = 64

interface SortedSet {
  readonly list: readonly Annotation[]
  readonly byId: LayeredMap<string, Annotation>
}

/** The index of each set this module returned (sets are replaced, never changed in place). */
const indexes = new WeakMap<readonly Annotation[], SortedSet>()

export function checkChanges(
  text: string,
  index: OffsetIndex,
  annotations: readonly Annotation[],
  changes: readonly AnnotationChange[],
): Result<readonly Annotation[]> {
  const puts = changes.flatMap((c) => (c.op === 'put' ? [c.annotation] : []))
  for (const a of puts) {
    const placed = checkPlacement(text, index, a)
    if (!placed.ok) return placed
  }
  const next =
    changes.length > MAX_INSERTIONS
      ? indexed(applyAnnotationChanges(annotations, changes))
      : insertChanges(indexOf(annotations), changes)
  for (const a of puts)
    for (const [role, fillers] of Object.entries(a.roles))
      for (const filler of fillers)
        if ('ref' in filler && !next.byId.has(filler.ref))
          return err(
            'unknown-reference',
            `annotation ${a.id}: its role ${role} refers to annotation ${filler.ref}, which is not in the set`,
          )
  indexes.set(next.list, next)
  return ok(next.list)
}

/** The set in document order with its ids: kept from the last call, or built (sorted only if need be). */
function indexOf(annotations: readonly Annotation[]): SortedSet {
  const known = indexes.get(annotations)
  if (known?.byId.size === annotations.length) return known
  const byId = LayeredMap.of(annotations.map((a) => [a.id, a] as const))
  let inOrder = byId.size === annotations.length
  for (let i = 1; inOrder && i < annotations.length; i++)
    inOrder = compareAnnotations(annotations[i - 1]!, annotations[i]!) < 0
  return inOrder ? { list: annotations, byId } : indexed(applyAnnotationChanges(annotations, []))
}

const indexed = (list: readonly Annotation[]): SortedSet => ({
  list,
  byId: LayeredMap.of(list.map((a) => [a.id, a] as const)),
})

/** Applies the changes in order by binary insertion: the same set, in the same order, as a full sort. */
function insertChanges(current: SortedSet, changes: readonly AnnotationChange[]): SortedSet {
  const list = [...current.list]
  /** The changed ids' new state (undefined: deleted), laid over the index at the end. */
  const touched = new Map<string, Annotation | undefined>()
  for (const change of changes) {
    const id = change.op === 'put' ? change.annotation.id : change.id
    const old = touched.has(id) ? touched.get(id) : current.byId.get(id)
    if (old) {
      list.splice(lowerBound(list, old), 1)
      touched.set(id, undefined)
    }
    if (change.op === 'put') {
      list.splice(lowerBound(list, change.annotation), 0, change.annotation)
      touched.set(id, change.annotation)
    }
  }
  return { list, byId: current.byId.with(touched) }
}

function checkPlacement(text: string, index: OffsetIndex, a: Annotation): Result<true> {
  const length = index.codePointLength
  if (a.end > length)
    return err('out-of-range', `annotation ${a.id}: end ${a.end} is past the end of the text (${length})`)
  for (const fragment of a.fragments ?? [])
    if (fragment.start < 0 || fragment.end > length || fragment.start >= fragment.end)
      return err(
        'out-of-range',
        `annotation ${a.id}: fragment ${fragment.start}–${fragment.end} does not lie within the text (${length})`,
      )
  const actual = sliceCodePoints(text, index, a.start, a.end)
  if (actual !== a.quote.exact)
    return err(
      'quote-mismatch',
      `annotation ${a.id}: its quote does not match the text at ${a.start}–${a.end}`,
    )
  return ok(true)
}
