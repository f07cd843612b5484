// CSV for spreadsheets, export only: `annotations.csv`, one row per annotation with the columns
//   document, annotator, label, type, attributes, start, end, text, note, created, modified
// (`label` is the category, `type` its type, `attributes` the others as `key=value; key=value` sorted by
// key; `start`/`end` in code points; `text` the quote), plus each document's text as `<docId>/text.txt`,
// which the offsets refer to. RFC 4180: CRLF after every record, a field holding `,` `"` CR or LF is quoted
// with `"` doubled; UTF-8, with a BOM on request so Excel reads it as such.
// Spreadsheet formula injection (OWASP "CSV injection"): a field that begins with `=`, `+`, `-`, `@`, tab or
// CR would run as a formula in Excel or LibreOffice, so it is written with a leading `'`, which they read
// as "this is text". That alters such a cell's text by one leading character, on purpose; CSV is for
// reading, and every other format keeps the text as it is.
// Losses: roles (a row has no place for them), and fragments (a discontinuous span is written as its whole
// extent, start to end, with the extent's text).
import type { Annotation } from '../model/annotation'
import { TYPE_ATTRIBUTE } from '../model/tag-schema'
import { byCodeUnits, inExportOrder, textPathOf } from './export-order'
import type { CorpusFormat, Loss, OutputFile } from './format'
import { fileOfPieces, joinedPieces } from './output-pieces'

export const CSV_FILE = 'annotations.csv'
export const CSV_COLUMNS = [
  'document',
  'annotator',
  'label',
  'type',
  'attributes',
  'start',
  'end',
  'text',
  'note',
  'created',
  'modified',
] as const

const FORMULA_START = /^[=+\-@\t\r]/

/** A field as a spreadsheet may safely open it: formula starts defused, then RFC 4180 quoting. */
export function csvField(value: string | number): string {
  const text = String(value)
  const safe = FORMULA_START.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

const record = (fields: readonly (string | number)[]): string => `${fields.map(csvField).join(',')}\r\n`

function row(documentId: string, annotator: string, a: Annotation): string {
  const attributes = Object.entries(a.attributes)
    .filter(([key]) => key !== TYPE_ATTRIBUTE)
    .sort(([x], [y]) => byCodeUnits(x, y))
    .map(([key, value]) => `${key}=${value}`)
    .join('; ')
  const type = a.attributes[TYPE_ATTRIBUTE] ?? ''
  return record([
    documentId,
    annotator,
    a.label,
    type,
    attributes,
    a.start,
    a.end,
    a.quote.exact,
    a.note,
    a.created,
    a.modified,
  ])
}

export const csvFormat: CorpusFormat = {
  id: 'csv',
  label: 'CSV (spreadsheet, export only)',
  serialize(input, options) {
    const documents = inExportOrder(input)
    // Rows joined in pieces (output-pieces.ts): appending them one by one builds a rope that is copied again
    // to write, and one join would make a string of the whole corpus.
    const rows = [options?.bom ? '\uFEFF' : '', record(CSV_COLUMNS)]
    for (const { meta, sets } of documents)
      for (const set of sets) for (const a of set.annotations) rows.push(row(meta.id, set.annotator, a))
    const texts: OutputFile[] = documents.map(({ meta, text }) => ({
      path: textPathOf(meta.id),
      content: text,
    }))
    return [fileOfPieces(CSV_FILE, joinedPieces(rows, '')), ...texts]
  },
  losses(input) {
    const losses: Loss[] = []
    for (const { meta, sets } of inExportOrder(input))
      for (const set of sets)
        for (const a of set.annotations) {
          const loss = (what: string): number =>
            losses.push({ documentId: meta.id, annotator: set.annotator, annotationId: a.id, what })
          const roles = Object.entries(a.roles).filter(([, fillers]) => fillers.length > 0)
          if (roles.length > 0)
            loss(`roles (${roles.map(([role, fillers]) => `${role}: ${fillers.length}`).join(', ')})`)
          if (a.fragments)
            loss(
              `discontinuous span (${a.fragments.length} fragments) written as its whole extent ${a.start}–${a.end}`,
            )
        }
    return losses
  },
}
