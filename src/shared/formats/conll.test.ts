import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { Annotation } from '../model/annotation'
import { DEFAULT_TAG_SCHEMA } from '../model/default-tag-schema'
import { flatLabel } from '../model/tag-schema'
import { sentences, tokenize } from '../text/french-words'
import { createOffsetIndex } from '../text/offsets'
import type { ExportInput, OutputFile } from './format'
import { conllFormat } from './conll'
import { ASTRAL_ID, COMMUNIQUE_ID, goldenInput } from './testing/golden-input'
import { phraseAnnotations } from './testing/phrase-annotations'

const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url))
const input = goldenInput(readFileSync(join(fixtures, 'cn-kz-strategic-dialogue-2024-03-29.fr.txt'), 'utf8'))
const GOLDEN = join(fixtures, 'formats', 'conll')

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
}

/** Compares with fixtures/formats/conll/ byte for byte; UPDATE_GOLDEN=1 rewrites that folder first. */
function expectGolden(files: readonly OutputFile[]): void {
  if (process.env.UPDATE_GOLDEN === '1') {
    rmSync(GOLDEN, { recursive: true, force: true })
    for (const file of files) {
      mkdirSync(dirname(join(GOLDEN, file.path)), { recursive: true })
      writeFileSync(join(GOLDEN, file.path), file.content, 'utf8')
    }
  }
  expect(filesUnder(GOLDEN)).toEqual(files.map((f) => f.path).sort())
  for (const file of files) {
    const golden = readFileSync(join(GOLDEN, file.path))
    expect(golden.toString('utf8'), file.path).toBe(file.content)
    expect(golden.equals(Buffer.from(file.content, 'utf8')), file.path).toBe(true)
  }
}

interface ReadDocument {
  readonly id: string
  /** One entry per sentence: its tokens, each `[token, ...labels]`. */
  readonly sentences: string[][][]
}

/** Reads a CoNLL file back: the header's columns, and per document its sentences of labelled tokens. */
function readConll(content: string): { columns: string[]; documents: ReadDocument[] } {
  const lines = content.split('\n')
  expect(lines.pop()).toBe('')
  const columns = /^# columns: (.*)$/.exec(lines[0]!)![1]!.split(' ')
  const documents: { id: string; sentences: string[][][] }[] = []
  let sentence: string[][] = []
  for (const line of lines.slice(2)) {
    const docStart = /^-DOCSTART- (.*)$/.exec(line)
    if (docStart) documents.push({ id: docStart[1]!, sentences: [] })
    else if (line === '') {
      if (sentence.length > 0) documents.at(-1)!.sentences.push(sentence)
      sentence = []
    } else {
      const cells = line.split('\t')
      expect(cells).toHaveLength(columns.length)
      sentence.push(cells)
    }
  }
  return { columns, documents }
}

/** Runs `start end label` (token indices in the document) of one column, checking that they are valid BIO. */
function runsOf(labels: readonly string[], sentenceOf: readonly number[]): string[] {
  const runs: string[] = []
  let open: { start: number; label: string } | null = null
  const close = (end: number): void => {
    if (open) runs.push(`${open.start} ${end} ${open.label}`)
    open = null
  }
  labels.forEach((label, i) => {
    if (label === 'O') return close(i)
    const [, bio, name] = /^([BI])-(.+)$/.exec(label)!
    if (bio === 'B' || open?.label !== name || sentenceOf[i] !== sentenceOf[i - 1]) {
      expect(bio, `token ${i}: I- must continue a run of its sentence`).toBe('B')
      close(i)
      open = { start: i, label: name! }
    }
    if (
      labels[i + 1] === undefined ||
      !labels[i + 1]!.startsWith('I-') ||
      sentenceOf[i + 1] !== sentenceOf[i]
    )
      close(i + 1)
  })
  return runs
}

