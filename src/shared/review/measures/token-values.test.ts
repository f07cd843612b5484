import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../model/annotation'
import { DEFAULT_TAG_SCHEMA } from '../../model/default-tag-schema'
import { conllFormat } from '../../formats/conll'
import type { ExportInput } from '../../formats/format'
import { goldenInput } from '../../formats/testing/golden-input'
import { phraseAnnotations } from '../../formats/testing/phrase-annotations'
import { tokenize } from '../../text/french-words'
import { asCodePoint, asUtf16, createOffsetIndex } from '../../text/offsets'
import { tokenValues } from './token-values'

const communique = readFileSync(
  new URL('../../../../fixtures/cn-kz-strategic-dialogue-2024-03-29.fr.txt', import.meta.url),
  'utf8',
)

/** Per annotator and document, the CoNLL file's tokens and its columns by category, `B-`/`I-` stripped. */
function readExport(input: ExportInput): Map<string, { tokens: string[]; columns: Map<string, string[]> }> {
  const read = new Map<string, { tokens: string[]; columns: Map<string, string[]> }>()
  for (const file of conllFormat.serialize(input)) {
    const lines = file.content.split('\n')
    const categories = lines[0]!.split(' ').slice(3)
    const annotator = lines[1]!.slice('# annotator: '.length)
    let current: { tokens: string[]; columns: Map<string, string[]> } | undefined
    for (const line of lines.slice(2)) {
      if (line.startsWith('-DOCSTART- ')) {
        current = { tokens: [], columns: new Map(categories.map((c) => [c, []])) }
        read.set(`${annotator}/${line.slice('-DOCSTART- '.length)}`, current)
      } else if (line !== '') {
        const [token, ...labels] = line.split('\t')
        current!.tokens.push(token!)
        labels.forEach((label, c) => current!.columns.get(categories[c]!)!.push(label.replace(/^[BI]-/, '')))
      }
    }
  }
  return read
}

/** Checks tokenValues against the CoNLL export for every annotator, document and category. */
function expectSameAsExport(input: ExportInput): void {
  const read = readExport(input)
  const categories = input.schema.categories.map((c) => c.id)
  for (const document of input.documents)
    for (const set of document.sets) {
      const written = read.get(`${set.annotator}/${document.meta.id}`)!
      expect(tokenize(document.text).map((t) => t.text)).toEqual(written.tokens)
      for (const category of categories)
        expect(tokenValues(document.text, set.annotations, category), category).toEqual(
          written.columns.get(category),
        )
    }
}

/** Expected values written one short code per token, e.g. `O S S O` with `{ S: 'ENTITY:STATE' }`. */
const codes = (row: string, labels: Readonly<Record<string, string>>): string[] =>
  row.split(' ').map((code) => labels[code] ?? code)

