// Brings the open document up to date when another window (or browser page) on the same workspace saved
// changes to the set it shows (RELIABILITY.md item 7). Both windows save changes to one store in main, so
// nothing is lost on disk; here the view takes the other's changes in place (otherWindowChanges picks
// them), keeping its own unsaved edits, its selection and its undo history: no reload, no conflict copy.
import type { AnnotationsSaved } from '@shared/ipc/contract'
import { otherWindowChanges } from '@shared/editing/other-window-changes'
import { applyChanges } from '@shared/editing/sorted-annotations'
import type { AnnotationEditing } from './annotation-editing'
import type { SaveQueue } from './save-queue'

/** Shows what another window saved to the open set; returns how many changes were taken (0: none concerned it). */
export function adoptOtherWindowSave(
  editing: AnnotationEditing | null,
  ownSet: string | null | undefined,
  saves: SaveQueue,
  saved: AnnotationsSaved,
): number {
  if (editing?.document.meta.id !== saved.documentId) return 0
  // This window's own save: its echo may come after later saves of this window were answered (the event
  // stream and the answers travel apart), when taking it would bring back what the window since deleted.
  if (saved.origin !== undefined && saved.origin === saves.origin) return 0
  const shownSet = editing.openSet?.name ?? ownSet
  if (saved.annotator !== shownSet) return 0
  const unsaved = saves.unsavedIds(saved.documentId, editing.openSet?.name)
  const taken = otherWindowChanges(editing.state.get().annotations.byId, saved.changes, unsaved)
  if (taken.length === 0) return 0
  editing.state.set((s) => {
    const annotations = applyChanges(s.annotations, taken)
    const selectedId = s.selectedId && annotations.byId.has(s.selectedId) ? s.selectedId : null
    return { ...s, annotations, selectedId }
  })
  return taken.length
}
