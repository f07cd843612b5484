// Which of the changes another window saved to a set this window should show too (RELIABILITY.md item 7).
// Both windows save changes, not whole sets, to one store in main, so the disk holds both; this decides what
// the view takes so that it ends up showing what the disk will hold once its own unsaved changes arrive:
// an annotation this window changed and has not yet seen acknowledged keeps this window's version (its
// change reaches the store after the other's, so it wins there too); a version older than, or the same as,
// the one shown is skipped (the echo of this window's own save, or a late arrival).
import type { Annotation, AnnotationChange } from '../model/annotation'

export function otherWindowChanges(
  shown: { get(id: string): Annotation | undefined },
  saved: readonly AnnotationChange[],
  unsaved: ReadonlySet<string>,
): AnnotationChange[] {
  const taken: AnnotationChange[] = []
  for (const change of saved) {
    const id = change.op === 'put' ? change.annotation.id : change.id
    if (unsaved.has(id)) continue
    const current = shown.get(id)
    if (change.op === 'delete') {
      if (current) taken.push(change)
    } else if (!current || current.modified < change.annotation.modified) taken.push(change)
  }
  return taken
}
