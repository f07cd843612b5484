// Paints annotations with the CSS Custom Highlight API: no element per annotation, one `Highlight` per
// style (category × nesting depth), and only the ranges within two screens of the viewport registered,
// half a screen in dense text (on any DOM change anywhere in the page, Chromium recomputes the registered
// ranges and repaints the text they cover: each range costs every edit and every unrelated update).
// Repaints on scroll, throttled to one per frame; a paint replaces only the Highlights whose ranges changed.
// Chromium recomputes every registered range on each Highlight change, so a fast scroll (a fling, a dragged
// scrollbar) repaints at most every FLING_INTERVAL ms and once more when it stops: text crossed mid-fling
// shows its highlights a few frames late instead of every frame taking tens of ms.
// The ranges are StaticRanges: a live Range is updated by the document on every DOM change anywhere in
// the page until it is garbage collected, so thousands of discarded ones made every React commit slow.
import type { Annotation } from '@shared/model/annotation'
import type { SortedAnnotations } from '@shared/editing/sorted-annotations'
import type { TagSchema } from '@shared/model/tag-schema'
import { asCodePoint, asUtf16 } from '@shared/text/offsets'
import type { DocumentModel } from '../../state/document-model'
import { offsetToDomPoint } from '../../components/dom-offsets'
import { tintName, underlineName } from './highlight-styles'

const SELECTED = 'parley-selected'
const FIND = 'parley-find'
/** Screens registered above and below the viewport; a scroll repaints when less than half of it is left. */
const MARGIN_SCREENS = 2
/** Where more ranges than this lie within that margin (dense text), only half a screen each way is kept:
 * the cost of every frame grows with the ranges registered near the view. */
const RANGE_BUDGET = 160
const DENSE_MARGIN_SCREENS = 0.5
/** The shortest time between two repaints caused by scrolling, in ms. */
const FLING_INTERVAL = 100

export interface Span {
  readonly start: number
  readonly end: number
}

export class HighlightPainter {
  private annotations: readonly Annotation[] = []
  /** The longest annotation, in code points: how far before the window an annotation covering it may start. */
  private longest = 0
  private selectedId: string | null = null
  private findMatches: readonly Span[] = []
  private frame = 0
  /** The registered Highlights, each with the code-point offsets of its ranges (start, end, start, …). */
  private readonly painted = new Map<string, readonly number[]>()

  constructor(
    private readonly scroller: HTMLElement,
    private readonly blocks: readonly HTMLElement[],
    private readonly document: DocumentModel,
    private schema: TagSchema,
  ) {
    scroller.addEventListener('scroll', this.schedule, { passive: true })
  }

  update(annotations: SortedAnnotations, selectedId: string | null, schema: TagSchema): void {
    this.annotations = annotations.list
    this.longest = annotations.longest
    this.selectedId = selectedId
    this.schema = schema
    this.paint()
  }

  /** Find matches, in code points. */
  setFindMatches(matches: readonly Span[]): void {
    this.findMatches = matches
    this.paint()
  }

  dispose(): void {
    this.scroller.removeEventListener('scroll', this.schedule)
    cancelAnimationFrame(this.frame)
    clearTimeout(this.trailing)
    for (const name of this.painted.keys()) CSS.highlights.delete(name)
  }

  /** The text column's box: overlays inside it are positioned relative to it. */
  columnRect(): DOMRect | null {
    return this.blocks[0]?.offsetParent?.getBoundingClientRect() ?? null
  }

  /** Client rectangles of a code-point span, for overlays (role links, tooltips). */
  rectsOf(span: Span): DOMRect[] {
    const range = this.rangeOf(span.start, span.end)
    if (!range) return []
    // One live Range, reused: a new one per call would stay live (and slow DOM changes) until collected.
    this.measuring.setStart(range.startContainer, range.startOffset)
    this.measuring.setEnd(range.endContainer, range.endOffset)
    return [...this.measuring.getClientRects()]
  }

  private readonly measuring = new Range()

  private readonly schedule = (): void => {
    if (this.frame) return
    this.frame = requestAnimationFrame(() => {
      this.frame = 0
      // Repaint only when less than half the margin is left on either side of the viewport.
      const screen = this.scroller.clientHeight
      const slack = (this.margin * screen) / 2
      const top = this.scroller.scrollTop
      if (
        this.paintedPixels &&
        top - slack >= this.paintedPixels[0] &&
        top + screen + slack <= this.paintedPixels[1]
      )
        return
      const wait = this.scrollPaintedAt + FLING_INTERVAL - performance.now()
      if (wait > 0) {
        this.trailing ||= window.setTimeout(() => {
          this.trailing = 0
          this.schedule()
        }, wait)
        return
      }
      this.scrollPaintedAt = performance.now()
      this.paint()
    })
  }

  /** When scrolling last repainted, and the repaint waiting for the end of a fast scroll. */
  private scrollPaintedAt = -Infinity
  private trailing = 0

