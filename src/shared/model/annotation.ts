// An annotation as the analyst made it: a labelled span of a document's canonical text, anchored both by
// code-point offsets and by its exact quote with a little context (W3C TextQuoteSelector), so a changed
// source text can be detected and the span re-anchored or flagged, never silently shifted.
import type { CodePointOffset } from '../text/offsets'

export interface TextQuote {
  readonly exact: string
  readonly prefix: string
  readonly suffix: string
}

/** One piece of a discontinuous span, in code points, half-open. */
export interface Fragment {
  readonly start: CodePointOffset
  readonly end: CodePointOffset
}

/** What fills a role: another annotation of the same document (by id), or free text where the role allows it. */
export type RoleFiller = { readonly ref: string } | { readonly text: string }

export interface Annotation {
  readonly id: string
  /** The category id: `ENTITY`, `POSITION`, `COMMITMENT`. Its type, if any, is `attributes.type`. */
  readonly label: string
  /** Code-point offsets into the canonical text, half-open: the whole extent of the span. */
  readonly start: CodePointOffset
  readonly end: CodePointOffset
  /** Present only for a discontinuous span: two or more sorted, non-overlapping pieces within the extent. */
  readonly fragments?: readonly Fragment[]
  /** The quote of the whole extent `[start, end)`. */
  readonly quote: TextQuote
  /** Attribute values by attribute id (`type`, `polarity`, `canonical`, …). */
  readonly attributes: Readonly<Record<string, string>>
  /** Role fillers by role id (`holder`, `actors`, …). */
  readonly roles: Readonly<Record<string, readonly RoleFiller[]>>
  readonly note: string
  /** The annotator's name. */
  readonly author: string
  /** ISO 8601 timestamps. */
  readonly created: string
  readonly modified: string
}

/** One change to an annotation set, as the renderer sends it to be saved. */
export type AnnotationChange =
  { readonly op: 'put'; readonly annotation: Annotation } | { readonly op: 'delete'; readonly id: string }

/** Applies changes in order; a `put` replaces the annotation with the same id or appends it. */
export function applyAnnotationChanges(
  annotations: readonly Annotation[],
  changes: readonly AnnotationChange[],
): Annotation[] {
  const byId = new Map(annotations.map((a) => [a.id, a]))
  for (const change of changes) {
    if (change.op === 'put') byId.set(change.annotation.id, change.annotation)
    else byId.delete(change.id)
  }
  return sortAnnotations([...byId.values()])
}

/** Document order: by start, longer spans first, then by id, so files diff well and nesting reads outside-in. */
export function sortAnnotations(annotations: Annotation[]): Annotation[] {
  return annotations.sort(
    (a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
}
