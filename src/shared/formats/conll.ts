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
import type {
  AnnotationSetInput,
  CorpusFormat,
  ExportDocument,
  ExportInput,
  Loss,
  OutputFile,
} from './format'
import { labelColumn } from './conll-column'
import { distinctFileStems } from './annotator-file-stem'
import { byCodeUnits, inExportOrder } from './export-order'

/** A label as one column value: white space would split it, so it becomes `_`. */
const columnLabel = (a: Annotation): string => flatLabel(a).replace(/\s+/g, '_')

/** The lines of one document for one annotator (annotations in document order), and what they cannot carry. */
function documentLines(
  document: ExportDocument,
  set: AnnotationSetInput,
  columns: readonly string[],
): { lines: string[]; losses: Loss[] } {
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
  const input = { tokens, sentenceOf, index: createOffsetIndex(text) }
  const annotations = set.annotations
  const lost: { annotation: Annotation; what: string }[] = []
  const columnLabels = columns.map((category) => {
    const column = labelColumn(
      annotations.filter((a) => a.label === category),
      input,
      columnLabel,
    )
    lost.push(...column.losses)
    return column.labels
  })
  for (const a of annotations) {
    const lose = (what: string): void => {
      lost.push({ annotation: a, what })
    }
    if (!columns.includes(a.label)) lose(`category ${a.label} is not in the tag schema: no column`)
    if (columnLabel(a) !== flatLabel(a)) lose(`label « ${flatLabel(a)} » written as ${columnLabel(a)}`)
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
  const order = new Map(annotations.map((a, i) => [a, i]))
  const losses = lost
    .sort((x, y) => order.get(x.annotation)! - order.get(y.annotation)!)
    .map(({ annotation, what }) => ({
      documentId: document.meta.id,
      annotator: set.annotator,
      annotationId: annotation.id,
      what,
    }))

  const lines = [`-DOCSTART- ${document.meta.id}`, '']
  for (const [i, token] of tokens.entries()) {
    lines.push([token.text, ...columnLabels.map((labels) => labels[i]!)].join('\t'))
    if (sentenceOf[i + 1] !== sentenceOf[i]) lines.push('')
  }
  return { lines, losses }
}

function exportConll(input: ExportInput): { files: OutputFile[]; losses: Loss[] } {
  const columns = input.schema.categories.map((c) => c.id)
  const documents = inExportOrder(input)
  const annotators = [...new Set(documents.flatMap((d) => d.sets.map((s) => s.annotator)))].sort(byCodeUnits)
  const stems = distinctFileStems(annotators)
  const files: OutputFile[] = []
  const losses: Loss[] = []
  for (const [i, annotator] of annotators.entries()) {
    const lines = [`# columns: TOKEN ${columns.join(' ')}`, `# annotator: ${annotator.replace(/\s+/g, ' ')}`]
    for (const document of documents) {
      const set = document.sets.find((s) => s.annotator === annotator)
      if (!set) continue
      const written = documentLines(document, set, columns)
      lines.push(...written.lines)
      losses.push(...written.losses)
    }
    files.push({ path: `${stems[i]!}.conll`, content: lines.map((line) => `${line}\n`).join('') })
  }
  return { files, losses }
}

export const conllFormat: CorpusFormat = {
  id: 'conll',
  label: 'CoNLL (BIO)',
  serialize: (input) => exportConll(input).files,
  losses: (input) => exportConll(input).losses,
}
