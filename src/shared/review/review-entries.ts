// Review items out of the comparison's entries (one per annotator's annotation): their stable key, extent,
// candidates in annotator then document order, and the silent annotators. Made tens of thousands at a time,
// so items with one or two candidates (nearly all) take a short path, and `silent` lists are shared.
import type { Annotation } from '../model/annotation'
import type { ReviewItem, ReviewKind } from './review-types'

/** One annotation of one annotator, as the comparison sees it. */
export interface ReviewEntry {
  readonly annotator: string
  /** The annotator's place among the chosen ones. */
  readonly rank: number
  readonly annotation: Annotation
  /** The extent, in code points. */
  readonly start: number
  readonly end: number
  /** The fragments as text for a discontinuous span; empty for a continuous one. */
  readonly pieces: string
  /** Place in document order over all sets. */
  order: number
}

export function itemMaker(
  annotators: readonly string[],
): (kind: ReviewKind, entries: readonly ReviewEntry[]) => ReviewItem {
  const silentLists = new Map<number | string, readonly string[]>()
  const silentBesides = (entries: readonly ReviewEntry[]): readonly string[] => {
    const id =
      annotators.length <= 30
        ? entries.reduce((mask, entry) => mask | (1 << entry.rank), 0)
        : [...new Set(entries.map((entry) => entry.rank))].sort((a, b) => a - b).join(',')
    let silent = silentLists.get(id)
    if (!silent) {
      const present = new Set(entries.map((entry) => entry.rank))
      silentLists.set(id, (silent = annotators.filter((_, rank) => !present.has(rank))))
    }
    return silent
  }
  return (kind, entries) => {
    const candidates = inCandidateOrder(entries)
    let start = Infinity
    let end = 0
    for (const { annotation } of candidates) {
      start = Math.min(start, annotation.start)
      end = Math.max(end, annotation.end)
    }
    return {
      key: itemKey(candidates),
      kind,
      start,
      end,
      candidates: candidates.map(({ annotator, annotation }) => ({ annotator, annotation })),
      silent: silentBesides(candidates),
    }
  }
}

/** Annotator order, then document order. */
function inCandidateOrder(entries: readonly ReviewEntry[]): readonly ReviewEntry[] {
  const isBefore = (a: ReviewEntry, b: ReviewEntry) => a.rank - b.rank || a.order - b.order
  if (entries.length === 1) return entries
  if (entries.length === 2)
    return isBefore(entries[0]!, entries[1]!) <= 0 ? entries : [entries[1]!, entries[0]!]
  return [...entries].sort(isBefore)
}

/** The sorted `annotator/id` keys of the candidates, joined by `+`. */
function itemKey(entries: readonly ReviewEntry[]): string {
  const keyOf = (entry: ReviewEntry) => `${entry.annotator}/${entry.annotation.id}`
  if (entries.length === 1) return keyOf(entries[0]!)
  if (entries.length === 2) {
    const [a, b] = [keyOf(entries[0]!), keyOf(entries[1]!)]
    return a < b ? `${a}+${b}` : `${b}+${a}`
  }
  return entries.map(keyOf).sort().join('+')
}
