// Turns the browser's text selection inside the text view into a span of code-point offsets, trimmed of
// surrounding spaces and punctuation so a sloppy drag still tags the words the analyst meant.
import { asCodePoint, asUtf16, type CodePointOffset } from '@shared/text/offsets'
import type { DocumentModel } from '../../state/document-model'
import { domPointToOffset } from './dom-offsets'

export interface TextSpan {
  readonly start: CodePointOffset
  readonly end: CodePointOffset
  /** Where the selection ends on screen, to place the palette. */
  readonly rect: { readonly left: number; readonly top: number; readonly bottom: number }
}

const TRIMMED = /[\s.,;:!?()[\]«»"“”]/u

export function selectedSpan(container: HTMLElement, document: DocumentModel): TextSpan | null {
  const selection = window.getSelection()
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null
  const range = selection.getRangeAt(0)
  if (!container.contains(range.commonAncestorContainer)) return null
  let start = domPointToOffset(container, range.startContainer, range.startOffset)
  let end = domPointToOffset(container, range.endContainer, range.endOffset)
  if (start === null || end === null) return null
  const { text, index } = document
  while (start < end && TRIMMED.test(text[start] ?? '')) start++
  while (end > start && TRIMMED.test(text[end - 1] ?? '')) end--
  if (index.isInsideSurrogatePair(asUtf16(start))) start--
  if (index.isInsideSurrogatePair(asUtf16(end))) end++
  if (end <= start) return null
  const box = range.getBoundingClientRect()
  return {
    start: index.toCodePoint(asUtf16(start)),
    end: index.toCodePoint(asUtf16(end)),
    rect: { left: box.left, top: box.top, bottom: box.bottom },
  }
}

export function caretOffset(
  container: HTMLElement,
  x: number,
  y: number,
  document: DocumentModel,
): CodePointOffset | null {
  const caret = window.document.caretPositionFromPoint?.(x, y)
  if (!caret) return null
  const offset = domPointToOffset(container, caret.offsetNode, caret.offset)
  return offset === null ? null : asCodePoint(document.index.toCodePoint(asUtf16(offset)))
}
