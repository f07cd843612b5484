// One annotator's values for one category, token by token, for the token-level measures (kappas, alpha):
// the tokens are the CoNLL export's (`tokenize`, the editor's French words) and each value is the full label
// (`ENTITY:STATE`) of the span of that category covering the token, or `O`. It is the CoNLL column without
// its `B-`/`I-` prefixes, made by the same `labelColumn`, so a token is covered in the same way (a span
// edge inside a token labels the whole token) and where spans of the category share a token the longer one
// wins. Two small differences from the file: the value is `flatLabel` as it is (the file writes white space
// in a label as `_`), and sentences are not cut, since a sentence end only turns an `I-` into a `B-`.
// A report asks for every annotator and category of the same document in turn, so the last text's tokens
// are kept: tokenising is most of the cost.
import type { Annotation } from '../../model/annotation'
import { flatLabel } from '../../model/tag-schema'
import { labelColumn, type ColumnInput } from '../../formats/conll-column'
import { tokenize } from '../../text/french-words'
import { createOffsetIndex } from '../../text/offsets'

let last: { readonly text: string; readonly input: ColumnInput } | undefined

function columnInput(text: string): ColumnInput {
  if (last?.text !== text) {
    const tokens = tokenize(text)
    last = {
      text,
      input: { tokens, sentenceOf: new Array<number>(tokens.length).fill(0), index: createOffsetIndex(text) },
    }
  }
  return last.input
}

/** The value of each token of `tokenize(text)` for `category`: a full label, or `O`. */
export function tokenValues(text: string, annotations: readonly Annotation[], category: string): string[] {
  const column = labelColumn(
    annotations.filter((a) => a.label === category),
    columnInput(text),
    flatLabel,
  )
  // `B-ENTITY:STATE` and `I-ENTITY:STATE` → `ENTITY:STATE`, one string per label rather than per token.
  const values = new Map<string, string>([['O', 'O']])
  return column.labels.map((label) => {
    let value = values.get(label)
    if (value === undefined) values.set(label, (value = label.slice(2)))
    return value
  })
}
