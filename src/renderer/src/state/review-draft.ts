// "Edit before accepting": a copy of one candidate that the reviewer relabels and whose boundaries she
// moves one character at a time (Shift+←/→ the start, Alt+←/→ the end), its quote kept true to the text.
import type { Annotation } from '@shared/model/annotation'
import { quoteAt } from '@shared/model/quote'
import { TYPE_ATTRIBUTE } from '@shared/model/tag-schema'
import type { ReviewItem } from '@shared/review/review-types'
import { asCodePoint } from '@shared/text/offsets'
import type { DocumentModel } from './document-model'

export interface EditDraft {
  /** Whose candidate it started from. */
  readonly from: string
  readonly annotation: Annotation
}

/** A draft from the given annotator's candidate, or the item's first one. */
export function startDraft(item: ReviewItem, annotator?: string): EditDraft | null {
  const candidate = item.candidates.find((c) => c.annotator === annotator) ?? item.candidates[0]
  return candidate ? { from: candidate.annotator, annotation: candidate.annotation } : null
}

/** Moves the start or the end by one character (code point), never past the other end. */
export function moveBoundary(
  draft: EditDraft,
  document: DocumentModel,
  which: 'start' | 'end',
  delta: 1 | -1,
): EditDraft {
  const a = draft.annotation
  const pieces = a.fragments ?? [{ start: a.start, end: a.end }]
  const first = pieces[0]!
  const last = pieces[pieces.length - 1]!
  const length = document.index.codePointLength
  let start: number = a.start
  let end: number = a.end
  if (which === 'start') start = clamp(a.start + delta, 0, first.end - 1)
  else end = clamp(a.end + delta, last.start + 1, length)
  if (start === a.start && end === a.end) return draft
  const moved = pieces.map((p, i) => ({
    start: asCodePoint(i === 0 ? start : p.start),
    end: asCodePoint(i === pieces.length - 1 ? end : p.end),
  }))
  const s = asCodePoint(start)
  const e = asCodePoint(end)
  return {
    from: draft.from,
    annotation: {
      ...a,
      start: s,
      end: e,
      ...(a.fragments ? { fragments: moved } : {}),
      quote: quoteAt(document.text, document.index, s, e),
    },
  }
}

/** Gives the draft another category and type; another category drops the attributes and roles of the old. */
export function relabel(draft: EditDraft, category: string, type: string | undefined): EditDraft {
  const a = draft.annotation
  const sameCategory = a.label === category
  const attributes: Record<string, string> = sameCategory ? { ...a.attributes } : {}
  if (type) attributes[TYPE_ATTRIBUTE] = type
  else delete attributes[TYPE_ATTRIBUTE]
  return {
    from: draft.from,
    annotation: { ...a, label: category, attributes, roles: sameCategory ? a.roles : {} },
  }
}

const clamp = (n: number, min: number, max: number): number => Math.max(min, Math.min(max, n))
