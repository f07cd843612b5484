import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { DEFAULT_TAG_SCHEMA } from '../model/default-tag-schema'
import type { ExportInput, ImportResult, OutputFile } from './format'
import { bratFormat } from './brat'
import { readBratTypes } from './brat-conf-read'
import { ASTRAL_ID, COMMUNIQUE_ID, goldenInput } from './testing/golden-input'
import { phraseAnnotations } from './testing/phrase-annotations'
import { asInput, setsOf, setsRead, testContext } from './testing/round-trip'

const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url))
const input = goldenInput(readFileSync(join(fixtures, 'cn-kz-strategic-dialogue-2024-03-29.fr.txt'), 'utf8'))
const GOLDEN = join(fixtures, 'formats', 'brat')

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
}

/** Compares with fixtures/formats/brat/ byte for byte; UPDATE_GOLDEN=1 rewrites that folder first. */
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

/** The same input with documents, sets and annotations in reverse order. */
const reversed = (source: ExportInput): ExportInput => ({
  ...source,
  documents: [...source.documents].reverse().map((d) => ({
    ...d,
    sets: [...d.sets].reverse().map((s) => ({ ...s, annotations: [...s.annotations].reverse() })),
  })),
})

function documentsOf(result: ImportResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2))
  return result.documents
}

describe('brat export of the golden input', () => {
  const files = bratFormat.serialize(input)

  it('writes the golden files: configs at the root, a folder per document and annotator', () => {
    expectGolden(files)
    expect(files.map((f) => f.path)).toEqual([
      'annotation.conf',
      'visual.conf',
      `${ASTRAL_ID}/${ASTRAL_ID}.txt`,
      `${ASTRAL_ID}/${ASTRAL_ID}.ann`,
      `${COMMUNIQUE_ID}.aicha-benali/${COMMUNIQUE_ID}.txt`,
      `${COMMUNIQUE_ID}.aicha-benali/${COMMUNIQUE_ID}.ann`,
      `${COMMUNIQUE_ID}.jean-dupont/${COMMUNIQUE_ID}.txt`,
      `${COMMUNIQUE_ID}.jean-dupont/${COMMUNIQUE_ID}.ann`,
    ])
  })

  it('gives the same bytes whatever order the input comes in', () => {
    expect(bratFormat.serialize(reversed(input))).toEqual(files)
  })

  it('counts offsets in code points: a Python-style slice of the .txt is each T line’s text', () => {
    const texts = new Map(files.map((f) => [f.path, f.content]))
    const tLines = files
      .filter((f) => f.path.endsWith('.ann'))
      .flatMap((ann) => {
        const chars = Array.from(texts.get(ann.path.replace(/\.ann$/, '.txt'))!)
        return ann.content
          .split('\n')
          .filter((line) => line.startsWith('T'))
          .map((line) => ({ chars, line }))
      })
    expect(tLines).toHaveLength(14)
    for (const { chars, line } of tLines) {
      const [, span, text] = line.split('\t')
      const pieces = span!.slice(span!.indexOf(' ') + 1).split(';')
      const sliced = pieces.map((p) => {
        const [start, end] = p.split(' ').map(Number)
        return chars.slice(start, end).join('')
      })
      expect(sliced.join(' '), line).toBe(text)
    }
    expect(texts.get(`${ASTRAL_ID}/${ASTRAL_ID}.ann`)).toContain('\tENTITY-STATE 17 19\t🇫🇷\n')
  })

  it('lists what brat cannot carry: a free-text role filler, line breaks in a note', () => {
    expect(
      bratFormat.losses(input).map((l) => `${l.annotator} ${l.annotationId.slice(-2)}: ${l.what}`),
    ).toEqual([
      'Aïcha Benali 04: role target: free text « la Chine (intérêts fondamentaux) » (brat relations link two spans)',
      'Aïcha Benali 04: note: line breaks and control characters written as spaces',
    ])
  })

  it('declares each type under its category, so ENTITY-STATE reads back as ENTITY with type STATE', () => {
    const types = readBratTypes(files[0]!.content)
    expect(types.get('ENTITY-STATE')).toEqual({ category: 'ENTITY', type: 'STATE' })
    expect(types.get('COMMITMENT')).toEqual({ category: 'COMMITMENT' })
  })

  it('reads its own export back: same annotations, ids, authors, timestamps and annotator names', () => {
    const documents = documentsOf(bratFormat.parse!(asInput(files), testContext))
    expect(documents.map((d) => [d.name, d.annotator])).toEqual([
      [ASTRAL_ID, 'Aïcha Benali'],
      [COMMUNIQUE_ID, 'Aïcha Benali'],
      [COMMUNIQUE_ID, 'Jean Dupont'],
    ])
    for (const d of documents) expect(d.text).toBe(input.documents.find((s) => s.meta.id === d.name)?.text)
    const expected = setsOf(input)
    for (const [key, annotations] of expected)
      expected.set(
        key,
        annotations.map((a) =>
          a.roles.target ? { ...a, roles: { holder: a.roles.holder! }, note: a.note.replace('\n', ' ') } : a,
        ),
      )
    expect(setsRead(documents)).toEqual(expected)
  })
})