/** The oracle: tokens each fragment overlaps (fragments sharing a token join), cut at sentence ends. */
function expectedRuns(text: string, annotation: Annotation): string[] {
  const tokens = tokenize(text)
  const spans = sentences(text, tokens)
  const sentenceOf = tokens.map((t) => spans.findIndex((s) => t.start >= s.start && t.end <= s.end))
  const index = createOffsetIndex(text)
  const groups: number[][] = []
  for (const f of annotation.fragments ?? [annotation]) {
    const covered = tokens.flatMap((t, i) =>
      t.end > index.toUtf16(f.start) && t.start < index.toUtf16(f.end) ? [i] : [],
    )
    const last = groups.at(-1)
    if (last && covered[0] !== undefined && covered[0] <= last.at(-1)!)
      last.push(...covered.filter((i) => i > last.at(-1)!))
    else if (covered.length > 0) groups.push(covered)
  }
  return groups.flatMap((covered) => {
    const runs: string[] = []
    let start = covered[0]!
    covered.forEach((i, k) => {
      const next = covered[k + 1]
      if (next === undefined || sentenceOf[next] !== sentenceOf[i]) {
        runs.push(`${start} ${i + 1} ${flatLabel(annotation).replace(/\s+/g, '_')}`)
        start = next!
      }
    })
    return runs
  })
}

/** Checks every column of every document against the annotations the losses do not call unwritten. */
function expectLabelsMatch(corpus: ExportInput): void {
  const notWritten = new Set(
    conllFormat
      .losses(corpus)
      .filter((l) => l.what.endsWith('not written'))
      .map((l) => `${l.annotator}/${l.annotationId}`),
  )
  for (const file of conllFormat.serialize(corpus)) {
    const read = readConll(file.content)
    const annotator = /^# annotator: (.*)$/m.exec(file.content)![1]!
    for (const document of read.documents) {
      const source = corpus.documents.find((d) => d.meta.id === document.id)!
      const tokens = document.sentences.flat()
      expect(tokens.map((t) => t[0])).toEqual(tokenize(source.text).map((t) => t.text))
      expect(document.sentences).toHaveLength(sentences(source.text, tokenize(source.text)).length)
      const sentenceOf = document.sentences.flatMap((s, n) => s.map(() => n))
      const set = source.sets.find((s) => s.annotator === annotator)!
      read.columns.slice(1).forEach((category, c) => {
        const written = set.annotations.filter(
          (a) => a.label === category && !notWritten.has(`${annotator}/${a.id}`),
        )
        const expected = written.flatMap((a) => expectedRuns(source.text, a)).sort()
        expect(
          runsOf(
            tokens.map((t) => t[c + 1]!),
            sentenceOf,
          ).sort(),
          `${document.id} ${category}`,
        ).toEqual(expected)
      })
    }
  }
}

/** The same input with documents, sets and annotations in reverse order. */
const reversed = (source: ExportInput): ExportInput => ({
  ...source,
  documents: [...source.documents].reverse().map((d) => ({
    ...d,
    sets: [...d.sets].reverse().map((s) => ({ ...s, annotations: [...s.annotations].reverse() })),
  })),
})

