// Reads one W3C Web Annotation back into a Parley annotation: the bodies as w3c.ts writes them (tag,
// `key=value` attributes, role links, note), one target per fragment, offsets from the
// TextPositionSelector and the quote from the TextQuoteSelector, every quote checked against the text.
// Records are built from Maps, so a key read from a value (`__proto__=x`) stays a plain key that the
// annotation schema then refuses by name.
import { z } from 'zod'
import type { Annotation, RoleFiller, TextQuote } from '../model/annotation'
import { annotationSchema } from '../model/annotation-schema'
import { quoteAt } from '../model/quote'
import { TYPE_ATTRIBUTE } from '../model/tag-schema'
import { asCodePoint, sliceCodePoints, type OffsetIndex } from '../text/offsets'
import { anchorProblem, quoteMismatch, rangeProblem } from './anchor-checks'
import { describeIssue } from './schema-issues'
import { PURPOSE, idOfAnnotationUrn } from './w3c-terms'

const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.union([item, z.array(item).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[])
const typed = z.looseObject({ type: z.string() })
const quoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string().default(''),
  suffix: z.string().default(''),
})
const positionSelector = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
})
const body = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('TextualBody'),
    purpose: z.string(),
    value: z.string(),
    label: z.string().optional(),
  }),
  z.object({
    type: z.literal('SpecificResource'),
    purpose: z.string(),
    source: z.string(),
    label: z.string().optional(),
  }),
])

export const webAnnotationSchema = z.object({
  id: z.string(),
  type: z.literal('Annotation'),
  creator: z.object({ name: z.string() }),
  created: z.string(),
  modified: z.string(),
  body: oneOrMany(body),
  target: oneOrMany(z.object({ source: z.string(), selector: oneOrMany(typed) })),
})
export type WebAnnotation = z.output<typeof webAnnotationSchema>

export type AnnotationRead =
  { readonly ok: true; readonly annotation: Annotation } | { readonly ok: false; readonly reasons: string[] }

interface Piece {
  readonly start: number
  readonly end: number
  readonly quote: TextQuote | null
}

export function annotationOfWebAnnotation(
  item: WebAnnotation,
  source: string,
  text: string,
  index: OffsetIndex,
): AnnotationRead {
  const reasons: string[] = []
  const id = idOfAnnotationUrn(item.id)
  if (id === null) reasons.push(`id ${item.id} is neither urn:uuid:… nor urn:parley:annotation:…`)
  const content = contentOf(item, reasons)
  const pieces = item.target.map((t, i) => {
    if (t.source !== source) reasons.push(`target ${i + 1} is ${t.source}, not ${source}`)
    return pieceOf(t.selector, i, reasons)
  })
  const first = pieces[0]
  const last = pieces.at(-1)
  if (reasons.length > 0 || !first || !last) return { ok: false, reasons }
  const candidate = {
    id,
    ...content,
    start: first.start,
    end: last.end,
    ...(pieces.length > 1 ? { fragments: pieces.map(({ start, end }) => ({ start, end })) } : {}),
    quote: first.quote ?? { exact: '', prefix: '', suffix: '' },
    author: item.creator.name,
    created: item.created,
    modified: item.modified,
  }
  const parsed = annotationSchema.safeParse(candidate)
  if (!parsed.success) return { ok: false, reasons: parsed.error.issues.map(describeIssue) }
  const annotation = parsed.data
  const outside = rangeProblem(annotation.start, annotation.end, index)
  if (outside) return { ok: false, reasons: [outside] }
  if (pieces.length === 1 && first.quote) {
    const anchor = anchorProblem(annotation, text, index)
    return anchor ? { ok: false, reasons: [anchor] } : { ok: true, annotation }
  }
  for (const piece of pieces) {
    const exact = sliceCodePoints(text, index, asCodePoint(piece.start), asCodePoint(piece.end))
    if (piece.quote && piece.quote.exact !== exact) reasons.push(quoteMismatch(piece.start, piece.end))
  }
  if (reasons.length > 0) return { ok: false, reasons }
  return {
    ok: true,
    annotation: { ...annotation, quote: quoteAt(text, index, annotation.start, annotation.end) },
  }
}

function pieceOf(selectors: readonly z.output<typeof typed>[], target: number, reasons: string[]): Piece {
  const position = positionSelector.safeParse(selectors.find((s) => s.type === 'TextPositionSelector'))
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector')
  const parsedQuote = quote ? quoteSelector.safeParse(quote) : null
  if (!position.success) reasons.push(`target ${target + 1} has no valid TextPositionSelector`)
  if (parsedQuote && !parsedQuote.success)
    reasons.push(`target ${target + 1} has an invalid TextQuoteSelector`)
  const { exact, prefix, suffix } = parsedQuote?.data ?? { exact: null, prefix: '', suffix: '' }
  return {
    start: position.data?.start ?? 0,
    end: position.data?.end ?? 0,
    quote: exact === null ? null : { exact, prefix, suffix },
  }
}

function contentOf(
  item: WebAnnotation,
  reasons: string[],
): Pick<Annotation, 'label' | 'attributes' | 'roles' | 'note'> {
  const attributes = new Map<string, string>()
  const roles = new Map<string, RoleFiller[]>()
  const tags: string[] = []
  const notes: string[] = []
  const setAttribute = (key: string, value: string): void => {
    if (attributes.has(key)) reasons.push(`attribute ${key} is given twice`)
    attributes.set(key, value)
  }
  for (const b of item.body) {
    if (b.purpose === PURPOSE.role && b.label !== undefined) {
      const filler: RoleFiller =
        b.type === 'TextualBody' ? { text: b.value } : { ref: idOfAnnotationUrn(b.source) ?? b.source }
      roles.set(b.label, [...(roles.get(b.label) ?? []), filler])
    } else if (b.type !== 'TextualBody')
      reasons.push(`a ${b.type} body with purpose ${b.purpose} is not one Parley writes`)
    else if (b.purpose === PURPOSE.tag) tags.push(b.value)
    else if (b.purpose === PURPOSE.note) notes.push(b.value)
    else if (b.purpose === PURPOSE.attribute && b.value.includes('='))
      setAttribute(b.value.slice(0, b.value.indexOf('=')), b.value.slice(b.value.indexOf('=') + 1))
    else reasons.push(`a body with purpose ${b.purpose} and value "${b.value}" is not one Parley writes`)
  }
  if (tags.length !== 1) reasons.push(`an annotation needs exactly one tagging body, it has ${tags.length}`)
  if (notes.length > 1) reasons.push(`an annotation has at most one commenting body, it has ${notes.length}`)
  const tag = tags[0] ?? ''
  const colon = tag.indexOf(':')
  if (colon !== -1) setAttribute(TYPE_ATTRIBUTE, tag.slice(colon + 1))
  return {
    label: colon === -1 ? tag : tag.slice(0, colon),
    attributes: Object.fromEntries(attributes),
    roles: Object.fromEntries(roles),
    note: notes[0] ?? '',
  }
}
