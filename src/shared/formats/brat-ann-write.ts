// Writes one annotator's set for one document as a brat .ann file, in document order, ids numbered in
// that order. Per annotation: its `T` line (brat offsets count code points, as Python slices a str, the
// same unit Parley stores), `A` lines for attributes the schema lists as enumerations, `#A` comment lines
// for the others (free text such as `canonical`: brat attribute values must be listed in annotation.conf),
// `R` lines for roles (`R1\tactors Arg1:T5 Arg2:T2`, one per filler, in order), the note as brat's
// `AnnotatorNotes` comment, and a `Parley` comment keeping the id, author and timestamps, so a round trip
// gives the same annotations. What cannot be carried is returned as losses.
import type { Annotation, Fragment } from '../model/annotation'
import { compareAnnotations } from '../editing/sorted-annotations'
import { findCategory, TYPE_ATTRIBUTE, type TagSchema } from '../model/tag-schema'
import { createOffsetIndex } from '../text/offsets'
import type { AnnotationSetInput, ExportDocument, Loss } from './format'
import { mergeLineBreakGaps, splitAtLineBreaks, toOneLine } from './brat-lines'
import { bratTypeName, isBratName } from './brat-names'

export interface AnnOutput {
  readonly content: string
  readonly losses: readonly Loss[]
}

const sameFragments = (a: readonly Fragment[], b: readonly Fragment[]): boolean =>
  a.length === b.length && a.every((f, i) => f.start === b[i]?.start && f.end === b[i]?.end)

/** True when the schema lists `value` for the enumerated attribute `key` of the category. */
function isListedValue(schema: TagSchema, category: string, key: string, value: string): boolean {
  const attribute = findCategory(schema, category)?.attributes.find((a) => a.id === key)
  return attribute?.kind === 'enum' && attribute.values.some((v) => v.id === value)
}

const sortedKeys = (record: Readonly<Record<string, unknown>>): string[] => Object.keys(record).sort()

export function writeAnn(document: ExportDocument, set: AnnotationSetInput, schema: TagSchema): AnnOutput {
  const { text } = document
  const index = createOffsetIndex(text)
  const losses: Loss[] = []
  const lose = (a: Annotation, what: string): void => {
    losses.push({ documentId: document.meta.id, annotator: set.annotator, annotationId: a.id, what })
  }

  const spans: { readonly annotation: Annotation; readonly pieces: Fragment[] }[] = []
  const tIds = new Map<string, string>()
  for (const a of [...set.annotations].sort(compareAnnotations)) {
    const original = a.fragments ?? [{ start: a.start, end: a.end }]
    const pieces = splitAtLineBreaks(text, index, original)
    if (pieces.length === 0) {
      lose(a, 'span: holds only line breaks, which a brat line cannot carry; not written')
      continue
    }
    const readBack = mergeLineBreakGaps(text, index, pieces)
    if (!sameFragments(readBack, original)) {
      const first = readBack[0]!
      const last = readBack.at(-1)!
      lose(
        a,
        first.start !== a.start || last.end !== a.end
          ? `span: line breaks at its edges are not carried; reads back as ${first.start}–${last.end}`
          : 'fragments: separated only by line breaks, they read back as one span',
      )
    }
    tIds.set(a.id, `T${spans.length + 1}`)
    spans.push({ annotation: a, pieces })
  }

  const lines: string[] = []
  const next = { A: 0, R: 0, note: 0, textAttribute: 0, parley: 0 }
  for (const { annotation: a, pieces } of spans) {
    const t = tIds.get(a.id)!
    const type = a.attributes[TYPE_ATTRIBUTE]
    const typeInName = type !== undefined && isBratName(type)
    const bratType = bratTypeName(a.label, typeInName ? type : undefined)
    const offsets = pieces.map((p) => `${p.start} ${p.end}`).join(';')
    const quote = pieces.map((p) => text.slice(index.toUtf16(p.start), index.toUtf16(p.end))).join(' ')
    lines.push(`${t}\t${bratType} ${offsets}\t${quote}`)

    const comments: string[] = []
    for (const key of sortedKeys(a.attributes)) {
      const value = a.attributes[key]!
      if (key === TYPE_ATTRIBUTE && typeInName) continue
      if (!isBratName(key))
        lose(a, `attribute ${key}: its name is not a brat name (letters, digits, _ and -)`)
      else if (isListedValue(schema, a.label, key, value)) lines.push(`A${++next.A}\t${key} ${t} ${value}`)
      else {
        if (toOneLine(value) !== value)
          lose(a, `attribute ${key}: line breaks and control characters written as spaces`)
        comments.push(`#A${++next.textAttribute}\t${key} ${t}\t${toOneLine(value)}`)
      }
    }
    for (const role of sortedKeys(a.roles)) {
      for (const filler of a.roles[role]!) {
        if (!isBratName(role)) lose(a, `role ${role}: its name is not a brat name (letters, digits, _ and -)`)
        else if ('text' in filler)
          lose(a, `role ${role}: free text « ${filler.text} » (brat relations link two spans)`)
        else {
          const target = tIds.get(filler.ref)
          if (target) lines.push(`R${++next.R}\t${role} Arg1:${t} Arg2:${target}`)
          else lose(a, `role ${role}: its filler ${filler.ref} is not written in this set`)
        }
      }
    }
    lines.push(...comments)
    if (a.note !== '') {
      if (toOneLine(a.note) !== a.note) lose(a, 'note: line breaks and control characters written as spaces')
      lines.push(`#${++next.note}\tAnnotatorNotes ${t}\t${toOneLine(a.note)}`)
    }
    if (toOneLine(a.author) !== a.author)
      lose(a, 'author: line breaks and control characters written as spaces')
    lines.push(
      `#P${++next.parley}\tParley ${t}\tid=${a.id} created=${a.created} modified=${a.modified} author=${toOneLine(a.author)}`,
    )
  }
  return { content: lines.map((line) => `${line}\n`).join(''), losses }
}
