// Reads a batch of annotation files with the corpus formats: decodes each (import-annotations-decode.ts),
// picks its format from its name, and parses each annotation file on its own, with the batch's texts
// (`NAME.txt` beside a brat `.ann`, `text.txt` beside Parley JSON or W3C files) and brat configurations
// beside it, so every document read is tied to the file it came from. Every problem of every file is
// collected; the caller refuses the whole batch if there is any. Used by the import and by `parley validate`.
import type {
  FormatId,
  ImportContext,
  ImportedDocument,
  ImportProblem,
  InputFile,
} from '@shared/formats/format'
import { byCodeUnits } from '@shared/formats/export-order'
import { normalizePath } from '@shared/formats/input-files'
import { formatById, formatForFile } from '@shared/formats/registry'
import { decodeAnnotationFile, type AnnotationFileBytes } from './import-annotations-decode'

/** One document (one annotator's set of it) read from one file. */
export interface ReadUnit {
  readonly file: string
  readonly format: FormatId
  /** The file's decoded text, to find lines in it later. */
  readonly content: string
  readonly document: ImportedDocument
}

/** What could be read, and every problem; a file with a problem gives no unit. */
export interface ReadOutcome {
  readonly units: readonly ReadUnit[]
  readonly problems: readonly ImportProblem[]
}

export const SUPPORTED_FILES =
  '.json (Parley), .jsonl (JSONL/doccano), .ann with its .txt (brat), .jsonld (W3C Web Annotation)'

/** Files that only accompany annotation files: texts and brat configurations. */
const isCompanion = (name: string): boolean => /\.(txt|conf)$/i.test(name)

export function readAnnotationFiles(
  files: readonly AnnotationFileBytes[],
  context: ImportContext,
): ReadOutcome {
  const problems: ImportProblem[] = []
  const names = files.map((f) => normalizePath(f.name))
  const annStems = new Set(names.filter((n) => /\.ann$/i.test(n)).map((n) => n.slice(0, -'.ann'.length)))
  const companions: InputFile[] = []
  const primaries: { path: string; format: FormatId; content: string }[] = []
  const seen = new Set<string>()
  for (const [i, file] of files.entries()) {
    const path = names[i]!
    if (seen.has(path)) {
      problems.push({ file: path, line: 0, reason: 'the same file is given twice' })
      continue
    }
    seen.add(path)
    const format = formatForFile(path)
    if (format === null && !isCompanion(path)) {
      problems.push({
        file: path,
        line: 0,
        reason: `not an annotation file Parley reads (${SUPPORTED_FILES})`,
      })
      continue
    }
    const isBratText = /\.txt$/i.test(path) && annStems.has(path.slice(0, -'.txt'.length))
    const decoded = decodeAnnotationFile({ name: path, bytes: file.bytes }, isBratText)
    if (!decoded.ok) problems.push(decoded.problem)
    else if (format === null) companions.push({ path, content: decoded.content })
    else primaries.push({ path, format, content: decoded.content })
  }
  if (primaries.length === 0 && problems.length === 0)
    problems.push({ file: '', line: 0, reason: `no annotation file among the files (${SUPPORTED_FILES})` })

  const units: ReadUnit[] = []
  for (const { path, format, content } of primaries.sort((a, b) => byCodeUnits(a.path, b.path))) {
    const reader = formatById(format)
    if (!reader?.parse) {
      problems.push({ file: path, line: 0, reason: `Parley exports ${format} but does not import it` })
      continue
    }
    const own: InputFile = { path, content }
    // A JSONL reader reads every file it is given as JSONL: it gets its own file only.
    const result = reader.parse(format === 'jsonl' ? [own] : [own, ...companions], context)
    if (!result.ok) problems.push(...result.problems)
    else for (const document of result.documents) units.push({ file: path, format, content, document })
  }
  return { units, problems: sortProblems(problems) }
}

export const sortProblems = (problems: readonly ImportProblem[]): ImportProblem[] =>
  [...problems].sort((a, b) => byCodeUnits(a.file, b.file) || a.line - b.line)

/** `file:line` (`file:line:column`), or the file alone when the problem is about the whole file. */
export const locationOf = ({ file, line, column }: Omit<ImportProblem, 'reason'>): string =>
  `${file || '(import)'}${line > 0 ? `:${line}` : ''}${line > 0 && column !== undefined ? `:${column}` : ''}`

/** `file:line: reason`, as the command line and messages write a problem. */
export const describeProblem = (problem: ImportProblem): string => `${locationOf(problem)}: ${problem.reason}`
