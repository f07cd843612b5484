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
    if (!kept) return undefined
    this.#kept.delete(key)
    return kept.fingerprint === setFingerprint(annotations) ? kept.history : undefined
  }

  clear(): void {
    this.#kept.clear()
  }
}

/** The key of a document's set: its workspace, its id and whose set (the analyst's own is her name). */
export const historyKey = (workspace: string, documentId: string, set: string): string =>
  JSON.stringify([workspace, documentId, set])

/**
 * A fingerprint of a set that does not depend on its order: the count, and the sum and the xor of a 32-bit
 * hash of each annotation (all it holds but its quote, which follows from its offsets, and its creation).
 * About 7 ms for 20,000 annotations (Node, warm): taken when an edited document is left and opened again,
 * never when no history is kept for it.
 */
export function setFingerprint(annotations: readonly Annotation[]): string {
  let sum = 0
  let xor = 0
  for (const a of annotations) {
    let h = mixText(0x811c9dc5, a.id)
    h = mixText(h, a.label)
    h = mixNumber(h, a.start)
    h = mixNumber(h, a.end)
    h = mixText(h, a.modified)
    h = mixText(h, a.author)
    h = mixText(h, a.note)
    for (const name in a.attributes) h = mixText(mixText(h, name), a.attributes[name]!)
    for (const _ in a.roles) {
      h = mixText(h, JSON.stringify(a.roles))
      break
    }
    if (a.fragments) h = mixText(h, JSON.stringify(a.fragments))
    sum = (sum + h) | 0
    xor ^= Math.imul(h, 0x9e3779b1)
  }
  return `${annotations.length}:${(sum >>> 0).toString(16)}:${(xor >>> 0).toString(16)}`
}

/** FNV-1a over a text's UTF-16 units, then a separator. */
function mixText(hash: number, text: string): number {
  let h = hash
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return Math.imul(h ^ 0xffff, 0x01000193)
}

function mixNumber(hash: number, n: number): number {
  return Math.imul(Math.imul(hash ^ (n | 0), 0x01000193) ^ Math.floor(n / 2 ** 32), 0x01000193)
}
