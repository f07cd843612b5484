// The other occurrences of a quote that could be tagged with a label: whole words, per the chosen
// options, minus those already tagged with that label at exactly that place.
import { hasAnnotationAt, type SortedAnnotations } from '@shared/editing/sorted-annotations'
import { createOccurrenceFinder } from '@shared/text/find-occurrences'
import { asUtf16, type CodePointOffset } from '@shared/text/offsets'
import type { DocumentModel } from '../../state/document-model'

export interface MatchOptions {
  readonly caseSensitive: boolean
  readonly accentSensitive: boolean
  readonly elision: boolean
}

export interface Candidate {
  readonly start: CodePointOffset
  readonly end: CodePointOffset
  readonly before: string
  readonly match: string
  readonly after: string
}

/** One folded copy of the text per document and options: folding 1 MB costs tens of milliseconds. */
const finders = new WeakMap<
  DocumentModel,
  Map<string, (needle: string) => { start: number; end: number }[]>
>()

function finderFor(
  document: DocumentModel,
  options: MatchOptions,
): (needle: string) => { start: number; end: number }[] {
  let byOptions = finders.get(document)
  if (!byOptions)
    finders.set(
      document,
      (byOptions = new Map<string, (needle: string) => { start: number; end: number }[]>()),
    )
  const key = `${options.caseSensitive}-${options.accentSensitive}-${options.elision}`
  let finder = byOptions.get(key)
  if (!finder) byOptions.set(key, (finder = createOccurrenceFinder(document.text, options)))
  return finder
}

export const DEFAULT_MATCH_OPTIONS: MatchOptions = {
  caseSensitive: true,
  accentSensitive: true,
  elision: false,
}

/** Folds the text for these options ahead of the first tag-all offer (call it when the main thread idles). */
export function prepareOccurrenceSearch(document: DocumentModel, options = DEFAULT_MATCH_OPTIONS): void {
  finderFor(document, options)
}

/** The last search per document, options and needle: the tag-all offer asks again after each edit. */
const lastSearch = new WeakMap<DocumentModel, { key: string; found: readonly Candidate[] }>()

export function matchSpans(
  document: DocumentModel,
  needle: string,
  options: MatchOptions,
): readonly Candidate[] {
  if (!needle.trim()) return []
  const key = `${options.caseSensitive}-${options.accentSensitive}-${options.elision}\u0000${needle}`
  const last = lastSearch.get(document)
  if (last?.key === key) return last.found
  const found = searchSpans(document, needle, options)
  lastSearch.set(document, { key, found })
  return found
}

function searchSpans(document: DocumentModel, needle: string, options: MatchOptions): Candidate[] {
  const { text, index } = document
  return finderFor(
    document,
    options,
  )(needle).map((m) => ({
    start: index.toCodePoint(asUtf16(m.start)),
    end: index.toCodePoint(asUtf16(m.end)),
    before: text.slice(Math.max(0, m.start - 40), m.start),
    match: text.slice(m.start, m.end),
    after: text.slice(m.end, m.end + 40),
  }))
}

export function untaggedCandidates(
  document: DocumentModel,
  annotations: SortedAnnotations,
  label: string,
  needle: string,
  options: MatchOptions,
): Candidate[] {
  return matchSpans(document, needle, options).filter(
    (c) => !hasAnnotationAt(annotations, label, c.start, c.end),
  )
}
