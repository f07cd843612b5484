// Undo history per document, kept while the app runs: leaving a document keeps its history with a
// fingerprint of its annotations as they were left; coming back takes the history again only if the set
// opens as it was left. A set changed meanwhile (by another window, on disk, by a restored backup, by the
// text's re-anchoring) drops it, so an undo never reverts a change made elsewhere.
import type { AnnotationChange, Annotation } from '@shared/model/annotation'
import type { UndoHistory } from '@shared/editing/undo-history'

type History = UndoHistory<AnnotationChange>

/** Histories kept, at most: the documents most recently left. */
const KEPT = 50

export class KeptHistories {
  readonly #kept = new Map<string, { history: History; fingerprint: string }>()

  /** Keeps a history left with these annotations (one with nothing to undo or redo is not kept). */
  keep(key: string, history: History, annotations: readonly Annotation[]): void {
    this.#kept.delete(key)
    if (!history.canUndo && !history.canRedo) return
    this.#kept.set(key, { history, fingerprint: setFingerprint(annotations) })
    for (const oldest of this.#kept.keys()) if (this.#kept.size > KEPT) this.#kept.delete(oldest)
  }

  /** The history kept for this set, if it opens with the annotations it was left with. */
  take(key: string, annotations: readonly Annotation[]): History | undefined {
    const kept = this.#kept.get(key)
    this.#kept.delete(key)
    return kept?.fingerprint === setFingerprint(annotations) ? kept.history : undefined
  }

  clear(): void {
    this.#kept.clear()
  }
}

/** The key of a document's set: its workspace, its id and whose set (the analyst's own is her name). */
export const historyKey = (workspace: string, documentId: string, set: string): string =>
  JSON.stringify([workspace, documentId, set])

/**
 * A fingerprint of a set that does not depend on its order: two 32-bit sums of a hash of each annotation
 * (all it holds but its quote, which follows from its offsets), and the count.
 */
export function setFingerprint(annotations: readonly Annotation[]): string {
  let a = 0
  let b = 0
  for (const annotation of annotations) {
    const key = annotationKey(annotation)
    a = (a + hash(key, 0x811c9dc5)) | 0
    b = (b + hash(key, 0x1b873593)) | 0
  }
  return `${annotations.length}:${(a >>> 0).toString(16)}:${(b >>> 0).toString(16)}`
}

function annotationKey(a: Annotation): string {
  const { id, label, start, end, fragments, attributes, roles, note, author, created, modified } = a
  let key = `${id}\u0000${label}\u0000${start}\u0000${end}\u0000${author}\u0000${created}\u0000${modified}\u0000${note}`
  if (fragments) key += `\u0000${JSON.stringify(fragments)}`
  for (const name in attributes) key += `\u0000${name}=${attributes[name]}`
  for (const name in roles) key += `\u0000${name}:${JSON.stringify(roles[name])}`
  return key
}

/** FNV-1a over UTF-16 units, from a seed. */
function hash(text: string, seed: number): number {
  let h = seed
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}
