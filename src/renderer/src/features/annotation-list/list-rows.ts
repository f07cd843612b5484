// The rows of the annotation list: annotations grouped by category (schema order), filtered by label,
// attribute, author and text, flattened into headers and items for a virtualised list.
import type { Annotation } from '@shared/model/annotation'
import { flatLabel, type TagSchema } from '@shared/model/tag-schema'

export interface ListFilter {
  readonly text: string
  readonly label: string
  /** `attribute=value`, or empty. */
  readonly attribute: string
  readonly author: string
}

export const EMPTY_FILTER: ListFilter = { text: '', label: '', attribute: '', author: '' }

export type ListRow =
  | { readonly kind: 'header'; readonly category: string; readonly title: string; readonly count: number }
  | { readonly kind: 'item'; readonly annotation: Annotation }

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

/** Folded quote and note per annotation, computed once: filtering 20,000 rows per keystroke stays cheap. */
const folded = new WeakMap<Annotation, string>()
function searchableText(a: Annotation): string {
  let text = folded.get(a)
  if (text === undefined) {
    text = `${fold(a.quote.exact)}\u0000${fold(a.note)}`
    folded.set(a, text)
  }
  return text
}

export function matchesFilter(a: Annotation, filter: ListFilter): boolean {
  if (filter.label && flatLabel(a) !== filter.label && a.label !== filter.label) return false
  if (filter.author && a.author !== filter.author) return false
  if (filter.attribute) {
    const [key = '', value = ''] = filter.attribute.split('=')
    if (a.attributes[key] !== value) return false
  }
  if (filter.text) {
    const needle = fold(filter.text)
    if (!searchableText(a).includes(needle)) return false
  }
  return true
}

export function listRows(
  schema: TagSchema,
  annotations: readonly Annotation[],
  filter: ListFilter,
): ListRow[] {
  const groups = new Map<string, Annotation[]>()
  for (const c of schema.categories) groups.set(c.id, [])
  for (const a of annotations) {
    if (!matchesFilter(a, filter)) continue
    const group = groups.get(a.label)
    if (group) group.push(a)
    else groups.set(a.label, [a])
  }
  const rows: ListRow[] = []
  for (const [category, items] of groups) {
    if (items.length === 0) continue
    const title = schema.categories.find((c) => c.id === category)?.label ?? category
    rows.push({ kind: 'header', category, title, count: items.length })
    for (const annotation of items) rows.push({ kind: 'item', annotation })
  }
  return rows
}

/** The distinct values the filters can offer. */
export function filterOptions(annotations: readonly Annotation[]): {
  labels: string[]
  authors: string[]
  attributes: string[]
} {
  const labels = new Set<string>()
  const authors = new Set<string>()
  const attributes = new Set<string>()
  for (const a of annotations) {
    labels.add(flatLabel(a))
    authors.add(a.author)
    for (const [k, v] of Object.entries(a.attributes))
      if (k !== 'type' && k !== 'canonical') attributes.add(`${k}=${v}`)
  }
  const sorted = (s: Set<string>): string[] => [...s].sort()
  return { labels: sorted(labels), authors: sorted(authors), attributes: sorted(attributes) }
}
