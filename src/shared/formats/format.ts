// What every corpus format shares: the input an export serialises (documents with their canonical text
// and one or more annotation sets), the files it writes, what it cannot carry (so nothing is dropped
// silently), and what an import yields or why it refuses, with file, line and reason.
import type { Annotation } from '../model/annotation'
import type { DocumentMeta } from '../model/document'
import type { TagSchema } from '../model/tag-schema'

export type FormatId = 'parley-json' | 'jsonl' | 'brat' | 'conll' | 'w3c' | 'csv'

export interface AnnotationSetInput {
  /** The annotator's name, or `curated` for the gold set. */
  readonly annotator: string
  readonly annotations: readonly Annotation[]
}

export interface ExportDocument {
  readonly meta: DocumentMeta
  /** The canonical text the offsets refer to (decoded, BOM removed, `\n` line endings). */
  readonly text: string
  readonly sets: readonly AnnotationSetInput[]
}

export interface ExportInput {
  readonly documents: readonly ExportDocument[]
  readonly schema: TagSchema
  readonly parleyVersion: string
}

/** A file to write, with a `/`-separated path relative to the export folder. */
export interface OutputFile {
  readonly path: string
  readonly content: string
  /**
   * The same text in pieces (`content` is their concatenation, made on first read), none splitting a
   * surrogate pair: a writer encodes them one by one instead of making one string of megabytes, whose
   * fresh memory costs more than the encoding (see output-pieces.ts).
   */
  readonly pieces?: readonly string[]
}

/** An annotation, or a part of it, that a format cannot carry. */
export interface Loss {
  readonly documentId: string
  readonly annotator: string
  readonly annotationId: string
  /** What is lost, in words: "roles (actors)", "second fragment", "overlaps another ENTITY". */
  readonly what: string
}

export interface ExportOptions {
  /** CSV only: start the file with a UTF-8 BOM so Excel reads it as UTF-8. */
  readonly bom?: boolean
}

/** An input file of an import, as text (decoded by the caller). */
export interface InputFile {
  readonly path: string
  readonly content: string
}

export interface ImportProblem {
  readonly file: string
  /** 1-based; 0 when the problem is about the whole file. */
  readonly line: number
  readonly column?: number
  readonly reason: string
}

export interface ImportedDocument {
  /** The document's name (file stem or the id written in the file). */
  readonly name: string
  /** The text the annotations refer to, when the format carries it. */
  readonly text: string | null
  readonly annotator: string | null
  readonly annotations: readonly Annotation[]
}

export type ImportResult =
  | { readonly ok: true; readonly documents: readonly ImportedDocument[] }
  | { readonly ok: false; readonly problems: readonly ImportProblem[] }

export interface ImportContext {
  /** Texts of the workspace's documents by name, for formats that do not ship the text. */
  readonly textOf: (name: string) => string | null
  /** Used for ids and times of annotations the file does not identify. */
  readonly now: string
  readonly defaultAnnotator: string
}

export interface CorpusFormat {
  readonly id: FormatId
  readonly label: string
  serialize(input: ExportInput, options?: ExportOptions): OutputFile[]
  /**
   * True when each document's files depend on that document alone (with the schema and Parley version):
   * serialising the documents one at a time gives the same files, so an export can write each document's
   * files before making the next one's instead of holding the whole corpus's at once.
   */
  readonly separableByDocument?: boolean
  /** What this format would not carry of the input: listed before writing, so the analyst can stop. */
  losses(input: ExportInput): Loss[]
  /** Absent for formats Parley only exports (CoNLL, CSV). */
  parse?(files: readonly InputFile[], context: ImportContext): ImportResult
}
