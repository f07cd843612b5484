// Compares colleagues' annotation sets of one document and lists what the reviewer has to look at, as review
// items in document order: spans everyone marked alike (agreed), one span labelled differently (label),
// overlapping spans of one label with other boundaries (boundary), and spans only some marked (single).
// Overlaps across categories (an ENTITY inside a POSITION) are normal and never make an item together.
// Cost: one sort, a pass over runs of one exact span, then a sweep per full label: O(n log n) plus the
// overlapping pairs. Large documents are the point, so the common paths build no strings or arrays per span.
import type { Annotation } from '../model/annotation'
import { TYPE_ATTRIBUTE } from '../model/tag-schema'
import type { ReviewItem, ReviewKind } from './review-types'
import { plainAgreements } from './plain-agreements'
import { itemMaker, type ReviewEntry as Entry } from './review-entries'

export interface AnnotationSetToCompare {
  readonly annotator: string
  readonly annotations: readonly Annotation[]
}

type Take = (kind: ReviewKind, entries: readonly Entry[]) => void

/** The exact span as text: its fragments, or its extent when continuous. */
export function spanKey(annotation: Annotation): string {
  const { fragments } = annotation
  if (!fragments) return `${annotation.start}-${annotation.end}`
  return fragments.map((piece) => `${piece.start}-${piece.end}`).join(',')
}

/** The whole label as text: category and every attribute (type included); an empty value counts as absent. */
export function labelKey(annotation: Annotation): string {
  const ids = Object.keys(annotation.attributes)
  if (ids.length > 1) ids.sort()
  let key = annotation.label
  for (const id of ids) {
    const value = annotation.attributes[id]
    if (value) key += `\u0002${id}\u0001${value}`
  }
  return key
}

/** `labelKey(a) === labelKey(b)`, without building the keys. */
export function isSameLabel(a: Annotation, b: Annotation): boolean {
  if (a.label !== b.label) return false
  for (const id in a.attributes) if ((a.attributes[id] ?? '') !== (b.attributes[id] ?? '')) return false
  for (const id in b.attributes) if (b.attributes[id] && !a.attributes[id]) return false
  return true
}

export interface DiffOptions {
  /** Leave the agreed items out (the agreement report lists only what annotators disagree on). */
  readonly disagreementsOnly?: boolean
}

export function diffAnnotationSets(
  sets: readonly AnnotationSetToCompare[],
  { disagreementsOnly = false }: DiffOptions = {},
): ReviewItem[] {
  const items: ReviewItem[] = []
  const makeItem = itemMaker(sets.map((set) => set.annotator))
  const take: Take = (kind, entries) => {
    if (kind !== 'agreed' || !disagreementsOnly) items.push(makeItem(kind, entries))
  }
  const pending: Entry[] = []
  const entries = collectEntries(
    sets,
    disagreementsOnly
      ? plainAgreements(
          sets.map((set) => set.annotations),
          isSameLabel,
        )
      : undefined,
  )
  for (let from = 0, to = 1; from < entries.length; from = to++) {
    while (to < entries.length && isSameSpan(entries[to]!, entries[from]!)) to++
    if (to - from === 1) pending.push(entries[from]!)
    else if (isPlainAgreement(entries, from, to, sets.length)) {
      if (!disagreementsOnly) take('agreed', entries.slice(from, to))
    } else pending.push(...matchSameSpan(entries.slice(from, to), sets.length, take))
  }
  clusterOverlaps(pending, take)
  return items.sort((a, b) => a.start - b.start || b.end - a.end || compareStrings(a.key, b.key))
}

/**
 * Every annotation of every set (but those flagged in `leaveOut`), in document order; one exact span's
 * entries side by side, by annotator.
 */
function collectEntries(sets: readonly AnnotationSetToCompare[], leaveOut?: readonly Uint8Array[]): Entry[] {
  const entries: Entry[] = []
  sets.forEach(({ annotator, annotations }, rank) => {
    const left = leaveOut?.[rank]
    for (let k = 0; k < annotations.length; k++) {
      if (left?.[k] === 1) continue
      const annotation = annotations[k]!
      const { start, end, fragments } = annotation
      entries.push({
        annotator,
        rank,
        annotation,
        start,
        end,
        pieces: fragments ? spanKey(annotation) : '',
        order: 0,
      })
    }
  })
  entries.sort(
    (a, b) =>
      a.start - b.start ||
      b.end - a.end ||
      compareStrings(a.pieces, b.pieces) ||
      a.rank - b.rank ||
      compareStrings(a.annotation.id, b.annotation.id),
  )
  entries.forEach((entry, order) => (entry.order = order))
  return entries
}

const isSameSpan = (a: Entry, b: Entry): boolean =>
  a.start === b.start && a.end === b.end && a.pieces === b.pieces

/** The common case for a run `[from, to)` of one exact span: each annotator once (in order), all alike. */
function isPlainAgreement(
  entries: readonly Entry[],
  from: number,
  to: number,
  annotatorCount: number,
): boolean {
  if (annotatorCount < 2 || to - from !== annotatorCount) return false
  for (let i = from; i < to; i++) {
    const entry = entries[i]!
    if (entry.rank !== i - from || !isSameLabel(entry.annotation, entries[from]!.annotation)) return false
  }
  return true
}

/**
 * Settles one exact span: what every annotator marked alike is agreed; within a category, differing labels
 * or attributes make a label item; so do different categories when two annotators' categories here are
 * each missing from the other's (one says ENTITY, the other POSITION). Returns what is left, for the sweep.
 */
