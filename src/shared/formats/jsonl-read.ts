// Imports JSONL, one document per line: Parley's own lines (read from `spans`; their `label` field is
// derived from the spans and ignored) and plain doccano lines (`{"text", "label": [[s, e, "X"], …]}` or
// `"labels"`; a numeric doccano `id` becomes the document's name). Blank lines are skipped and `\r\n` is
// accepted; anything else that is wrong (a trailing comma, a truncated line, a wrong type, end before start,
// a span beyond the text, a repeated id or document) refuses the whole import, each problem at file:line.
import type { Annotation } from '../model/annotation'
import { idSchema } from '../model/annotation-schema'
import { createOffsetIndex } from '../text/offsets'
import type { ImportContext, ImportedDocument, ImportProblem, ImportResult, InputFile } from './format'
import { stemOf } from './input-files'
import { annotationOfLabel, annotationOfSpan, type SpanRead } from './jsonl-spans'
import { createSetOwners } from './set-owners'
import { parseUntrustedJson } from './untrusted-json'

interface LineOfFile {
  readonly file: InputFile
  readonly line: number
  readonly content: string
}

type LineRead =
  | { readonly ok: true; readonly document: ImportedDocument }
  | { readonly ok: false; readonly problems: ImportProblem[] }

export function readJsonl(files: readonly InputFile[], context: ImportContext): ImportResult {
  const problems: ImportProblem[] = []
  const documents: ImportedDocument[] = []
  const repeats = createSetOwners()
  for (const file of files) {
    const lines = linesOf(file)
    for (const line of lines) {
      const read = readLine(line, lines.length, context)
      if (!read.ok) {
        problems.push(...read.problems)
        continue
      }
      const repeat = repeats(read.document, `${file.path}:${line.line}`)
      if (repeat !== null) problems.push({ file: file.path, line: line.line, reason: repeat })
      documents.push(read.document)
    }
  }
  if (problems.length === 0 && documents.length === 0)
    problems.push({
      file: files[0]?.path ?? '',
      line: 0,
      reason: 'no document line (one JSON object per line)',
    })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, documents }
}

function linesOf(file: InputFile): LineOfFile[] {
  return file.content
    .split('\n')
    .map((text, i) => ({ file, line: i + 1, content: text.endsWith('\r') ? text.slice(0, -1) : text }))
    .filter((line) => line.content.trim() !== '')
}

function readLine(source: LineOfFile, lineCount: number, context: ImportContext): LineRead {
  const at = (reason: string, column?: number): ImportProblem =>
    column === undefined
      ? { file: source.file.path, line: source.line, reason }
      : { file: source.file.path, line: source.line, column, reason }
  const fail = (...problems: ImportProblem[]): LineRead => ({ ok: false, problems })
  const json = parseUntrustedJson(source.content)
  if (!json.ok) return fail(at(json.reason, json.column))
  const value = json.value
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail(at('a line must hold one JSON object'))
  const record = value as Record<string, unknown>
  if (typeof record.text !== 'string') return fail(at('"text" must be a string'))
  const text = record.text
  const isParley = 'spans' in record
  const name = documentName(record.id, source, lineCount)
  if (name === null) return fail(at('"id" must be a document id (letters, digits, dot, dash or underscore)'))
  const annotator = record.annotator
  if (annotator !== undefined && (typeof annotator !== 'string' || annotator === ''))
    return fail(at('"annotator" must be a non-empty string'))
  const index = createOffsetIndex(text)

  let reads: SpanRead[]
  if (isParley) {
    if (!Array.isArray(record.spans)) return fail(at('"spans" must be a list'))
    reads = (record.spans as unknown[]).map((span, i) => annotationOfSpan(span, `span ${i + 1}`, text, index))
  } else {
    if ('label' in record && 'labels' in record) return fail(at('the line has both "label" and "labels"'))
    const entries = record.label ?? record.labels ?? []
    if (!Array.isArray(entries)) return fail(at('"label" must be a list of [start, end, "LABEL"]'))
    const idPrefix = `imported-${context.now.replace(/[^0-9A-Za-z]/g, '')}-${source.line}`
    reads = (entries as unknown[]).map((entry, i) =>
      annotationOfLabel(entry, `label ${i + 1}`, `${idPrefix}-${i + 1}`, text, index, context),
    )
  }
  const problems: ImportProblem[] = []
  const annotations: Annotation[] = []
  const seen = new Set<string>()
  for (const read of reads) {
    if (!read.ok) problems.push(...read.reasons.map((reason) => at(reason)))
    else if (seen.has(read.annotation.id))
      problems.push(at(`annotation id ${read.annotation.id} is used twice`))
    else {
      seen.add(read.annotation.id)
      annotations.push(read.annotation)
    }
  }
  if (problems.length > 0) return fail(...problems)
  return {
    ok: true,
    document: { name, text, annotator: typeof annotator === 'string' ? annotator : null, annotations },
  }
}

/** The id written in the line (doccano writes numbers), else the file's stem, numbered when it has several. */
function documentName(id: unknown, source: LineOfFile, lineCount: number): string | null {
  if (typeof id === 'number' && Number.isInteger(id) && id >= 0) return String(id)
  if (id !== undefined) return idSchema.safeParse(id).success ? (id as string) : null
  const stem = stemOf(source.file.path) || 'document'
  return lineCount === 1 ? stem : `${stem}-${source.line}`
}
