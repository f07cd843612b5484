// An opened document's annotations as main sends them to the renderer: in columns rather than
// one object per annotation, so the browser parses a few long arrays of numbers and strings instead of
// 20,000 objects (the main cost of opening a large set, garbage collection included). Starts are sent as
// the step from the previous start and ends as lengths; labels, authors, attribute and role sets (a handful
// of distinct values in a set) as indexes into lists of the distinct ones, shared by the annotations that
// have them (annotations are never changed in place); the quote only where it is not what the text gives
// at the span (the browser rebuilds it with the same quoteAt), `modified` only where it is not `created`,
// notes only where not empty. An annotation of any other shape travels as it is, so unpacking gives exactly
// what JSON (or the structured clone) would have, key order aside. Both the HTTP wire and the desktop IPC
// use it, through packed-reply.ts.
import { quoteAt } from '../model/quote'
import { asCodePoint, createOffsetIndex, offsetIndexOf, type OffsetIndex } from '../text/offsets'

/** Where a list is packed, the opened document's `annotations` is `{ [PACKED]: 2, count, … }` (Columns). */
export const PACKED = '$packedAnnotations'

/** Exceptions to a column's usual value, as [annotation index, value] pairs in increasing index order. */
type Sparse = [number, unknown][]

interface Columns {
  readonly [PACKED]: 2
  /** Number of annotations, odd ones included. */
  readonly count: number
  /** Annotations of another shape, as they are. The columns hold the others, in order. */
  readonly odd: Sparse
  readonly ids: string[]
  readonly labels: string[]
  readonly label: number[]
  /** Start minus the previous usual annotation's start (0 for the first). */
  readonly start: number[]
  /** End minus start. */
  readonly length: number[]
  readonly attributeSets: unknown[]
  readonly attributes: number[]
  readonly roleSets: unknown[]
  readonly roles: number[]
  readonly authors: string[]
  readonly author: number[]
  readonly created: string[]
  readonly modified: Sparse
  readonly notes: Sparse
  readonly quotes: Sparse
  readonly fragments: Sparse
}

export type PackedAnnotations = Columns

const KEYS = ['id', 'label', 'start', 'end', 'quote', 'attributes', 'roles', 'note', 'author', 'created']
/** Offsets beyond this travel as odd annotations, so that sums of steps stay exact. */
const MAX_OFFSET = 2 ** 40
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isString = (value: unknown): value is string => typeof value === 'string'
const isOffset = (value: unknown, limit: number): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= limit

type Usual = Record<string, unknown> & {
  id: string
  label: string
  start: number
  end: number
  quote: Record<string, string>
  note: string
  author: string
  created: string
  modified: string
}

/** True for a plain annotation with exactly the stored keys, each of the type a column carries. */
function isUsual(a: unknown): a is Usual {
  if (!isRecord(a) || Object.getPrototypeOf(a) !== Object.prototype) return false
  // Checked field by field, without building arrays: this runs for each of 20,000 annotations.
  const hasFragments = 'fragments' in a
  if (ownKeyCount(a) !== KEYS.length + 1 + (hasFragments ? 1 : 0) || !Object.hasOwn(a, 'modified'))
    return false
  for (const key of KEYS) if (!Object.hasOwn(a, key)) return false
  if (hasFragments && !Array.isArray(a.fragments)) return false
  const { quote } = a
  return (
    isRecord(quote) &&
    Object.getPrototypeOf(quote) === Object.prototype &&
    isString(a.id) &&
    isString(a.label) &&
    isString(a.note) &&
    isString(a.author) &&
    isString(a.created) &&
    isString(a.modified) &&
    isOffset(a.start, MAX_OFFSET) &&
    isOffset(a.end, MAX_OFFSET) &&
    ownKeyCount(quote) === 3 &&
    isString(quote.exact) &&
    isString(quote.prefix) &&
    isString(quote.suffix) &&
    isRecord(a.attributes) &&
    isRecord(a.roles)
  )
}

/** Own enumerable string keys of a plain object (its prototype holds none), counted without an array. */
function ownKeyCount(record: Record<string, unknown>): number {
  let n = 0
  for (const key in record) if (Object.hasOwn(record, key)) n++
  return n
}

/** The quote the text gives at `[start, end)`, or null where the offsets do not fit the text. */
function textQuote(
  text: string,
  index: OffsetIndex,
  start: number,
  end: number,
): ReturnType<typeof quoteAt> | null {
  if (!isOffset(start, index.codePointLength) || !isOffset(end, index.codePointLength) || end < start)
    return null
  return quoteAt(text, index, asCodePoint(start), asCodePoint(end))
}

/** A value's JSON, with the common empty plain object (a set without roles) answered without serialising. */
function jsonKey(value: unknown): string | undefined {
  if (isRecord(value) && Object.getPrototypeOf(value) === Object.prototype && ownKeyCount(value) === 0)
    return '{}'
  return JSON.stringify(value)
}

