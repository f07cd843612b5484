// Parley JSON, the native exchange format: one file per (document, annotator), `<docId>/<annotator>.json`,
// holding the annotations exactly as the workspace stores them, with the canonical text beside it as
// `<docId>/text.txt`. Written with sorted keys and `\n` endings, so equal input gives equal bytes; carries
// everything, so it loses nothing. The shape is in parley-json-file.ts, the import in parley-json-read.ts.
import { stableStringify } from '../storage/stable-json'
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

export const parleyJsonFormat: CorpusFormat = {
  id: 'parley-json',
  label: 'Parley JSON (one file per document and annotator)',
  serialize(input) {
    const files: OutputFile[] = []
    for (const document of inExportOrder(input)) {
      files.push({ path: textPathOf(document.meta.id), content: document.text })
      for (const set of document.sets)
        files.push({
          path: `${document.meta.id}/${set.fileStem}.json`,
          content: stableStringify(setFile(input, document, set)),
        })
    }
    return files
  },
  losses: () => [],
  parse: readParleySets,
}

function setFile(input: ExportInput, document: OrderedDocument, set: OrderedSet): ParleyAnnotationSetFile {
  const { id, title, fileName, textSha256 } = document.meta
  return {
    format: PARLEY_SET_FORMAT,
    formatVersion: PARLEY_SET_FORMAT_VERSION,
    parleyVersion: input.parleyVersion,
    document: { id, title, fileName, textSha256, length: codePointLength(document.text) },
    annotator: set.annotator,
    tagSchemaVersion: input.schema.version,
    annotations: set.annotations.map(storedAnnotation),
  }
}
