// The other occurrences of a quote that could be tagged with a label: whole words, per the chosen
// options, minus those already tagged with that label at exactly that place.
import type { Annotation } from '@shared/model/annotation'
import { findOccurrences } from '@shared/text/find-occurrences'
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

export function matchSpans(document: DocumentModel, needle: string, options: MatchOptions): Candidate[] {
  if (!needle.trim()) return []
  const { text, index } = document
  return findOccurrences(text, needle, options).map((m) => ({
    start: index.toCodePoint(asUtf16(m.start)),
    end: index.toCodePoint(asUtf16(m.end)),
    before: text.slice(Math.max(0, m.start - 40), m.start),
    match: text.slice(m.start, m.end),
    after: text.slice(m.end, m.end + 40),
  }))
}

export function untaggedCandidates(
  document: DocumentModel,
  annotations: readonly Annotation[],
  label: string,
  needle: string,
  options: MatchOptions,
): Candidate[] {
  const tagged = new Set(annotations.filter((a) => a.label === label).map((a) => `${a.start}:${a.end}`))
  return matchSpans(document, needle, options).filter((c) => !tagged.has(`${c.start}:${c.end}`))
}
