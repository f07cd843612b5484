// Maps between DOM positions in a text view and offsets of the canonical text. Each paragraph is one
// `<p data-start>` block holding a single text node (see Paragraphs.tsx), so a position is its paragraph's
// start plus the offset in that node, and an offset finds its paragraph by binary search, never by walking
// the text. Shared by the editor's text view and the review view.
import { asUtf16, type CodePointOffset } from '@shared/text/offsets'
import { paragraphAt, type DocumentModel, type Paragraph } from '../state/document-model'

/** The UTF-16 offset of a DOM position inside `container`, or null when it is outside the text. */
export function domPointToOffset(container: HTMLElement, node: Node, offset: number): number | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element)
  const paragraph = element?.closest<HTMLElement>('p[data-start]')
  if (paragraph && container.contains(paragraph)) {
    const start = Number(paragraph.dataset.start)
    if (node.nodeType === Node.TEXT_NODE) return start + offset
    return offset === 0 ? start : start + (paragraph.textContent?.length ?? 0)
  }
  if (node === container || element?.contains(container)) {
    const child = container.querySelectorAll<HTMLElement>('p[data-start]')[offset]
    return child ? Number(child.dataset.start) : (container.textContent?.length ?? 0)
  }
  return null
}

/** The DOM position of a UTF-16 offset, given the paragraph blocks in order. */
export function offsetToDomPoint(
  blocks: readonly HTMLElement[],
  paragraphs: readonly Paragraph[],
  offset: number,
): { node: Node; offset: number } | null {
  const i = paragraphAt(paragraphs, offset)
  const block = blocks[i]
  const paragraph = paragraphs[i]
  if (!block || !paragraph) return null
  const local = Math.min(offset - paragraph.start, paragraph.text.length)
  const text = block.firstChild
  return text ? { node: text, offset: local } : { node: block, offset: 0 }
}

/** The code-point offset under a point of the screen, or null outside the text. */
export function offsetAtPoint(
  container: HTMLElement,
  x: number,
  y: number,
  document: DocumentModel,
): CodePointOffset | null {
  const caret = window.document.caretPositionFromPoint(x, y)
  if (!caret) return null
  const offset = domPointToOffset(container, caret.offsetNode, caret.offset)
  return offset === null ? null : document.index.toCodePoint(asUtf16(offset))
}