/** Indexes of distinct values, compared by their JSON (what the browser would receive anyway). */
function dictionary<T>(byJson: boolean): { values: T[]; indexOf: (value: T) => number } {
  const values: T[] = []
  const known = new Map<unknown, number>()
  return {
    values,
    indexOf(value) {
      const key = byJson ? jsonKey(value) : value
      let at = known.get(key)
      if (at === undefined) {
        at = values.push(value) - 1
        known.set(key, at)
      }
      return at
    },
  }
}

export function packAnnotations(list: readonly unknown[], text: string): PackedAnnotations {
  const index = createOffsetIndex(text)
  const labels = dictionary<string>(false)
  const authors = dictionary<string>(false)
  const attributeSets = dictionary<unknown>(true)
  const roleSets = dictionary<unknown>(true)
  const packed = {
    [PACKED]: 2 as const,
    count: list.length,
    odd: [] as Sparse,
    ids: [] as string[],
    labels: labels.values,
    label: [] as number[],
    start: [] as number[],
    length: [] as number[],
    attributeSets: attributeSets.values,
    attributes: [] as number[],
    roleSets: roleSets.values,
    roles: [] as number[],
    authors: authors.values,
    author: [] as number[],
    created: [] as string[],
    modified: [] as Sparse,
    notes: [] as Sparse,
    quotes: [] as Sparse,
    fragments: [] as Sparse,
  }
  let previousStart = 0
  list.forEach((a, i) => {
    if (!isUsual(a)) return void packed.odd.push([i, a])
    const q = a.quote
    const given = textQuote(text, index, a.start, a.end)
    const same = given && given.exact === q.exact && given.prefix === q.prefix && given.suffix === q.suffix
    packed.ids.push(a.id)
    packed.label.push(labels.indexOf(a.label))
    packed.start.push(a.start - previousStart)
    packed.length.push(a.end - a.start)
    previousStart = a.start
    packed.attributes.push(attributeSets.indexOf(a.attributes))
    packed.roles.push(roleSets.indexOf(a.roles))
    packed.author.push(authors.indexOf(a.author))
    packed.created.push(a.created)
    if (a.modified !== a.created) packed.modified.push([i, a.modified])
    if (a.note !== '') packed.notes.push([i, a.note])
    if (!same) packed.quotes.push([i, { exact: q.exact, prefix: q.prefix, suffix: q.suffix }])
    if (a.fragments !== undefined) packed.fragments.push([i, a.fragments])
  })
  return packed
}

export const isPackedAnnotations = (value: unknown): value is PackedAnnotations =>
  isRecord(value) && value[PACKED] === 2 && Array.isArray(value.ids) && Array.isArray(value.odd)

/** Reads a sparse column in index order: `at(i)` is true when annotation `i` has a value, then `value`. */
class SparseColumn {
  private next = 0
  value: unknown = undefined
  constructor(private readonly pairs: Sparse) {}
  at(i: number): boolean {
    const pair = this.pairs[this.next]
    if (pair?.[0] !== i) return false
    this.next++
    this.value = pair[1]
    return true
  }
}

export function unpackAnnotations(packed: PackedAnnotations, text: string): unknown[] {
  // The text view builds this text's index next (document-model.ts): it is built once for both.
  const index = offsetIndexOf(text)
  const { ids, labels, label, length, attributeSets, attributes, roleSets, roles, authors, author } = packed
  const odd = new SparseColumn(packed.odd)
  const modified = new SparseColumn(packed.modified)
  const notes = new SparseColumn(packed.notes)
  const quotes = new SparseColumn(packed.quotes)
  const fragmentsOf = new SparseColumn(packed.fragments)
  const list: unknown[] = []
  let start = 0
  let j = 0
  for (let i = 0; i < packed.count; i++) {
    if (odd.at(i)) {
      list.push(odd.value)
      continue
    }
    start += packed.start[j]!
    const end = start + length[j]!
    const created = packed.created[j]!
    const last = modified.at(i) ? modified.value : created
    const note = notes.at(i) ? notes.value : ''
    const quote = quotes.at(i) ? quotes.value : textQuote(text, index, start, end)
    const id = ids[j]
    const labelOf = labels[label[j]!]
    const attributesOf = attributeSets[attributes[j]!]
    const rolesOf = roleSets[roles[j]!]
    const authorOf = authors[author[j]!]
    j++
    // Two literal shapes rather than a spread, so every annotation object gets one of two hidden classes.
    list.push(
      fragmentsOf.at(i)
        ? {
            id,
            label: labelOf,
            start,
            end,
            fragments: fragmentsOf.value,
            quote,
            attributes: attributesOf,
            roles: rolesOf,
            note,
            author: authorOf,
            created,
            modified: last,
          }
        : {
            id,
            label: labelOf,
            start,
            end,
            quote,
            attributes: attributesOf,
            roles: rolesOf,
            note,
            author: authorOf,
            created,
            modified: last,
          },
    )
  }
  return list
}
