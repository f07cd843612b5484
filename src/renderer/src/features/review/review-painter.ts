// Paints a review over the text with the CSS Custom Highlight API, as the editor's painter does: one
// `Highlight` per kind of item (agreed, label, boundary, single), one for decided items, one for the item
// in hand and one for a candidate being edited; only the items near the viewport are registered, and no
// element is made per item. Tells its listeners after each paint, so overlays can follow the window.
import type { Annotation } from '@shared/model/annotation'
import type { CurationDecision, ReviewItem, ReviewKind } from '@shared/review/review-types'
import { HighlightCanvas, type CodePointSpan } from '../../components/highlight-canvas'
import type { DocumentModel } from '../../state/document-model'

export const KIND_HIGHLIGHT: Readonly<Record<ReviewKind, string>> = {
  agreed: 'parley-review-agreed',
  label: 'parley-review-label',
  boundary: 'parley-review-boundary',
  single: 'parley-review-single',
}
export const DECIDED_HIGHLIGHT = 'parley-review-decided'
export const CURRENT_HIGHLIGHT = 'parley-review-current'
export const DRAFT_HIGHLIGHT = 'parley-review-draft'

const PRIORITY: Readonly<Record<string, number>> = {
  [DECIDED_HIGHLIGHT]: 2,
  [CURRENT_HIGHLIGHT]: 10,
  [DRAFT_HIGHLIGHT]: 20,
}

export class ReviewPainter {
  private readonly canvas: HighlightCanvas
  /** The longest item, in code points: how far before the window an item covering it may start. */
  private readonly longest: number
  private decided: ReadonlyMap<string, CurationDecision> = new Map()
  private currentKey: string | null = null
  private draft: Annotation | null = null
  private painted: [number, number] = [0, 0]
  private readonly listeners = new Set<() => void>()

  constructor(
    scroller: HTMLElement,
    blocks: readonly HTMLElement[],
    document: DocumentModel,
    /** In document order (by start). */
    private readonly items: readonly ReviewItem[],
  ) {
    this.canvas = new HighlightCanvas(scroller, blocks, document, () => this.paint())
    this.longest = items.reduce((max, item) => Math.max(max, item.end - item.start), 0)
  }

  update(
    decided: ReadonlyMap<string, CurationDecision>,
    currentKey: string | null,
    draft: Annotation | null,
  ): void {
    this.decided = decided
    this.currentKey = currentKey
    this.draft = draft
    this.paint()
  }

  dispose(): void {
    this.canvas.dispose()
    this.listeners.clear()
  }

  onPainted(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** The items within the painted window, in document order. */
  itemsInWindow(): ReviewItem[] {
    const [from, to] = this.painted
    const found: ReviewItem[] = []
    for (let i = this.firstStartingAtOrAfter(from - this.longest); i < this.items.length; i++) {
      const item = this.items[i]!
      if (item.start >= to) break
      if (item.end > from) found.push(item)
    }
    return found
  }

  /** The items covering a code point, innermost first. */
  itemsAt(offset: number): ReviewItem[] {
    const found: ReviewItem[] = []
    for (let i = this.firstStartingAtOrAfter(offset - this.longest); i < this.items.length; i++) {
      const item = this.items[i]!
      if (item.start > offset) break
      if (item.end > offset) found.push(item)
    }
    return found.sort((a, b) => a.end - a.start - (b.end - b.start))
  }

  rectsOf(span: CodePointSpan): DOMRect[] {
    return this.canvas.rectsOf(span)
  }

  columnRect(): DOMRect | null {
    return this.canvas.columnRect()
  }

  reveal(span: CodePointSpan): void {
    this.canvas.reveal(span)
  }

  private paint(): void {
    this.painted = this.canvas.visibleWindow()
    const byName = new Map<string, number[]>()
    const add = (name: string, piece: CodePointSpan): void => {
      const offsets = byName.get(name)
      if (offsets) offsets.push(piece.start, piece.end)
      else byName.set(name, [piece.start, piece.end])
    }
    for (const item of this.itemsInWindow()) {
      const name = this.decided.has(item.key) ? DECIDED_HIGHLIGHT : KIND_HIGHLIGHT[item.kind]
      // Candidates often share a span (agreed and label items always do): paint each piece once.
      const seen = new Set<string>()
      for (const { annotation } of item.candidates)
        for (const piece of annotation.fragments ?? [annotation]) {
          const key = `${piece.start}-${piece.end}`
          if (seen.has(key)) continue
          seen.add(key)
          add(name, piece)
          if (item.key === this.currentKey && !this.draft) add(CURRENT_HIGHLIGHT, piece)
        }
    }
    if (this.draft) for (const piece of this.draft.fragments ?? [this.draft]) add(DRAFT_HIGHLIGHT, piece)
    this.canvas.register(byName, (name) => PRIORITY[name] ?? 1)
    for (const listener of [...this.listeners]) listener()
  }

  private firstStartingAtOrAfter(offset: number): number {
    let lo = 0
    let hi = this.items.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.items[mid]!.start < offset) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}
