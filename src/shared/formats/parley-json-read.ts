// Imports Parley annotation-set files. Each `*.json` is checked whole: JSON syntax, the file's shape, every
// annotation against the shared annotation schema, unique ids, every span within its text (`text.txt`
// beside the file, else the workspace's text of that document) and quoting it exactly. Nothing is imported
// unless every file passes; each problem names the file, the line and the reason.
import type { Annotation } from '../model/annotation'
import { annotationSchema } from '../model/annotation-schema'
import { createOffsetIndex } from '../text/offsets'
import { anchorProblem } from './anchor-checks'
import type { ImportContext, ImportProblem, ImportResult, InputFile } from './format'
import { normalizePath, textFor } from './input-files'
import { setFileSchema, setHeaderSchema } from './parley-json-file'
import { describeIssue } from './schema-issues'
import { itemLineFinder, lineOfKey, lineOfMember } from './text-lines'
import { readSetFiles, type FileRead } from './read-set-files'
import { parseUntrustedJson } from './untrusted-json'

export function readParleySets(files: readonly InputFile[], context: ImportContext): ImportResult {
  return readSetFiles(
    files,
    (file) => normalizePath(file.path).endsWith('.json'),
    'no Parley annotation set (*.json) among the files',
    (file) => readSetFile(file, files, context),
  )
}

function readSetFile(file: InputFile, files: readonly InputFile[], context: ImportContext): FileRead {
  const content = file.content
  const at = (line: number, reason: string, column?: number): ImportProblem =>
    column === undefined ? { file: file.path, line, reason } : { file: file.path, line, column, reason }
  const fail = (...problems: ImportProblem[]): FileRead => ({ ok: false, problems })

  const json = parseUntrustedJson(content)
  if (!json.ok) return fail(at(json.line, json.reason, json.column))
  const header = setHeaderSchema.safeParse(json.value)
  const shape = header.success ? setFileSchema.safeParse(json.value) : header
  if (!shape.success)
    return fail(
      ...shape.error.issues.map((i) => at(lineOfKey(content, String(i.path[0] ?? '')), describeIssue(i))),
    )
  const set = shape.data

  const text = textFor(files, file.path, set.document.id, context)
  if (text === null)
    return fail(
      at(
        0,
        `no text for document ${set.document.id}: ship text.txt beside the file, or import the document first`,
      ),
    )
  const index = createOffsetIndex(text)
  const problems: ImportProblem[] = []
  if (index.codePointLength !== set.document.length)
    problems.push(
      at(
        lineOfMember(content, 'length', set.document.length),
        `the text has ${index.codePointLength} code points, the file says ${set.document.length} (source changed?)`,
      ),
    )
  const lineOf = itemLineFinder(content, 'annotations')
  const seen = new Set<string>()
  const annotations: Annotation[] = []
  set.annotations.forEach((raw, i) => {
    const line = lineOf(typeof raw === 'object' && raw !== null && 'id' in raw ? raw.id : undefined)
    const parsed = annotationSchema.safeParse(raw)
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(at(line, `annotation ${i + 1}: ${describeIssue(issue)}`))
      return
    }
    const annotation = parsed.data
    if (seen.has(annotation.id)) problems.push(at(line, `annotation id ${annotation.id} is used twice`))
    seen.add(annotation.id)
    const anchor = anchorProblem(annotation, text, index)
    if (anchor) problems.push(at(line, `annotation ${annotation.id}: ${anchor}`))
    annotations.push(annotation)
  })
  if (problems.length > 0) return fail(...problems)
  return { ok: true, document: { name: set.document.id, text, annotator: set.annotator, annotations } }
}
