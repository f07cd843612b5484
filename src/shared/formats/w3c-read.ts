// Imports W3C Web Annotation files as w3c.ts writes them (`*.jsonld`: an AnnotationCollection with its page
// embedded, or a bare AnnotationPage), with the text `text.txt` beside each file or else the workspace's.
// The document is the one the collection names (`urn:parley:document:<docId>:annotations:…`), else the
// one the first target names, else the file's folder; every target must name that same document. All or
// nothing: every problem is reported at file:line (the line of the annotation's `id`).
import { z } from 'zod'
import type { Annotation } from '../model/annotation'
import { createOffsetIndex } from '../text/offsets'
import type { ImportContext, ImportProblem, ImportResult, InputFile } from './format'
import { folderOf, normalizePath, stemOf, textFor } from './input-files'
import { describeIssue } from './schema-issues'
import { itemLineFinder, lineOfKey } from './text-lines'
import { readSetFiles, type FileRead } from './read-set-files'
import { parseUntrustedJson } from './untrusted-json'
import { annotationOfWebAnnotation, webAnnotationSchema } from './w3c-annotation'
import { documentIdOfUrn, documentUrn } from './w3c-terms'

const page = z.object({
  type: z.literal('AnnotationPage'),
  items: z.array(z.unknown()),
  next: z.undefined().optional(),
})
const collection = z.object({
  type: z.literal('AnnotationCollection'),
  id: z.string().optional(),
  creator: z.object({ name: z.string().min(1) }).optional(),
  first: page,
})
const container = z.union([collection, page], {
  error:
    'expected an AnnotationCollection with its first page embedded, or an AnnotationPage (one page only)',
})

export function readW3c(files: readonly InputFile[], context: ImportContext): ImportResult {
  return readSetFiles(
    files,
    (file) => /\.jsonld?$/.test(normalizePath(file.path)),
    'no Web Annotation file (*.jsonld) among the files',
    (file) => readFile(file, files, context),
  )
}

function readFile(file: InputFile, files: readonly InputFile[], context: ImportContext): FileRead {
  const content = file.content
  const at = (line: number, reason: string, column?: number): ImportProblem =>
    column === undefined ? { file: file.path, line, reason } : { file: file.path, line, column, reason }
  const fail = (...problems: ImportProblem[]): FileRead => ({ ok: false, problems })
  const json = parseUntrustedJson(content)
  if (!json.ok) return fail(at(json.line, json.reason, json.column))
  const shape = container.safeParse(json.value)
  if (!shape.success)
    return fail(
      ...shape.error.issues.map((i) => at(lineOfKey(content, String(i.path[0] ?? 'type')), describeIssue(i))),
    )
  const top = shape.data
  const items = top.type === 'AnnotationPage' ? top.items : top.first.items

  const lineOf = itemLineFinder(content, 'items')
  const parsed = items.map((raw) => ({
    line: lineOf(typeof raw === 'object' && raw !== null && 'id' in raw ? raw.id : undefined),
    item: webAnnotationSchema.safeParse(raw),
  }))
  const ownId = top.type === 'AnnotationCollection' && top.id ? documentIdOfUrn(top.id) : null
  const targeted = parsed
    .flatMap(({ item }) => (item.success ? item.data.target : []))
    .map((t) => documentIdOfUrn(t.source))
  const name = ownId ?? targeted.find((id) => id !== null) ?? nameFromPath(file.path)
  const text = textFor(files, file.path, name, context)
  if (text === null)
    return fail(
      at(0, `no text for document ${name}: ship text.txt beside the file, or import the document first`),
    )
  const index = createOffsetIndex(text)

  const problems: ImportProblem[] = []
  const annotations: Annotation[] = []
  const seen = new Set<string>()
  for (const [i, { line, item }] of parsed.entries()) {
    if (!item.success) {
      problems.push(
        ...item.error.issues.map((issue) => at(line, `annotation ${i + 1}: ${describeIssue(issue)}`)),
      )
      continue
    }
    const read = annotationOfWebAnnotation(item.data, documentUrn(name), text, index)
    if (!read.ok) {
      problems.push(...read.reasons.map((reason) => at(line, `annotation ${item.data.id}: ${reason}`)))
      continue
    }
    if (seen.has(read.annotation.id))
      problems.push(at(line, `annotation id ${read.annotation.id} is used twice`))
    seen.add(read.annotation.id)
    annotations.push(read.annotation)
  }
  if (problems.length > 0) return fail(...problems)
  const annotator = top.type === 'AnnotationCollection' ? (top.creator?.name ?? null) : null
  return { ok: true, document: { name, text, annotator, annotations } }
}

/** The folder holding the file (`<docId>/annotator.jsonld`), or the file's stem when it has none. */
function nameFromPath(path: string): string {
  const folder = folderOf(path).split('/').at(-1) ?? ''
  return folder === '' ? stemOf(path) : folder
}
