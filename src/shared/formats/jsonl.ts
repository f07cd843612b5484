// JSONL, one document (and annotator) per line, readable by doccano and by any script:
//   {"annotator", "id", "label": [[start, end, "ENTITY:STATE"], …], "spans": [{…}], "text"}
// Offsets count code points, as doccano's do. `label` is what doccano imports: flat labels (`CATEGORY` or
// `CATEGORY:type`), one entry per piece of a discontinuous span (the only loss). `spans` keeps everything
// else Parley needs to read the line back: ids, fragments, attributes, roles, note, author and times (the
// quote is rebuilt from `text`). Lines sort by document id, then annotator; keys sort too.
import type { Annotation } from '../model/annotation'
import { flatLabel } from '../model/tag-schema'
import { inExportOrder } from './export-order'
import type { CorpusFormat, Loss } from './format'
import { jsonLine } from './json-line'
import { readJsonl } from './jsonl-read'
import { sortedParts, type SortedParts } from './sorted-parts'
import { fileOfPieces, joinedPieces } from './output-pieces'

export const JSONL_FILE = 'annotations.jsonl'

export interface JsonlSpan {
  readonly id: string
  readonly label: string
  readonly start: number
  readonly end: number
  readonly fragments?: readonly { readonly start: number; readonly end: number }[]
  readonly attributes: Annotation['attributes']
  readonly roles: Annotation['roles']
  readonly note: string
  /** The annotation's author. */
  readonly annotator: string
  readonly created: string
  readonly modified: string
}

export interface JsonlLine {
  readonly id: string
  /** Whose annotation set the line holds; absent for a document exported without any set. */
  readonly annotator?: string
  readonly text: string
  readonly label: readonly (readonly [number, number, string])[]
  readonly spans: readonly JsonlSpan[]
}

export const jsonlFormat: CorpusFormat = {
  id: 'jsonl',
  label: 'JSONL (doccano)',
  serialize(input) {
    const lines: string[] = []
    for (const { meta, text, sets } of inExportOrder(input)) {
      // Keys are given in sorted order, so jsonLine has nothing to copy.
      if (sets.length === 0)
        lines.push(jsonLine({ id: meta.id, label: [], spans: [], text } satisfies JsonlLine))
      for (const set of sets) {
        // Every key is given in sorted order; only the stored attributes and roles are sorted here.
        const sorted = sortedParts()
        const line: JsonlLine = {
          annotator: set.annotator,
          id: meta.id,
          label: set.annotations.flatMap(labelEntries),
          spans: set.annotations.map((a) => spanOf(a, sorted)),
          text,
        }
        lines.push(sorted.json(line))
      }
    }
    // Pieces, ending with a newline: `${line}\n` per line would copy every line once more, and one join
    // would make a string of the whole corpus (output-pieces.ts).
    lines.push('')
    return [fileOfPieces(JSONL_FILE, joinedPieces(lines, '\n'))]
  },
  losses(input) {
    const losses: Loss[] = []
    for (const { meta, sets } of inExportOrder(input))
      for (const set of sets)
        for (const a of set.annotations)
          if (a.fragments)
            losses.push({
              documentId: meta.id,
              annotator: set.annotator,
              annotationId: a.id,
              what: `discontinuous span split into ${a.fragments.length} pieces in the label field`,
            })
    return losses
  },
  parse: readJsonl,
}

function labelEntries(a: Annotation): (readonly [number, number, string])[] {
  const label = flatLabel(a)
  return (a.fragments ?? [a]).map(({ start, end }) => [start, end, label] as const)
}

function spanOf(a: Annotation, sorted: SortedParts): JsonlSpan {
  return {
    annotator: a.author,
    attributes: sorted.part(a.attributes),
    created: a.created,
    end: a.end,
    ...(a.fragments ? { fragments: a.fragments.map(({ start, end }) => ({ end, start })) } : {}),
    id: a.id,
    label: a.label,
    modified: a.modified,
    note: a.note,
    roles: sorted.part(a.roles),
    start: a.start,
  }
}
