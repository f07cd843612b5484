// The one order every export writes in, so the same input always gives the same bytes: documents by id,
// annotation sets by annotator name (code-unit order, never the machine's locale), annotations in document
// order. Each set also gets its distinct file stem here, so every format names files alike. The order is
// worked out once per input and shared by every format of an export (the result must not be changed).
import { sortAnnotations, type Annotation } from '../model/annotation'
import type { DocumentMeta } from '../model/document'
import { distinctFileStems } from './annotator-file-stem'
import type { ExportDocument, ExportInput } from './format'
import { perInput } from './per-input'

export interface OrderedSet {
  readonly annotator: string
  /** The set's file name without extension: `aicha-benali`. */
  readonly fileStem: string
  readonly annotations: readonly Annotation[]
}

export interface OrderedDocument {
  readonly meta: DocumentMeta
  readonly text: string
  readonly sets: readonly OrderedSet[]
}

/** Compares by UTF-16 code units, the same on every machine (unlike `localeCompare`). */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

export const inExportOrder: (input: ExportInput) => readonly OrderedDocument[] = perInput((input) =>
  [...input.documents].sort((a, b) => byCodeUnits(a.meta.id, b.meta.id)).map(orderDocument),
)

function orderDocument(document: ExportDocument): OrderedDocument {
  const sets = [...document.sets].sort((a, b) => byCodeUnits(a.annotator, b.annotator))
  const stems = distinctFileStems(sets.map((set) => set.annotator))
  return {
    meta: document.meta,
    text: document.text,
    sets: sets.map((set, i) => ({
      annotator: set.annotator,
      fileStem: stems[i] ?? set.annotator,
      annotations: sortAnnotations([...set.annotations]),
    })),
  }
}

/** The path of a document's canonical text in every export that ships it beside its annotations. */
export const textPathOf = (documentId: string): string => `${documentId}/text.txt`