function matchSameSpan(group: readonly Entry[], annotatorCount: number, take: Take): Entry[] {
  const keys = new Map(group.map((entry) => [entry, labelKey(entry.annotation)]))
  const keyOf = (entry: Entry): string => keys.get(entry)!
  let left = [...group]
  const settle = (kind: ReviewKind, picked: readonly Entry[]): void => {
    take(kind, picked)
    left = left.filter((entry) => !picked.includes(entry))
  }
  const ofCategory = (category: string) =>
    firstPerAnnotator(left.filter((entry) => entry.annotation.label === category))
  if (annotatorCount >= 2) {
    for (const key of distinct(group.map(keyOf))) {
      const picked = firstPerAnnotator(left.filter((entry) => keyOf(entry) === key))
      if (picked.length === annotatorCount) settle('agreed', picked)
    }
  }
  for (const category of distinct(left.map((entry) => entry.annotation.label))) {
    const picked = ofCategory(category)
    if (picked.length >= 2 && distinct(picked.map(keyOf)).length > 1) settle('label', picked)
  }
  if (hasCategoryConflict(left))
    settle('label', distinct(left.map((entry) => entry.annotation.label)).flatMap(ofCategory))
  return left
}

/** Whether two annotators each marked this span with a category the other did not. */
function hasCategoryConflict(entries: readonly Entry[]): boolean {
  const byAnnotator = new Map<number, Set<string>>()
  for (const entry of entries) {
    const categories = byAnnotator.get(entry.rank) ?? new Set<string>()
    categories.add(entry.annotation.label)
    byAnnotator.set(entry.rank, categories)
  }
  const sets = [...byAnnotator.values()]
  const covers = (a: Set<string>, b: Set<string>): boolean => [...b].every((category) => a.has(category))
  return sets.some((a, i) => sets.slice(i + 1).some((b) => !covers(a, b) && !covers(b, a)))
}

/**
 * Links annotations of one full label (category and type) from different annotators that share a character,
 * and makes an item of each cluster: boundary when two annotators marked it with different spans, single
 * otherwise. The entries come sorted by start, so a sweep per label only meets the spans still open.
 */
function clusterOverlaps(entries: readonly Entry[], take: Take): void {
  const parent = entries.map((_, index) => index)
  /** Whether another entry was linked to this one (a root alone in its cluster is not). */
  const isJoined = new Uint8Array(entries.length)
  const root = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!
    return index
  }
  for (const indices of indicesByFullLabel(entries)) {
    const open: number[] = []
    for (const index of indices) {
      const entry = entries[index]!
      let kept = 0
      for (const other of open) if (entries[other]!.end > entry.start) open[kept++] = other
      open.length = kept
      for (const other of open) {
        const candidate = entries[other]!
        if (candidate.rank === entry.rank || !sharesCharacter(candidate.annotation, entry.annotation))
          continue
        parent[root(other)] = root(index)
        isJoined[index] = 1
      }
      open.push(index)
    }
  }
  const clusters = new Map<number, Entry[]>()
  entries.forEach((entry, index) => {
    if (parent[index] === index && !isJoined[index]) return take('single', [entry])
    const cluster = clusters.get(root(index))
    if (cluster) cluster.push(entry)
    else clusters.set(root(index), [entry])
  })
  for (const cluster of clusters.values()) {
    const first = cluster[0]!
    const isBoundary =
      cluster.some((entry) => entry.rank !== first.rank) && cluster.some((entry) => !isSameSpan(entry, first))
    take(isBoundary ? 'boundary' : 'single', cluster)
  }
}

/** The entries' indices grouped by category, then type (what `flatLabel` joins), in entry order. */
function indicesByFullLabel(entries: readonly Entry[]): number[][] {
  const byCategory = new Map<string, Map<string, number[]>>()
  entries.forEach(({ annotation }, index) => {
    let byType = byCategory.get(annotation.label)
    if (!byType) byCategory.set(annotation.label, (byType = new Map<string, number[]>()))
    const type = annotation.attributes[TYPE_ATTRIBUTE] ?? ''
    const indices = byType.get(type)
    if (indices) indices.push(index)
    else byType.set(type, [index])
  })
  return [...byCategory.values()].flatMap((byType) => [...byType.values()])
}

/** Whether two spans have a character in common (fragments count, not the gaps between them). */
function sharesCharacter(a: Annotation, b: Annotation): boolean {
  if (!a.fragments && !b.fragments) return a.start < b.end && b.start < a.end
  const pa = a.fragments ?? [a]
  const pb = b.fragments ?? [b]
  let i = 0
  let j = 0
  while (i < pa.length && j < pb.length) {
    const x = pa[i]!
    const y = pb[j]!
    if (x.start < y.end && y.start < x.end) return true
    if (x.end <= y.end) i++
    else j++
  }
  return false
}

function firstPerAnnotator(entries: readonly Entry[]): Entry[] {
  const first: Entry[] = []
  for (const entry of entries) if (!first.some((f) => f.rank === entry.rank)) first.push(entry)
  return first
}

/** The values without repeats, in first-seen order (one span's entries are few: no Set needed). */
function distinct<T>(values: readonly T[]): T[] {
  const found: T[] = []
  for (const value of values) if (!found.includes(value)) found.push(value)
  return found
}

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
