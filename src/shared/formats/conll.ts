// CoNLL export (BIO/IOB2 columns), export only. One file per annotator, `<annotator>.conll`, holding the
// documents they annotated, by id: a `-DOCSTART- <docId>` line and a blank line, then one token per line
// as `TOKEN\tCOMMITMENT\tPOSITION\tENTITY` (a column per category, in the tag schema's order, named in the
// `# columns:` line that opens the file), labels `B-ENTITY:STATE`, `I-ENTITY:STATE` or `O`, and a blank
// line after each sentence. Tokens and sentences are the editor's French segmentation (french-words.ts),
// so a CoNLL token is a word the editor snaps to. Only the span and its label are carried; the rest is
// listed as losses (see conll-column.ts for spans that share tokens).
import type { Annotation } from '../model/annotation'
import { flatLabel } from '../model/tag-schema'
import { sentences, tokenize } from '../text/french-words'
import { createOffsetIndex } from '../text/offsets'
import type { AnnotationSetInput, CorpusFormat, ExportInput, Loss, OutputFile } from './format'
import { labelColumn, type ColumnInput } from './conll-column'
import { distinctFileStems } from './annotator-file-stem'
import { byCodeUnits, inExportOrder, type OrderedDocument } from './export-order'
import { fileOfPieces } from './output-pieces'
import { perInput } from './per-input'

/** A label as one column value: white space would split it, so it becomes `_`. */
const columnLabel = (a: Annotation): string => flatLabel(a).replace(/\s+/g, '_')

/** A document cut into the editor's words and sentences, once however many annotators it has. */
interface Segmented extends ColumnInput {
  readonly document: OrderedDocument
}

function segment(document: OrderedDocument): Segmented {
  const { text } = document
  const tokens = tokenize(text)
  const spans = sentences(text, tokens)
  // Sentences run from a token's start to a token's end and cover every token, in order.
  const sentenceOf: number[] = []
  let n = 0
  for (const token of tokens) {
    while (n < spans.length - 1 && token.start >= spans[n]!.end) n++
    sentenceOf.push(n)
  }
  return { document, tokens, sentenceOf, index: createOffsetIndex(text) }
}

/** What the format cannot carry of one annotation, besides its column's losses. */
function annotationLosses(a: Annotation, columns: readonly string[], lose: (what: string) => void): void {
  if (!columns.includes(a.label)) lose(`category ${a.label} is not in the tag schema: no column`)
  const label = flatLabel(a)
  const column = columnLabel(a)
  if (column !== label) lose(`label « ${label} » written as ${column}`)
  const attributes = Object.keys(a.attributes)
    .filter((k) => k !== 'type')
    .sort()
  if (attributes.length > 0) lose(`attributes are not carried by CoNLL: ${attributes.join(', ')}`)
  const roles = Object.keys(a.roles)
    .filter((k) => (a.roles[k] ?? []).length > 0)
    .sort()
  if (roles.length > 0) lose(`roles are not carried by CoNLL: ${roles.join(', ')}`)
  if (a.note !== '') lose('note is not carried by CoNLL')
}

/** The lines of one document for one annotator (annotations in document order), and what they cannot carry. */
function documentLines(
  segmented: Segmented,
  set: AnnotationSetInput,
  columns: readonly string[],
): { lines: string; losses: Loss[] } {
  const { document, tokens, sentenceOf } = segmented
  const annotations = set.annotations
  const lost: { annotation: Annotation; what: string }[] = []
  const columnLabels = columns.map((category) => {
    const column = labelColumn(
      annotations.filter((a) => a.label === category),
      segmented,
      columnLabel,
    )
    lost.push(...column.losses)
    return column.labels
  })
  for (const a of annotations) annotationLosses(a, columns, (what) => lost.push({ annotation: a, what }))
  const order = new Map(annotations.map((a, i) => [a, i]))
  const losses = lost
    .sort((x, y) => order.get(x.annotation)! - order.get(y.annotation)!)
    .map(({ annotation, what }) => ({
      documentId: document.meta.id,
      annotator: set.annotator,
      annotationId: annotation.id,
      what,
    }))

  // Pieces joined once per document (a rope built by `+=` costs more to flatten). Most tokens are outside
  // every span: their columns are one piece, made once.
  const outside = columnLabels.map(() => '\tO').join('')
  const pieces = [`-DOCSTART- ${document.meta.id}\n\n`]
  for (let i = 0; i < tokens.length; i++) {
    pieces.push(tokens[i]!.text)
    if (columnLabels.every((column) => column[i] === 'O')) pieces.push(outside)
    else for (const column of columnLabels) pieces.push('\t', column[i]!)
    pieces.push(sentenceOf[i + 1] !== sentenceOf[i] ? '\n\n' : '\n')
  }
  return { lines: pieces.join(''), losses }
}

/**
 * The files and the losses come from one pass, shared by `serialize` and `losses`. Documents are the outer
 * loop, so each is cut into words once and its tokens are dropped before the next one.
 */
const exportConll = perInput((input: ExportInput): { files: OutputFile[]; losses: Loss[] } => {
  const columns = input.schema.categories.map((c) => c.id)
  const documents = inExportOrder(input)
  const annotators = [...new Set(documents.flatMap((d) => d.sets.map((s) => s.annotator)))].sort(byCodeUnits)
  const parts = new Map(
    annotators.map((annotator) => [
      annotator,
      {
        lines: [`# columns: TOKEN ${columns.join(' ')}\n# annotator: ${annotator.replace(/\s+/g, ' ')}\n`],
        losses: [] as Loss[],
      },
    ]),
  )
  for (const document of documents) {
    const sets = annotators.flatMap((annotator) => document.sets.find((s) => s.annotator === annotator) ?? [])
    if (sets.length === 0) continue
    const segmented = segment(document)
    for (const set of sets) {
      const written = documentLines(segmented, set, columns)
      const part = parts.get(set.annotator)!
      part.lines.push(written.lines)
      part.losses.push(...written.losses)
    }
  }
  const stems = distinctFileStems(annotators)
  return {
    // Each document's lines are one piece (output-pieces.ts): never a string of the whole corpus.
    files: annotators.map((annotator, i) => fileOfPieces(`${stems[i]!}.conll`, parts.get(annotator)!.lines)),
    losses: annotators.flatMap((annotator) => parts.get(annotator)!.losses),
  }
})

export const conllFormat: CorpusFormat = {
  id: 'conll',
  label: 'CoNLL (BIO)',
  serialize: (input) => [...exportConll(input).files],
  losses: (input) => [...exportConll(input).losses],
}
