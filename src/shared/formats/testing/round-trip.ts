// What round-trip tests compare: the import context they read with, and an export input's annotation sets
// in the order an import should give them back (keyed by document and annotator).
import { sortAnnotations, type Annotation } from '../../model/annotation'
import type { ExportInput, ImportContext, ImportedDocument, InputFile, OutputFile } from '../format'

export const testContext: ImportContext = {
  textOf: () => null,
  now: '2024-05-01T10:00:00.000Z',
  defaultAnnotator: 'Importer',
}

const key = (document: string, annotator: string | null): string => `${document} / ${annotator ?? '-'}`

/** Every set of the input, with its annotations in document order. */
export function setsOf(input: ExportInput): Map<string, Annotation[]> {
  const sets = new Map<string, Annotation[]>()
  for (const document of input.documents)
    for (const set of document.sets)
      sets.set(key(document.meta.id, set.annotator), sortAnnotations([...set.annotations]))
  return sets
}

/** What an import gave back, in the same shape as `setsOf`. */
export function setsRead(documents: readonly ImportedDocument[]): Map<string, Annotation[]> {
  return new Map(documents.map((d) => [key(d.name, d.annotator), sortAnnotations([...d.annotations])]))
}

/** Output files as an import receives them. */
export const asInput = (files: readonly OutputFile[]): InputFile[] =>
  files.map(({ path, content }) => ({ path, content }))
