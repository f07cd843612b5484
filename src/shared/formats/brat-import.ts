// Turns the records of one .ann file into Parley annotations, all or nothing. Spans are checked against
// the text; attributes, relations, notes and events must point at a span or event of the same file.
// `Parley` comments give back the id, author and timestamps an export wrote; a span without one (a file
// made in brat) gets the id `brat-T1` and the importing annotator and time. Relations become roles of
// their Arg1 (`R1\tactors Arg1:T5 Arg2:T2`), event arguments roles of the trigger's span (`actors2` is
// a second `actors`), `#A` comments text attributes, any other comment a line of the note.
import type { Annotation, Fragment } from '../model/annotation'
import { annotationSchema } from '../model/annotation-schema'
import { quoteAt } from '../model/quote'
import { isReservedKey } from '../model/reserved-keys'
import { TYPE_ATTRIBUTE } from '../model/tag-schema'
import { compareAnnotations } from '../editing/sorted-annotations'
import { asCodePoint, createOffsetIndex } from '../text/offsets'
import type { ImportContext, ImportProblem } from './format'
import type { AnnReading } from './brat-ann-read'
import { parleyLabelOf, type BratTypeMap } from './brat-names'
import { checkSpan } from './brat-span-check'

export interface AnnSource {
  readonly file: string
  /** The canonical text. */
  readonly text: string
  /** The `.txt` as given, when it differs from the canonical text (CRLF line ends, byte-order mark). */
  readonly raw: string | null
  readonly types: BratTypeMap
  /** The annotator's file stem when the folder names one (`<doc>.<stem>/`). */
  readonly annotatorStem: string | null
  readonly context: ImportContext
}

interface Span {
  readonly line: number
  readonly type: string
  readonly fragments: Fragment[]
  readonly attributes: Map<string, string>
  /** Role fillers by role, as the T ids of their spans. */
  readonly roles: Map<string, string[]>
  readonly notes: string[]
  meta?: { readonly id: string; readonly created: string; readonly modified: string; readonly author: string }
}

const PARLEY_META = /^id=(\S+) created=(\S+) modified=(\S+) author=(.*)$/

/** brat numbers repeated event roles `actors`, `actors2`, …: the role is the name without its digits. */
const baseRole = (role: string): string => /^(.+?)\d*$/.exec(role)?.[1] ?? role

