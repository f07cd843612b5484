// The rows of the annotation list: annotations grouped by category (schema order), filtered by label,
// attribute, author and text, flattened into headers and items for a virtualised list.
import type { Annotation } from '@shared/model/annotation'
import { compareAnnotations, sortedAnnotations } from '@shared/editing/sorted-annotations'
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

/** The filter as a test, with the needle folded and the attribute split once, not per annotation. */
function filterPredicate(filter: ListFilter): (a: Annotation) => boolean {
  const needle = filter.text ? fold(filter.text) : ''
  const [key = '', value = ''] = filter.attribute ? filter.attribute.split('=') : []
  return (a) => {
    if (filter.label && flatLabel(a) !== filter.label && a.label !== filter.label) return false
    if (filter.author && a.author !== filter.author) return false
    if (filter.attribute && a.attributes[key] !== value) return false
    if (needle && !searchableText(a).includes(needle)) return false
    return true
  }
}

/** Folds the searchable text of annotations ahead of the first keystroke in the filter. */
export function prepareTextFilter(annotations: readonly Annotation[]): void {
  for (const a of annotations) searchableText(a)
}

export interface ListGroup {
  readonly category: string
  readonly title: string
  /** The group's annotations that pass the filter, in document order. */
  readonly items: readonly Annotation[]
}

const isEmptyFilter = (f: ListFilter): boolean => !f.text && !f.label && !f.attribute && !f.author

/** Each label group's filtered items, kept while the group and the filter stay the same. */
const filteredGroups = new WeakMap<
  readonly Annotation[],
  { filter: ListFilter; items: readonly Annotation[] }
>()
function filtered(group: readonly Annotation[], filter: ListFilter): readonly Annotation[] {
  if (isEmptyFilter(filter)) return group
  const cached = filteredGroups.get(group)
  if (cached?.filter === filter) return cached.items
  const items = group.filter(filterPredicate(filter))
  filteredGroups.set(group, { filter, items })
  return items
}

/**
 * The non-empty groups, schema categories first (in schema order), then labels outside the schema in
 * order of their first annotation. An edit changes one or two label groups, so only those are filtered
 * again; nothing here walks all the annotations when the filter is unchanged.
 */
export function listGroups(
  schema: TagSchema,
  byLabel: ReadonlyMap<string, readonly Annotation[]>,
  filter: ListFilter,
): ListGroup[] {
  const groups: ListGroup[] = []
  const known = new Set<string>()
  for (const c of schema.categories) {
    known.add(c.id)
    const group = byLabel.get(c.id)
    const items = group ? filtered(group, filter) : []
    if (items.length > 0) groups.push({ category: c.id, title: c.label, items })
  }
  const others: ListGroup[] = []
  for (const [label, group] of byLabel) {
    if (known.has(label)) continue
    const items = filtered(group, filter)
    if (items.length > 0) others.push({ category: label, title: label, items })
  }
  others.sort((a, b) => compareAnnotations(a.items[0]!, b.items[0]!))
  return [...groups, ...others]
}

/** The rows from `first` (inclusive) to `last` (exclusive), each with its index, without building the rest. */
export function rowsBetween(
  groups: readonly ListGroup[],
  first: number,
  last: number,
): { readonly index: number; readonly row: ListRow }[] {
  const rows: { index: number; row: ListRow }[] = []
  let at = 0
  for (const g of groups) {
    const size = 1 + g.items.length
    if (at + size > first && at < last) {
      if (at >= first) rows.push({ index: at, row: headerOf(g) })
      const from = Math.max(0, first - at - 1)
      const to = Math.min(g.items.length, last - at - 1)
      for (let i = from; i < to; i++)
        rows.push({ index: at + 1 + i, row: { kind: 'item', annotation: g.items[i]! } })
    }
    at += size
    if (at >= last) break
  }
  return rows
}

const headerOf = (g: ListGroup): ListRow => ({
  kind: 'header',
  category: g.category,
  title: g.title,
  count: g.items.length,
})

/** Every row, headers and items (for tests and small lists). */
export function listRows(
  schema: TagSchema,
  annotations: readonly Annotation[],
  filter: ListFilter,
): ListRow[] {
  const byLabel = sortedAnnotations(annotations).byLabel
  return listGroups(schema, byLabel, filter).flatMap((g) => [
    headerOf(g),
    ...g.items.map((annotation) => ({ kind: 'item' as const, annotation })),
  ])
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
