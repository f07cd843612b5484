// How a review item reads in the panels: a short excerpt of the text it covers, each candidate's label
// with the attributes that may be what differs, and who said what (an annotator with nothing here: null).
import type { Annotation } from '@shared/model/annotation'
import { flatLabel, TYPE_ATTRIBUTE } from '@shared/model/tag-schema'
import type { ReviewItem } from '@shared/review/review-types'
import { asCodePoint } from '@shared/text/offsets'
import type { DocumentModel } from '../../state/document-model'

/** The text of a code-point span, shortened in the middle past `max` characters. */
export function excerpt(document: DocumentModel, start: number, end: number, max = 90): string {
  const { text, index } = document
  const whole = text.slice(index.toUtf16(asCodePoint(start)), index.toUtf16(asCodePoint(end)))
  const flat = whole.replace(/\s+/g, ' ')
  if (flat.length <= max) return flat
  const half = Math.floor((max - 1) / 2)
  return `${flat.slice(0, half).trimEnd()} … ${flat.slice(flat.length - half).trimStart()}`
}

/** `ENTITY:STATE`, then the other attributes (`kind=joint`), which may be all that differs. */
export function labelWithAttributes(annotation: Annotation): string {
  const others = Object.entries(annotation.attributes)
    .filter(([id, value]) => id !== TYPE_ATTRIBUTE && value !== '')
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, value]) => `${id}=${value}`)
  return others.length > 0 ? `${flatLabel(annotation)} (${others.join(', ')})` : flatLabel(annotation)
}

export interface Said {
  readonly annotator: string
  /** 1 for the first chosen annotator: the key that accepts her candidate. */
  readonly key: number
  /** Her candidates' labels, or null when she marked nothing here. */
  readonly labels: readonly string[] | null
}

export function whoSaidWhat(item: ReviewItem, annotators: readonly string[]): Said[] {
  return annotators.map((annotator, i) => {
    const own = item.candidates.filter((c) => c.annotator === annotator)
    return {
      annotator,
      key: i + 1,
      labels: own.length > 0 ? own.map((c) => labelWithAttributes(c.annotation)) : null,
    }
  })
}
