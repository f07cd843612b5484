// Turns the browser's text selection inside the text view into a span of code-point offsets, snapped to
// French word boundaries (« l’Asie », « Chine-Asie », guillemets) unless the analyst holds Alt.
import { snapToWords } from '@shared/text/snap-to-words'
import { asUtf16, type CodePointOffset } from '@shared/text/offsets'
import type { DocumentModel } from '../../state/document-model'
import type { TextSpan } from '../../state/text-targets'
import { domPointToOffset } from '../../components/dom-offsets'

export function selectedSpan(
  container: HTMLElement,
  document: DocumentModel,
  snap: boolean,
): TextSpan | null {
  const selection = window.getSelection()
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null
  const range = selection.getRangeAt(0)
  if (!container.contains(range.commonAncestorContainer)) return null
  const start = domPointToOffset(container, range.startContainer, range.startOffset)
  const end = domPointToOffset(container, range.endContainer, range.endOffset)
  if (start === null || end === null || end <= start) return null
  const { text, index } = document
  let span: { start: number; end: number } | null = { start, end }
  if (snap) span = snapToWords(text, asUtf16(start), asUtf16(end))
  else {
    if (index.isInsideSurrogatePair(asUtf16(start))) span.start--
    if (index.isInsideSurrogatePair(asUtf16(end))) span.end++
  }
  if (!span || span.end <= span.start) return null
  const rects = range.getClientRects()
  const last = rects[rects.length - 1] ?? range.getBoundingClientRect()
  return {
    start: index.toCodePoint(asUtf16(span.start)),
    end: index.toCodePoint(asUtf16(span.end)),
    rect: { left: last.left, top: last.top, bottom: last.bottom },
  }
}

export function caretOffset(
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

/** Keyboard selection in static text: arrows move a caret, Shift extends, Ctrl/Alt by word. */
export function moveCaret(event: KeyboardEvent, container: HTMLElement): boolean {
  const directions: Record<string, ['forward' | 'backward', 'character' | 'line']> = {
    ArrowRight: ['forward', 'character'],
    ArrowLeft: ['backward', 'character'],
    ArrowDown: ['forward', 'line'],
    ArrowUp: ['backward', 'line'],
  }
  const move = directions[event.key]
  const selection = window.getSelection()
  if (!move || !selection) return false
  if (selection.rangeCount === 0 || !container.contains(selection.anchorNode)) placeCaretAtStart(container)
  const granularity =
    move[1] === 'character' && (event.ctrlKey || event.altKey || event.metaKey) ? 'word' : move[1]
  selection.modify(event.shiftKey ? 'extend' : 'move', move[0], granularity)
  return true
}

export function placeCaretAtStart(container: HTMLElement): void {
  const scroller = container.parentElement
  const top = scroller?.getBoundingClientRect().top ?? 0
  const first = [...container.querySelectorAll('p')].find(
    (p) => p.getBoundingClientRect().bottom > top && p.firstChild,
  )
  const node = first?.firstChild
  if (node) window.getSelection()?.collapse(node, 0)
}