describe('tokenValues', () => {
  it('gives the tokens and labels of the CoNLL export of the golden input', () => {
    const input = goldenInput(communique)
    expectSameAsExport(input)
    const aicha = input.documents[1]!.sets.find((s) => s.annotator === 'Aïcha Benali')!
    const values = tokenValues(communique, aicha.annotations, 'ENTITY')
    const tokens = tokenize(communique).map((t) => t.text)
    expect(values.slice(tokens.indexOf('Wang'), tokens.indexOf('Wang') + 3)).toEqual([
      'ENTITY:PERSON',
      'ENTITY:PERSON',
      'O',
    ])
  })

  const text =
    'La Chine et le Kazakhstan sont de bons voisins. Les deux parties ont convenu de renforcer la coopération Chine-Kazakhstan.'
  const annotations = phraseAnnotations(text, 'Claire', [
    { id: 'china', label: 'ENTITY', phrases: ['La Chine'], attributes: { type: 'STATE' } },
    { id: 'crossing', label: 'ENTITY', phrases: ['Chine et le Kazakhstan'], attributes: { type: 'OTHER' } },
    { id: 'across', label: 'POSITION', phrases: ['bons voisins. Les deux parties'] },
    {
      id: 'inside',
      label: 'ENTITY',
      phrases: ['Chine'],
      after: 'coopération',
      attributes: { type: 'STATE' },
    },
    { id: 'split', label: 'COMMITMENT', phrases: ['renfor', 'cer la'] },
    { id: 'gap', label: 'COMMITMENT', phrases: ['Les', 'parties'] },
  ])
  const edge: ExportInput = {
    parleyVersion: '0.1.0',
    schema: DEFAULT_TAG_SCHEMA,
    documents: [
      { ...goldenInput(communique).documents[0]!, text, sets: [{ annotator: 'Claire', annotations }] },
    ],
  }

  it('keeps the longer of spans sharing tokens and labels whole tokens, as the CoNLL export does', () => {
    expectSameAsExport(edge)
    // Tokens: La Chine et le Kazakhstan sont de bons voisins . | Les deux parties ont convenu de renforcer
    // la coopération Chine-Kazakhstan .
    // « Chine et le Kazakhstan » (4 tokens) wins over « La Chine » (2); « Chine » inside the compound
    // labels the whole compound.
    expect(tokenValues(text, annotations, 'ENTITY')).toEqual(
      codes('O X X X X O O O O O O O O O O O O O O S O', { X: 'ENTITY:OTHER', S: 'ENTITY:STATE' }),
    )
    // The gap of a discontinuous span is not labelled (« deux »); a sentence end does not cut a span.
    expect(tokenValues(text, annotations, 'COMMITMENT')).toEqual(
      codes('O O O O O O O O O O C O C O O O C C O O O', { C: 'COMMITMENT' }),
    )
    expect(tokenValues(text, annotations, 'POSITION')).toEqual(
      codes('O O O O O O O P P P P P P O O O O O O O O', { P: 'POSITION' }),
    )
  })

  it('writes the full label as it is, where the CoNLL file replaces white space by _', () => {
    const spaced = phraseAnnotations(text, 'Claire', [
      { id: 'spaced', label: 'POSITION', phrases: ['convenu'], attributes: { type: 'two words' } },
    ])
    expect(tokenValues(text, spaced, 'POSITION').filter((v) => v !== 'O')).toEqual(['POSITION:two words'])
  })

  it('tokenises each new text, whatever was asked before', () => {
    const other = 'Wang Yi et Murat Nurtleu.'
    const wang = phraseAnnotations(other, 'Claire', [
      { id: 'wang', label: 'ENTITY', phrases: ['Wang Yi'], attributes: { type: 'PERSON' } },
    ])
    const person = codes('P P O O O O', { P: 'ENTITY:PERSON' })
    expect(tokenValues(other, wang, 'ENTITY')).toEqual(person)
    expect(tokenValues(text, annotations, 'ENTITY')).toHaveLength(21)
    expect(tokenValues(other, wang, 'ENTITY')).toEqual(person)
    expect(tokenValues(other, [], 'ENTITY')).toEqual(codes('O O O O O O', {}))
  })

  it('labels 1 MB of text with 20,000 annotations (its speed is timed outside unit tests)', () => {
    let big = ''
    while (big.length < 1_000_000) big += `${communique}\n`
    const tokens = tokenize(big)
    const index = createOffsetIndex(big)
    const categories = ['ENTITY', 'POSITION', 'COMMITMENT']
    const step = Math.floor(tokens.length / 20_000)
    // Annotation i covers tokens i·step to i·step + (i mod 3); a POSITION (i mod 3 = 1) covers two.
    const many: Annotation[] = Array.from({ length: 20_000 }, (_, i) => ({
      ...annotations[0]!,
      id: `a${i}`,
      label: categories[i % 3]!,
      attributes: {},
      start: asCodePoint(index.toCodePoint(asUtf16(tokens[i * step]!.start))),
      end: asCodePoint(index.toCodePoint(asUtf16(tokens[i * step + (i % 3)]!.end))),
    }))
    const expected = tokens.map(() => 'O')
    for (let i = 1; i < 20_000; i += 3) expected[i * step] = expected[i * step + 1] = 'POSITION'
    expect(tokenValues(big, many, 'POSITION')).toEqual(expected)
  })
})