describe('CoNLL export of the golden input', () => {
  const files = conllFormat.serialize(input)

  it('writes the golden files: one per annotator, documents by id, a column per category', () => {
    expectGolden(files)
    expect(files.map((f) => f.path)).toEqual(['aicha-benali.conll', 'jean-dupont.conll'])
    const aicha = files[0]!.content
    expect(aicha.startsWith('# columns: TOKEN COMMITMENT POSITION ENTITY\n# annotator: Aïcha Benali\n')).toBe(
      true,
    )
    expect(aicha.indexOf(`-DOCSTART- ${ASTRAL_ID}\n\n`)).toBeLessThan(
      aicha.indexOf(`-DOCSTART- ${COMMUNIQUE_ID}\n\n`),
    )
    expect(aicha).toContain('𠮷\tO\tO\tB-ENTITY:OTHER\ndit\tO\tO\tO\n👍🏽\tO\tO\tB-ENTITY:OTHER\n')
    expect(aicha).toContain('Wang\tO\tO\tB-ENTITY:PERSON\nYi\tO\tO\tI-ENTITY:PERSON\n')
  })

  it('gives the same bytes whatever order the input comes in', () => {
    expect(conllFormat.serialize(reversed(input))).toEqual(files)
  })

  it('labels, read back from the file, match the annotations token by token', () => {
    expectLabelsMatch(input)
  })

  it('lists what CoNLL cannot carry', () => {
    const losses = conllFormat
      .losses(input)
      .map((l) => `${l.annotator} ${l.annotationId.slice(-2)}: ${l.what}`)
    expect(losses).toContain(
      'Aïcha Benali 03: overlaps ENTITY:ORGANIZATION « Bureau politique du Comité central du P… » (3f1c2a10-0000-4000-8000-000000000002) in its column: not written',
    )
    expect(losses).toContain('Aïcha Benali 06: discontinuous span written as 2 runs')
    expect(losses).toContain('Aïcha Benali 04: roles are not carried by CoNLL: holder, target')
    expect(losses).toContain('Aïcha Benali 04: note is not carried by CoNLL')
    expect(losses).toContain('Aïcha Benali 13: attributes are not carried by CoNLL: canonical')
    expect(losses.filter((l) => l.startsWith('Jean Dupont'))).toEqual([
      'Jean Dupont 10: attributes are not carried by CoNLL: domain, kind',
    ])
  })
})

describe('CoNLL edge cases', () => {
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
    { id: 'space', label: 'COMMITMENT', phrases: [' '], after: 'renforcer' },
    { id: 'split', label: 'COMMITMENT', phrases: ['renfor', 'cer la'] },
    { id: 'odd', label: 'OPINION', phrases: ['voisins'] },
    { id: 'spaced', label: 'POSITION', phrases: ['convenu'], attributes: { type: 'two words' } },
  ])
  const edge: ExportInput = {
    parleyVersion: '0.1.0',
    schema: DEFAULT_TAG_SCHEMA,
    documents: [
      {
        ...input.documents[0]!,
        meta: { ...input.documents[0]!.meta, id: 'edge' },
        text,
        sets: [{ annotator: 'Claire', annotations }],
      },
    ],
  }

  it('keeps the longer of two spans sharing tokens, labels whole tokens, and starts a B- run per sentence', () => {
    expectLabelsMatch(edge)
    const content = conllFormat.serialize(edge)[0]!.content
    expect(content).toContain('Chine-Kazakhstan\tO\tO\tB-ENTITY:STATE\n')
    expect(content).toContain('voisins\tO\tI-POSITION\tO\n.\tO\tI-POSITION\tO\n\nLes\tO\tB-POSITION\tO\n')
    expect(content).toContain('renforcer\tB-COMMITMENT\tO\tO\nla\tI-COMMITMENT\tO\tO\n')
    expect(content).toContain('convenu\tO\tB-POSITION:two_words\tO\n')
  })

  it('lists each of those losses', () => {
    expect(conllFormat.losses(edge).map((l) => `${l.annotationId}: ${l.what}`)).toEqual([
      'china: overlaps ENTITY:OTHER « Chine et le Kazakhstan » (crossing) in its column: not written',
      'across: span crosses a sentence end: written as 2 runs, one per sentence',
      'odd: category OPINION is not in the tag schema: no column',
      'spaced: label « POSITION:two words » written as POSITION:two_words',
      'split: span boundary inside token « renforcer »: the whole token is labelled',
      'split: discontinuous span written as one run: its fragments share tokens',
      'space: span covers no token: not written',
      'inside: span boundary inside token « Chine-Kazakhstan »: the whole token is labelled',
    ])
  })
})
