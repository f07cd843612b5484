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
import { createOffsetIndex, type OffsetIndex } from '../text/offsets'
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

interface Placed {
  readonly annotation: Annotation
  /** Its fragments cut at line breaks: what the T line writes. */
  readonly pieces: Fragment[]
}

/** Each annotation's pieces, in document order, and what reading them back would change. */
function placeSpans(
  sorted: readonly Annotation[],
  text: string,
  index: OffsetIndex,
  lose: (a: Annotation, what: string) => void,
): Placed[] {
  const placed: Placed[] = []
  for (const a of sorted) {
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
    placed.push({ annotation: a, pieces })
  }
  return placed
}

interface Writer {
  readonly text: string
  readonly index: OffsetIndex
  readonly schema: TagSchema
  /** The T id of each written annotation, by Parley id. */
  readonly tIds: ReadonlyMap<string, string>
  /** The last number given to each kind of line. */
  readonly next: { A: number; R: number; note: number; textAttribute: number; parley: number }
  readonly lines: string[]
  readonly lose: (a: Annotation, what: string) => void
}

/** Free text on a line, with a loss when it had to change. */
function oneLine(w: Writer, a: Annotation, what: string, text: string): string {
  const line = toOneLine(text)
  if (line !== text) w.lose(a, `${what}: line breaks and control characters written as spaces`)
  return line
}

function writeAnnotation(w: Writer, { annotation: a, pieces }: Placed): void {
  const t = w.tIds.get(a.id)!
  const type = a.attributes[TYPE_ATTRIBUTE]
  const typeInName = type !== undefined && isBratName(type)
  const offsets = pieces.map((p) => `${p.start} ${p.end}`).join(';')
  const quote = pieces.map((p) => w.text.slice(w.index.toUtf16(p.start), w.index.toUtf16(p.end))).join(' ')
  w.lines.push(`${t}\t${bratTypeName(a.label, typeInName ? type : undefined)} ${offsets}\t${quote}`)

  const comments: string[] = []
  for (const key of sortedKeys(a.attributes)) {
    const value = a.attributes[key]!
    if (key === TYPE_ATTRIBUTE && typeInName) continue
    if (!isBratName(key))
      w.lose(a, `attribute ${key}: its name is not a brat name (letters, digits, _ and -)`)
    else if (isListedValue(w.schema, a.label, key, value))
      w.lines.push(`A${++w.next.A}\t${key} ${t} ${value}`)
    else
      comments.push(`#A${++w.next.textAttribute}\t${key} ${t}\t${oneLine(w, a, `attribute ${key}`, value)}`)
  }
  for (const role of sortedKeys(a.roles))
    for (const filler of a.roles[role]!) {
      const target = 'ref' in filler ? w.tIds.get(filler.ref) : undefined
      if (!isBratName(role)) w.lose(a, `role ${role}: its name is not a brat name (letters, digits, _ and -)`)
      else if ('text' in filler)
        w.lose(a, `role ${role}: free text « ${filler.text} » (brat relations link two spans)`)
      else if (target) w.lines.push(`R${++w.next.R}\t${role} Arg1:${t} Arg2:${target}`)
      else w.lose(a, `role ${role}: its filler ${filler.ref} is not written in this set`)
    }
  w.lines.push(...comments)
  if (a.note !== '') w.lines.push(`#${++w.next.note}\tAnnotatorNotes ${t}\t${oneLine(w, a, 'note', a.note)}`)
  const author = oneLine(w, a, 'author', a.author)
  w.lines.push(
    `#P${++w.next.parley}\tParley ${t}\tid=${a.id} created=${a.created} modified=${a.modified} author=${author}`,
  )
}

export function writeAnn(document: ExportDocument, set: AnnotationSetInput, schema: TagSchema): AnnOutput {
  const { text } = document
  const losses: Loss[] = []
  const lose = (a: Annotation, what: string): void => {
    losses.push({ documentId: document.meta.id, annotator: set.annotator, annotationId: a.id, what })
  }
  const index = createOffsetIndex(text)
  const sorted = [...set.annotations].sort(compareAnnotations)
  const placed = placeSpans(sorted, text, index, lose)
  const tIds = new Map(placed.map((p, i) => [p.annotation.id, `T${i + 1}`]))
  const next = { A: 0, R: 0, note: 0, textAttribute: 0, parley: 0 }
  const writer: Writer = { text, index, schema, tIds, next, lines: [], lose }
  for (const p of placed) writeAnnotation(writer, p)
  const order = new Map(sorted.map((a, i) => [a.id, i]))
  losses.sort((x, y) => order.get(x.annotationId)! - order.get(y.annotationId)!)
  writer.lines.push('')
  return { content: writer.lines.join('\n'), losses }
}
