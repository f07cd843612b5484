// The inverse of a batch of annotation changes, so the editor can record an undo step for any edit: given
// the annotations as they were before the batch, it lists the changes that restore them. Each annotation
// the batch touches gets one restoring change (its net effect is undone, whatever the batch did to it in
// between), in reverse order of first touch, so a bulk edit is undone as one step.
import type { Annotation, AnnotationChange } from '../model/annotation'

/**
 * Changes that undo `changes` when applied after them: for a touched id that existed before, a put of the
 * old annotation; for one that did not, a delete. Ids whose net state is unchanged (deleting an id that
 * never existed, putting back the very same object) get no change.
 */
export function invertChanges(
  before: ReadonlyMap<string, Annotation>,
  changes: readonly AnnotationChange[],
): AnnotationChange[] {
  /** The state after the batch, by id, for every touched id (undefined: absent). */
  const after = new Map<string, Annotation | undefined>()
  for (const change of changes) {
    if (change.op === 'put') after.set(change.annotation.id, change.annotation)
    else after.set(change.id, undefined)
  }
  const inverse: AnnotationChange[] = []
  for (const [id, final] of [...after].reverse()) {
    const original = before.get(id)
    if (original === final) continue
    inverse.push(original === undefined ? { op: 'delete', id } : { op: 'put', annotation: original })
  }
  return inverse
}
