// The editing state of the open document: its annotations (sorted by offset), the selected one, and the
// commands that change them. Each change is applied here at once and queued to be saved.
import { sortAnnotations, type Annotation } from '@shared/model/annotation'
import { quoteAt } from '@shared/model/quote'
import type { CodePointOffset } from '@shared/text/offsets'
import type { DocumentModel } from './document-model'
import type { SaveQueue } from './save-queue'
import { createStore, type Store } from './store'

export interface EditingState {
  readonly annotations: readonly Annotation[]
  readonly selectedId: string | null
}

export class AnnotationEditing {
  readonly state: Store<EditingState>

  constructor(
    readonly document: DocumentModel,
    annotations: readonly Annotation[],
    private readonly author: string,
    private readonly saves: SaveQueue,
  ) {
    this.state = createStore<EditingState>({
      annotations: sortAnnotations([...annotations]),
      selectedId: null,
    })
  }

  add(label: string, start: CodePointOffset, end: CodePointOffset): Annotation {
    const now = new Date().toISOString()
    const annotation: Annotation = {
      id: crypto.randomUUID(),
      label,
      start,
      end,
      quote: quoteAt(this.document.text, this.document.index, start, end),
      attributes: {},
      note: '',
      author: this.author,
      created: now,
      modified: now,
    }
    this.state.set((s) => ({
      annotations: sortAnnotations([...s.annotations, annotation]),
      selectedId: annotation.id,
    }))
    this.saves.enqueue(this.document.meta.id, [{ op: 'put', annotation }])
    return annotation
  }

  remove(id: string): void {
    this.state.set((s) => ({
      annotations: s.annotations.filter((a) => a.id !== id),
      selectedId: s.selectedId === id ? null : s.selectedId,
    }))
    this.saves.enqueue(this.document.meta.id, [{ op: 'delete', id }])
  }

  select(id: string | null): void {
    this.state.set((s) => (s.selectedId === id ? s : { ...s, selectedId: id }))
  }

  /** The innermost annotation covering a code-point offset, if any. */
  annotationAt(offset: number): Annotation | null {
    let best: Annotation | null = null
    for (const a of this.state.get().annotations) {
      if (a.start > offset) break
      if (a.end > offset && (!best || a.end - a.start < best.end - best.start)) best = a
    }
    return best
  }
}
