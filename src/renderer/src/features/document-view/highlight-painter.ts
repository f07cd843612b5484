// Paints annotations with the CSS Custom Highlight API: no element per annotation, one `Highlight` per
// category, and only the ranges within about two screens of the viewport registered (Chromium recomputes
// every registered range on any DOM change, so registering all 20,000 would make every edit slow).
// Repaints on scroll, throttled to one per frame.
import type { Annotation } from '@shared/model/annotation'
import { categoryOf } from '@shared/model/tag-schema'
import { asUtf16 } from '@shared/text/offsets'
import type { DocumentModel } from '../../state/document-model'
import { offsetToDomPoint } from './dom-offsets'

export const HIGHLIGHT_PREFIX = 'parley-'
const SELECTED = `${HIGHLIGHT_PREFIX}selected`
const MARGIN_SCREENS = 2

export class HighlightPainter {
  private annotations: readonly Annotation[] = []
  private selectedId: string | null = null
  private frame = 0
  private readonly names = new Set<string>()

  constructor(
    private readonly scroller: HTMLElement,
    private readonly blocks: readonly HTMLElement[],
    private readonly document: DocumentModel,
  ) {
    scroller.addEventListener('scroll', this.schedule, { passive: true })
  }

  update(annotations: readonly Annotation[], selectedId: string | null): void {
    this.annotations = annotations
    this.selectedId = selectedId
    this.paint()
  }

  dispose(): void {
    this.scroller.removeEventListener('scroll', this.schedule)
    cancelAnimationFrame(this.frame)
    for (const name of this.names) CSS.highlights.delete(name)
  }

  private readonly schedule = (): void => {
    if (this.frame) return
    this.frame = requestAnimationFrame(() => {
      this.frame = 0
      this.paint()
    })
  }

  /** The visible window in UTF-16 offsets, widened by two screens each way. */
  private visibleWindow(): [number, number] {
    const { paragraphs, index } = this.document
    const top = this.scroller.scrollTop - MARGIN_SCREENS * this.scroller.clientHeight
    const bottom = this.scroller.scrollTop + (MARGIN_SCREENS + 1) * this.scroller.clientHeight
    const first = this.firstBlockEndingAfter(top)
    let last = first
    while (last + 1 < this.blocks.length && this.blocks[last + 1]!.offsetTop < bottom) last++
    const lastParagraph = paragraphs[last]
    const end = lastParagraph ? lastParagraph.start + lastParagraph.text.length : index.utf16Length
    return [paragraphs[first]?.start ?? 0, end]
  }

  private firstBlockEndingAfter(y: number): number {
    let lo = 0
    let hi = this.blocks.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const block = this.blocks[mid]!
      if (block.offsetTop + block.offsetHeight < y) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  private paint(): void {
    const { index } = this.document
    const [from, to] = this.visibleWindow()
    const fromCp = index.toCodePoint(asUtf16(from))
    const toCp = index.toCodePoint(asUtf16(to))
    const byName = new Map<string, Range[]>()
    for (const a of this.annotations) {
      if (a.start >= toCp) break
      if (a.end <= fromCp) continue
      const range = this.rangeOf(a)
      if (!range) continue
      const name = HIGHLIGHT_PREFIX + categoryOf(a.label)
      const list = byName.get(name)
      if (list) list.push(range)
      else byName.set(name, [range])
      if (a.id === this.selectedId) byName.set(SELECTED, [range])
    }
    for (const name of this.names) if (!byName.has(name)) CSS.highlights.delete(name)
    for (const [name, ranges] of byName) {
      const highlight = new Highlight(...ranges)
      if (name === SELECTED) highlight.priority = 10
      CSS.highlights.set(name, highlight)
      this.names.add(name)
    }
  }

  private rangeOf(a: Annotation): Range | null {
    const { paragraphs, index } = this.document
    const start = offsetToDomPoint(this.blocks, paragraphs, index.toUtf16(a.start))
    const end = offsetToDomPoint(this.blocks, paragraphs, index.toUtf16(a.end))
    if (!start || !end) return null
    const range = new Range()
    range.setStart(start.node, start.offset)
    range.setEnd(end.node, end.offset)
    return range
  }
}