  /** The pixel range (scroll coordinates) covered by the last paint, and the margin it used, in screens. */
  private paintedPixels: [number, number] | null = null
  private margin = MARGIN_SCREENS

  /** The window to paint: two screens each way, or half a screen where that holds too many ranges. */
  private paintWindow(): [number, number] {
    const wide = this.visibleWindow(MARGIN_SCREENS)
    this.margin = MARGIN_SCREENS
    if (this.rangesWithin(wide[0], wide[1]) <= RANGE_BUDGET) return wide
    this.margin = DENSE_MARGIN_SCREENS
    return this.visibleWindow(DENSE_MARGIN_SCREENS)
  }

  /** Annotations overlapping [from, to), counted up to just past the budget. */
  private rangesWithin(from: number, to: number): number {
    let count = 0
    const list = this.annotations
    for (let i = this.firstStartingAtOrAfter(from - this.longest); i < list.length; i++) {
      const a = list[i]!
      if (a.start >= to || count > RANGE_BUDGET) break
      if (a.end > from) count++
    }
    return count
  }

  /** The visible window in code points, widened by `margin` screens each way. */
  private visibleWindow(margin: number): [number, number] {
    const { paragraphs, index } = this.document
    const top = this.scroller.scrollTop - margin * this.scroller.clientHeight
    const bottom = this.scroller.scrollTop + (margin + 1) * this.scroller.clientHeight
    this.paintedPixels = [top, bottom]
    const first = this.firstBlockEndingAfter(top)
    let last = first
    while (last + 1 < this.blocks.length && this.blocks[last + 1]!.offsetTop < bottom) last++
    const lastParagraph = paragraphs[last]
    const end = lastParagraph ? lastParagraph.start + lastParagraph.text.length : index.utf16Length
    return [index.toCodePoint(asUtf16(paragraphs[first]?.start ?? 0)), index.toCodePoint(asUtf16(end))]
  }

  /** Binary search over annotations sorted by start. */
  private firstStartingAtOrAfter(offset: number): number {
    let lo = 0
    let hi = this.annotations.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.annotations[mid]!.start < offset) lo = mid + 1
      else hi = mid
    }
    return lo
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
    const [from, to] = this.paintWindow()
    const byName = new Map<string, number[]>()
    const add = (name: string, start: number, end: number): void => {
      const offsets = byName.get(name)
      if (offsets) offsets.push(start, end)
      else byName.set(name, [start, end])
    }
    const styles = new Map(this.schema.categories.map((c) => [c.id, c.style]))
    /** Ends of the underlined annotations enclosing the current one: its nesting depth. */
    const open: number[] = []
    const list = this.annotations
    for (let i = this.firstStartingAtOrAfter(from - this.longest); i < list.length; i++) {
      const a = list[i]!
      if (a.start >= to) break
      if (a.end <= from) continue
      const underlined = styles.get(a.label) !== 'tint'
      let depth = 0
      if (underlined) {
        while (open.length > 0 && open[open.length - 1]! <= a.start) open.pop()
        depth = open.length
        open.push(a.end)
      }
      const name = underlined ? underlineName(a.label, depth) : tintName(a.label)
      for (const piece of a.fragments ?? [a]) {
        add(name, piece.start, piece.end)
        if (a.id === this.selectedId) add(SELECTED, piece.start, piece.end)
      }
    }
    for (const m of this.findMatches) if (m.end > from && m.start < to) add(FIND, m.start, m.end)
    for (const name of this.painted.keys())
      if (!byName.has(name)) {
        CSS.highlights.delete(name)
        this.painted.delete(name)
      }
    for (const [name, offsets] of byName) {
      if (sameOffsets(this.painted.get(name), offsets)) continue
      const ranges: StaticRange[] = []
      for (let i = 0; i < offsets.length; i += 2) {
        const range = this.rangeOf(offsets[i]!, offsets[i + 1]!)
        if (range) ranges.push(range)
      }
      const highlight = new Highlight(...ranges)
      highlight.priority = name === SELECTED ? 20 : name === FIND ? 10 : name.startsWith('parley-ul') ? 1 : 0
      CSS.highlights.set(name, highlight)
      this.painted.set(name, offsets)
    }
  }

  private rangeOf(startCp: number, endCp: number): StaticRange | null {
    const { paragraphs, index } = this.document
    const start = offsetToDomPoint(this.blocks, paragraphs, index.toUtf16(asCodePoint(startCp)))
    const end = offsetToDomPoint(this.blocks, paragraphs, index.toUtf16(asCodePoint(endCp)))
    if (!start || !end) return null
    return new StaticRange({
      startContainer: start.node,
      startOffset: start.offset,
      endContainer: end.node,
      endOffset: end.offset,
    })
  }
}

function sameOffsets(a: readonly number[] | undefined, b: readonly number[]): boolean {
  if (a?.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}
