// The machinery a painter needs to draw spans of a document with the CSS Custom Highlight API, without an
// element per span: the code-point window near the viewport (two screens each way), ranges for code-point
// spans, and registration of one `Highlight` per name that replaces only the names whose ranges changed.
// Tells its owner when scrolling has left less than a screen of painted text, so it paints again.
import { asCodePoint, asUtf16 } from '@shared/text/offsets'
import type { DocumentModel } from '../state/document-model'
import { offsetToDomPoint } from './dom-offsets'

const MARGIN_SCREENS = 2

export interface CodePointSpan {
  readonly start: number
  readonly end: number
}

export class HighlightCanvas {
  /** The registered Highlights, each with the code-point offsets of its ranges (start, end, start, …). */
  private readonly painted = new Map<string, readonly number[]>()
  /** The pixel range (scroll coordinates) covered by the last window. */
  private paintedPixels: [number, number] | null = null
  private frame = 0

  constructor(
    private readonly scroller: HTMLElement,
    private readonly blocks: readonly HTMLElement[],
    private readonly document: DocumentModel,
    private readonly onWindowLeft: () => void,
  ) {
    scroller.addEventListener('scroll', this.schedule, { passive: true })
  }

  dispose(): void {
    this.scroller.removeEventListener('scroll', this.schedule)
    cancelAnimationFrame(this.frame)
    for (const name of this.painted.keys()) CSS.highlights.delete(name)
    this.painted.clear()
  }

  /** The text around the viewport, in code points, widened by two screens each way. */
  visibleWindow(): [number, number] {
    const { paragraphs, index } = this.document
    const top = this.scroller.scrollTop - MARGIN_SCREENS * this.scroller.clientHeight
    const bottom = this.scroller.scrollTop + (MARGIN_SCREENS + 1) * this.scroller.clientHeight
    this.paintedPixels = [top, bottom]
    const first = this.firstBlockEndingAfter(top)
    let last = first
    while (last + 1 < this.blocks.length && this.blocks[last + 1]!.offsetTop < bottom) last++
    const lastParagraph = paragraphs[last]
    const end = lastParagraph ? lastParagraph.start + lastParagraph.text.length : index.utf16Length
    return [index.toCodePoint(asUtf16(paragraphs[first]?.start ?? 0)), index.toCodePoint(asUtf16(end))]
  }

  /**
   * Registers each name's ranges (code-point offsets start, end, start, …) as one Highlight, and removes
   * the names no longer given. A name whose offsets did not change keeps its Highlight untouched.
   */
  register(byName: ReadonlyMap<string, readonly number[]>, priorityOf: (name: string) => number): void {
    for (const name of this.painted.keys())
      if (!byName.has(name)) {
        CSS.highlights.delete(name)
        this.painted.delete(name)
      }
    for (const [name, offsets] of byName) {
      if (sameOffsets(this.painted.get(name), offsets)) continue
      const ranges: Range[] = []
      for (let i = 0; i < offsets.length; i += 2) {
        const range = this.rangeOf(offsets[i]!, offsets[i + 1]!)
        if (range) ranges.push(range)
      }
      const highlight = new Highlight(...ranges)
      highlight.priority = priorityOf(name)
      CSS.highlights.set(name, highlight)
      this.painted.set(name, offsets)
    }
  }

  /** The text column's box: overlays inside it are positioned relative to it. */
  columnRect(): DOMRect | null {
    return this.blocks[0]?.offsetParent?.getBoundingClientRect() ?? null
  }

  /** Client rectangles of a code-point span, for overlays. */
  rectsOf(span: CodePointSpan): DOMRect[] {
    const range = this.rangeOf(span.start, span.end)
    return range ? [...range.getClientRects()] : []
  }

  /** Scrolls the span to a third of the pane's height when it is not comfortably in view. */
  reveal(span: CodePointSpan): void {
    const rect = this.rectsOf(span)[0]
    if (!rect) return
    const view = this.scroller.getBoundingClientRect()
    if (rect.top < view.top + 40 || rect.bottom > view.bottom - 40)
      this.scroller.scrollTop += rect.top - view.top - view.height / 3
  }

  rangeOf(startCp: number, endCp: number): Range | null {
    const { paragraphs, index } = this.document
    const start = offsetToDomPoint(this.blocks, paragraphs, index.toUtf16(asCodePoint(startCp)))
    const end = offsetToDomPoint(this.blocks, paragraphs, index.toUtf16(asCodePoint(endCp)))
    if (!start || !end) return null
    const range = new Range()
    range.setStart(start.node, start.offset)
    range.setEnd(end.node, end.offset)
    return range
  }

  private readonly schedule = (): void => {
    if (this.frame) return
    this.frame = requestAnimationFrame(() => {
      this.frame = 0
      // The window reaches two screens beyond the viewport: paint again only when less than one is left.
      const margin = this.scroller.clientHeight
      const top = this.scroller.scrollTop
      const painted = this.paintedPixels
      if (painted && top - margin >= painted[0] && top + 2 * margin <= painted[1]) return
      this.onWindowLeft()
    })
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
}

function sameOffsets(a: readonly number[] | undefined, b: readonly number[]): boolean {
  if (a?.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}