export function annotationsFromRecords(
  { records, failed }: Pick<AnnReading, 'records' | 'failed'>,
  source: AnnSource,
): { annotations: Annotation[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = []
  const unreadable = new Set(failed)
  const problem = (line: number, reason: string): void => {
    problems.push({ file: source.file, line, reason })
  }
  const canonical = { text: source.text, index: createOffsetIndex(source.text) }
  const spans = new Map<string, Span>()
  for (const r of records) {
    if (r.kind !== 'T') continue
    const checked = checkSpan(r.pieces, r.text, canonical, source.raw)
    if ('problem' in checked) {
      problem(r.line, checked.problem)
      unreadable.add(r.id)
    } else
      spans.set(r.id, {
        line: r.line,
        type: r.type,
        fragments: checked.fragments,
        attributes: new Map(),
        roles: new Map(),
        notes: [],
      })
  }
  const triggers = new Map<string, string>()
  const recordOf = new Map(records.map((r) => [r.id, r]))
  for (const r of records) {
    if (r.kind !== 'E') continue
    const trigger = recordOf.get(r.trigger)
    if (trigger?.kind !== 'T')
      problem(r.line, `event ${r.id}: its trigger ${r.trigger} is no span of this file`)
    else if (trigger.type !== r.type)
      problem(r.line, `event ${r.id} is a ${r.type}, its trigger ${r.trigger} a ${trigger.type}`)
    else triggers.set(r.id, r.trigger)
    if (!triggers.has(r.id) || unreadable.has(r.trigger)) unreadable.add(r.id)
  }
  /** The span an id stands for: a span itself, or an event's trigger. */
  const spanOf = (id: string, line: number, what: string): Span | undefined => {
    const span = spans.get(triggers.get(id) ?? id)
    if (!span && !unreadable.has(id))
      problem(line, `${what} refers to ${id}, which is no span or event of this file`)
    return span
  }
  const setAttribute = (span: Span, name: string, value: string, line: number): void => {
    if (isReservedKey(name)) problem(line, `attribute name ${name} is reserved`)
    else if (span.attributes.has(name)) problem(line, `attribute ${name} is set twice on the same span`)
    else span.attributes.set(name, value)
  }
  const addFiller = (span: Span, role: string, ref: string, line: number): void => {
    if (isReservedKey(role)) problem(line, `role name ${role} is reserved`)
    else span.roles.set(role, [...(span.roles.get(role) ?? []), ref])
  }

  for (const r of records) {
    if (r.kind === 'A') {
      const span = spanOf(r.target, r.line, `attribute ${r.id}`)
      if (span) setAttribute(span, r.name, r.value, r.line)
    } else if (r.kind === 'R') {
      const from = spanOf(r.from, r.line, `relation ${r.id}`)
      const to = spanOf(r.to, r.line, `relation ${r.id}`) && (triggers.get(r.to) ?? r.to)
      if (from && to) addFiller(from, r.name, to, r.line)
    } else if (r.kind === 'E') {
      const span = spans.get(r.trigger)
      for (const arg of r.args) {
        const to = spanOf(arg.target, r.line, `event ${r.id}`) && (triggers.get(arg.target) ?? arg.target)
        if (span && to) addFiller(span, baseRole(arg.role), to, r.line)
      }
    } else if (r.kind === '#') {
      const span = spanOf(r.target, r.line, `note ${r.id}`)
      if (!span) continue
      if (r.type === 'Parley') {
        const meta = PARLEY_META.exec(r.text)
        if (!meta) problem(r.line, 'a Parley line holds id=… created=… modified=… author=…')
        else if (span.meta) problem(r.line, `a second Parley line for ${r.target}`)
        else span.meta = { id: meta[1]!, created: meta[2]!, modified: meta[3]!, author: meta[4]! }
      } else if (r.type === 'AnnotatorNotes') span.notes.push(r.text)
      else if (r.id.startsWith('#A')) setAttribute(span, r.type, r.text, r.line)
      else span.notes.push(`${r.type}: ${r.text}`)
    }
  }
  return build(spans, source, problems)
}

function build(
  spans: ReadonlyMap<string, Span>,
  source: AnnSource,
  problems: ImportProblem[],
): { annotations: Annotation[]; problems: ImportProblem[] } {
  const idOf = (t: string): string => spans.get(t)?.meta?.id ?? `brat-${t}`
  const index = createOffsetIndex(source.text)
  const annotations: Annotation[] = []
  const lineOfId = new Map<string, number>()
  for (const [t, span] of spans) {
    const problem = (reason: string): void => {
      problems.push({ file: source.file, line: span.line, reason })
    }
    const { category, type } = parleyLabelOf(span.type, source.types)
    if (type !== undefined && span.attributes.has(TYPE_ATTRIBUTE))
      problem(`type set twice: ${span.type} and a type attribute`)
    const start = span.fragments[0]!.start
    const end = span.fragments.at(-1)!.end
    const candidate = {
      id: idOf(t),
      label: category,
      start,
      end,
      ...(span.fragments.length > 1 ? { fragments: span.fragments } : {}),
      quote: quoteAt(source.text, index, asCodePoint(start), asCodePoint(end)),
      attributes: Object.fromEntries(
        type === undefined ? span.attributes : [[TYPE_ATTRIBUTE, type], ...span.attributes],
      ),
      roles: Object.fromEntries(
        [...span.roles].map(([role, fillers]) => [role, fillers.map((t) => ({ ref: idOf(t) }))]),
      ),
      note: span.notes.join('\n'),
      author: span.meta?.author ?? source.annotatorStem ?? source.context.defaultAnnotator,
      created: span.meta?.created ?? source.context.now,
      modified: span.meta?.modified ?? source.context.now,
    }
    const parsed = annotationSchema.safeParse(candidate)
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problem(`${issue.path.join('.') || 'annotation'}: ${issue.message}`)
      continue
    }
    const first = lineOfId.get(parsed.data.id)
    if (first !== undefined) problem(`id ${parsed.data.id} is already used by the span on line ${first}`)
    lineOfId.set(parsed.data.id, span.line)
    annotations.push(parsed.data)
  }
  return { annotations: annotations.sort(compareAnnotations), problems }
}
