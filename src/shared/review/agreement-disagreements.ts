// The disagreements behind the agreement figures: every review item of a document that is not agreed
// (diff-sets.ts sorts them into label, boundary and single), with the labels and annotators involved and a
// short excerpt of the text it covers. An item is filed under the category of its first candidate (in
// annotator order); a label disagreement across categories (ENTITY here, POSITION there) lists both
// labels, so a view of either category can find it through `labels`.
import { flatLabel } from '../model/tag-schema'
import type { OffsetIndex } from '../text/offsets'
import { asCodePoint } from '../text/offsets'
import type { Disagreement, ReviewItem } from './review-types'

/** The longest excerpt, in code points (a longer text is cut and ends with `…`). */
export const EXCERPT_LENGTH = 80

export function excerptOf(text: string, index: OffsetIndex, start: number, end: number): string {
  const cut = Math.min(end, start + EXCERPT_LENGTH)
  const from = index.toUtf16(asCodePoint(start))
  if (cut === end) return text.slice(from, index.toUtf16(asCodePoint(end)))
  return `${text.slice(from, index.toUtf16(asCodePoint(cut - 1)))}…`
}

/** The values without repeats, in first-seen order (items have few candidates: no Set needed). */
function distinct<T>(values: readonly T[]): T[] {
  const found: T[] = []
  for (const value of values) if (!found.includes(value)) found.push(value)
  return found
}

/** The document's non-agreed items whose first candidate is of one of `categories`, in item order. */
export function disagreementsOf(
  documentId: string,
  text: string,
  index: OffsetIndex,
  items: readonly ReviewItem[],
  categories: ReadonlySet<string>,
): Disagreement[] {
  // Most items have one candidate: their label and annotator lists are shared, one per label or annotator.
  const single = new Map<string, readonly string[]>()
  const alone = (value: string): readonly string[] => {
    let list = single.get(value)
    if (!list) single.set(value, (list = [value]))
    return list
  }
  const found: Disagreement[] = []
  for (const item of items) {
    if (item.kind === 'agreed') continue
    const { candidates } = item
    const category = candidates[0]?.annotation.label
    if (category === undefined || !categories.has(category)) continue
    const only = candidates.length === 1 ? candidates[0]! : undefined
    found.push({
      documentId,
      category,
      labels: only
        ? alone(flatLabel(only.annotation))
        : distinct(candidates.map((c) => flatLabel(c.annotation))),
      kind: item.kind,
      start: item.start,
      end: item.end,
      excerpt: excerptOf(text, index, item.start, item.end),
      annotators: only ? alone(only.annotator) : distinct(candidates.map((c) => c.annotator)),
    })
  }
  return found
}
