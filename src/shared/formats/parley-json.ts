// Parley JSON, the native exchange format: one file per (document, annotator), `<docId>/<annotator>.json`,
// holding the annotations exactly as the workspace stores them, with the canonical text beside it as
// `<docId>/text.txt`. Written with sorted keys, one annotation per line and `\n` endings, so equal input
// gives equal bytes; carries everything, so it loses nothing. The shape is in parley-json-file.ts, the
// import in parley-json-read.ts.
import { codePointLength } from '../text/offsets'
import { inExportOrder, textPathOf, type OrderedDocument, type OrderedSet } from './export-order'
import type { CorpusFormat, ExportInput, OutputFile } from './format'
import {
  PARLEY_SET_FORMAT,
  PARLEY_SET_FORMAT_VERSION,
  storedAnnotation,
  type ParleyAnnotationSetFile,
} from './parley-json-file'
import { readParleySets } from './parley-json-read'
import { itemLinePieces } from './item-lines'
import { fileOfPieces } from './output-pieces'
import { sortedParts } from './sorted-parts'

export const parleyJsonFormat: CorpusFormat = {
  id: 'parley-json',
  label: 'Parley JSON (one file per document and annotator)',
  separableByDocument: true,
  serialize(input) {
    const files: OutputFile[] = []
    for (const document of inExportOrder(input)) {
      files.push({ path: textPathOf(document.meta.id), content: document.text })
      for (const set of document.sets)
        files.push(
          fileOfPieces(`${document.meta.id}/${set.fileStem}.json`, setFilePieces(input, document, set)),
        )
    }
    return files
  },
  losses: () => [],
  parse: readParleySets,
}

/**
 * The set's file with sorted keys, as stableStringify would write it but for its annotations, one compact
 * line each (item-lines.ts): every object here is built with its keys in sorted order (storedAnnotation's
 * too), so only the stored attributes and roles need sorting.
 */
function setFilePieces(input: ExportInput, document: OrderedDocument, set: OrderedSet): string[] {
  const { id, title, fileName, textSha256 } = document.meta
  const sorted = sortedParts()
  const file: ParleyAnnotationSetFile = {
    annotations: [],
    annotator: set.annotator,
    document: { fileName, id, length: codePointLength(document.text), textSha256, title },
    format: PARLEY_SET_FORMAT,
    formatVersion: PARLEY_SET_FORMAT_VERSION,
    parleyVersion: input.parleyVersion,
    tagSchemaVersion: input.schema.version,
  }
  const annotations = set.annotations.map((a) => storedAnnotation(a, sorted.part))
  return [...itemLinePieces({ ...file }, ['annotations'], annotations, (a) => sorted.json(a)), '\n']
}