describe('brat edge cases', () => {
  const text =
    'La Chine et le Kazakhstan sont de bons voisins.\nLes deux parties ont convenu de renforcer la coopération Chine-Kazakhstan.\n'
  const annotations = phraseAnnotations(text, 'Claire', [
    { id: 'china', label: 'ENTITY', phrases: ['La Chine'], attributes: { type: 'STATE' } },
    {
      id: 'crossing',
      label: 'ENTITY',
      phrases: ['Chine et le Kazakhstan'],
      attributes: { type: 'NEW TYPE' },
    },
    {
      id: 'across',
      label: 'POSITION',
      phrases: ['bons voisins.\nLes deux parties'],
      attributes: { extra: 'x' },
    },
    { id: 'gap', label: 'POSITION', phrases: ['voisins.', 'Les deux'] },
    { id: 'edge', label: 'POSITION', phrases: ['voisins.\n'], note: 'tab\there, bell\u0007' },
    { id: 'newline', label: 'ENTITY', phrases: ['\n'], attributes: { type: 'OTHER' } },
    {
      id: 'pledge',
      label: 'COMMITMENT',
      phrases: ['renforcer la coopération Chine-Kazakhstan'],
      roles: { actors: [{ ref: 'newline' }, { ref: 'china' }, { ref: 'elsewhere' }] },
    },
  ])
  const edgeInput: ExportInput = {
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
  const files = bratFormat.serialize(edgeInput)
  const ann = files.find((f) => f.path === 'edge/edge.ann')!.content

  it('writes a span across a line break as fragments around it, and reads it back as one span', () => {
    expect(ann).toContain('\tPOSITION 34 47;48 64\tbons voisins. Les deux parties\n')
    const read = documentsOf(bratFormat.parse!(asInput(files), testContext))[0]!
    expect(read.annotations.find((a) => a.id === 'across')).toEqual(
      annotations.find((a) => a.id === 'across'),
    )
  })

  it('keeps types brat cannot name, and attributes the schema does not list, as #A lines', () => {
    expect(ann).toMatch(/\tENTITY 3 25\tChine et le Kazakhstan\n#A1\ttype (T\d+)\tNEW TYPE\n/)
    expect(ann).toMatch(/\n#A2\textra T\d+\tx\n/)
  })

  it('lists what it cannot carry and reads back everything else', () => {
    expect(bratFormat.losses(edgeInput).map((l) => `${l.annotationId}: ${l.what}`)).toEqual([
      'gap: fragments: separated only by line breaks, they read back as one span',
      'edge: span: line breaks at its edges are not carried; reads back as 39–47',
      'edge: note: line breaks and control characters written as spaces',
      'newline: span: holds only line breaks, which a brat line cannot carry; not written',
      'pledge: role actors: its filler newline is not written in this set',
      'pledge: role actors: its filler elsewhere is not written in this set',
    ])
    const read = documentsOf(bratFormat.parse!(asInput(files), testContext))[0]!
    const byId = new Map(read.annotations.map((a) => [a.id, a]))
    const original = new Map(annotations.map((a) => [a.id, a]))
    expect(byId.get('china')).toEqual(original.get('china'))
    expect(byId.get('crossing')).toEqual(original.get('crossing'))
    expect(byId.get('gap')).toMatchObject({ start: 39, end: 56, quote: { exact: 'voisins.\nLes deux' } })
    expect(byId.get('gap')?.fragments).toBeUndefined()
    expect(byId.get('edge')).toMatchObject({ start: 39, end: 47, note: 'tab\there, bell ' })
    expect(byId.has('newline')).toBe(false)
    expect(byId.get('pledge')?.roles).toEqual({ actors: [{ ref: 'china' }] })
  })
})
