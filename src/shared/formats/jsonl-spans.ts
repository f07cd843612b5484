// Turns the spans of one JSONL line into annotations: Parley's own `spans` entries, or doccano's
// `[start, end, "LABEL"]` entries (`CATEGORY:type` splits into the category and `attributes.type`). Either
// way the result passes the shared annotation schema, lies within the line's text, and gets its quote from
// that text. Each problem is a reason naming the span; the caller adds file and line.
import type { Annotation } from '../model/annotation'
import { annotationSchema } from '../model/annotation-schema'
import { quoteAt } from '../model/quote'
import { TYPE_ATTRIBUTE } from '../model/tag-schema'
import type { OffsetIndex } from '../text/offsets'
import { rangeProblem } from './anchor-checks'
import type { ImportContext } from './format'
import { describeIssue } from './schema-issues'

export type SpanRead =
  { readonly ok: true; readonly annotation: Annotation } | { readonly ok: false; readonly reasons: string[] }

const NO_QUOTE = { exact: '', prefix: '', suffix: '' }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A `spans` entry as Parley writes it: the annotation without its quote, `annotator` for `author`. */
export function annotationOfSpan(raw: unknown, what: string, text: string, index: OffsetIndex): SpanRead {
  if (!isRecord(raw)) return { ok: false, reasons: [`${what} is not an object`] }
  const { annotator, ...rest } = raw
  const unexpected = ['quote', 'author'].filter((key) => key in rest)
  if (unexpected.length > 0)
    return { ok: false, reasons: [`${what}: unexpected key ${unexpected.join(', ')}`] }
  return completed({ ...rest, author: annotator }, what, text, index, (path) =>
    path === 'author' ? 'annotator' : path,
  )
}

/** A doccano entry `[start, end, "LABEL"]`, with the id, author and time the file does not give. */
export function annotationOfLabel(
  raw: unknown,
  what: string,
  id: string,
  text: string,
  index: OffsetIndex,
  context: ImportContext,
): SpanRead {
  if (typeof raw === 'string')
    return { ok: false, reasons: [`${what} is a document category (text classification), not a span`] }
  const [start, end, label] = Array.isArray(raw) ? (raw as unknown[]) : []
  if (
    !Array.isArray(raw) ||
    raw.length !== 3 ||
    typeof label !== 'string' ||
    !isWhole(start) ||
    !isWhole(end)
  )
    return { ok: false, reasons: [`${what} must be [start, end, "LABEL"] with whole-number offsets`] }
  if (end < start) return { ok: false, reasons: [`${what}: end ${end} is before start ${start}`] }
  const colon = label.indexOf(':')
  const category = (colon === -1 ? label : label.slice(0, colon)).toUpperCase()
  const type = colon === -1 ? '' : label.slice(colon + 1)
  const candidate = {
    id,
    label: category,
    start,
    end,
    attributes: type ? { [TYPE_ATTRIBUTE]: type } : {},
    roles: {},
    note: '',
    author: context.defaultAnnotator,
    created: context.now,
    modified: context.now,
  }
  return completed(candidate, what, text, index, (path) => (path === 'label' ? 'label (category)' : path))
}

const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value)

function completed(
  candidate: Record<string, unknown>,
  what: string,
  text: string,
  index: OffsetIndex,
  pathName: (path: string) => string,
): SpanRead {
  const parsed = annotationSchema.safeParse({ ...candidate, quote: NO_QUOTE })
  if (!parsed.success)
    return {
      ok: false,
      reasons: parsed.error.issues.map((issue) => {
        const [head, ...tail] = issue.path
        const path = head === undefined ? [] : [pathName(String(head)), ...tail]
        return `${what}: ${describeIssue({ ...issue, path })}`
      }),
    }
  const annotation = parsed.data
  const outside = rangeProblem(annotation.start, annotation.end, index)
  if (outside) return { ok: false, reasons: [`${what}: ${outside}`] }
  return {
    ok: true,
    annotation: { ...annotation, quote: quoteAt(text, index, annotation.start, annotation.end) },
  }
}
