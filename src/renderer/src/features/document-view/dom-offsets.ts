// Maps between DOM positions in the text view and UTF-16 offsets of the canonical text. Each paragraph
// is one `<p data-start>` block holding a single text node, so a position is its paragraph's start plus
// the offset in that node, and an offset finds its paragraph by binary search, never by walking the text.
import { paragraphAt, type Paragraph } from '../../state/document-model'

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
