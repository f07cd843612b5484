import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { InputFile } from './format'
import { JSONL_FILE, jsonlFormat, type JsonlLine } from './jsonl'
import { ASTRAL_ID, ASTRAL_TEXT, COMMUNIQUE_ID, goldenInput } from './testing/golden-input'
import { asInput, setsOf, setsRead, testContext } from './testing/round-trip'

const communique = readFileSync(
  new URL('../../../fixtures/cn-kz-strategic-dialogue-2024-03-29.fr.txt', import.meta.url),
  'utf8',
)
const input = goldenInput(communique)
const [output] = jsonlFormat.serialize(input)
const lines = (output?.content ?? '').split('\n').filter(Boolean)
const parse = (files: readonly InputFile[]) => {
  if (!jsonlFormat.parse) throw new Error('JSONL reads its own files')
  return jsonlFormat.parse(files, testContext)
}
const file = (...content: string[]): InputFile[] => [
  { path: 'data/doccano.jsonl', content: content.join('\n') },
]
const problemsOf = (files: readonly InputFile[]) => {
  const result = parse(files)
  if (result.ok) throw new Error('expected the import to be refused')
  return result.problems
}
const documentsOf = (files: readonly InputFile[]) => {
  const result = parse(files)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.documents
}

describe('JSONL export', () => {
  it('writes one line per document and annotator, sorted, ending with a newline', () => {
    expect(output?.path).toBe(JSONL_FILE)
    expect(output?.content.endsWith('}\n')).toBe(true)
    const heads = lines.map((line) => JSON.parse(line) as JsonlLine).map((l) => [l.id, l.annotator])
    expect(heads).toEqual([
      [ASTRAL_ID, 'Aïcha Benali'],
      [COMMUNIQUE_ID, 'Aïcha Benali'],
      [COMMUNIQUE_ID, 'Jean Dupont'],
    ])
  })

  it('writes flat labels, one entry per piece of a discontinuous span, and reports that as a loss', () => {
    const line = JSON.parse(lines[1] ?? '{}') as JsonlLine
    expect(line.label.filter(([, , label]) => label === 'COMMITMENT')).toEqual([
      [2302, 2323, 'COMMITMENT'],
      [2481, 2542, 'COMMITMENT'],
    ])
    expect(line.text.slice(2481, 2542)).toBe('renforcer la coopération en matière de capacité de production')
    expect(line.label).toContainEqual([17, 24, 'ENTITY:PERSON'])
    expect(line.spans.find((s) => s.label === 'COMMITMENT')?.fragments).toHaveLength(2)
    expect(jsonlFormat.losses(input)).toEqual([
      {
        documentId: COMMUNIQUE_ID,
        annotator: 'Aïcha Benali',
        annotationId: '3f1c2a10-0000-4000-8000-000000000006',
        what: 'discontinuous span split into 2 pieces in the label field',
      },
    ])
  })

  it('counts offsets in code points: a Python-style slice of the text is each span', () => {
    const line = JSON.parse(lines[0] ?? '{}') as JsonlLine
    const slices = line.label.map(([s, e]) => Array.from(line.text).slice(s, e).join(''))
    expect(slices).toEqual(['𠮷', '👍🏽', '🇫🇷', 'e\u0301lan'])
  })

  it('writes a document without annotation sets as a line without annotator', () => {
    const [only] = input.documents
    if (!only) throw new Error('no document')
    const [bare] = jsonlFormat.serialize({ ...input, documents: [{ ...only, sets: [] }] })
    expect(bare?.content).toBe(
      `${JSON.stringify({ id: ASTRAL_ID, label: [], spans: [], text: ASTRAL_TEXT })}\n`,
    )
  })
})

describe('JSONL import', () => {
  it('reads back exactly what it wrote', () => {
    const documents = documentsOf(asInput(jsonlFormat.serialize(input)))
    expect(setsRead(documents)).toEqual(setsOf(input))
    expect(documents.map((d) => d.text)).toEqual([ASTRAL_TEXT, communique, communique])
  })

  it('reads a plain doccano file: category and type from CATEGORY:type, code-point offsets', () => {
    const [document] = documentsOf(
      file(
        JSON.stringify({
          text: ASTRAL_TEXT,
          label: [
            [3, 4, 'ENTITY:OTHER'],
            [9, 11, 'person'],
          ],
        }),
      ),
    )
    expect(document).toMatchObject({ name: 'doccano', text: ASTRAL_TEXT, annotator: null })
    expect(document?.annotations).toEqual([
      {
        id: 'imported-20240501T100000000Z-1-1',
        label: 'ENTITY',
        start: 3,
        end: 4,
        quote: { exact: '𠮷', prefix: 'Le ', suffix: ' dit 👍🏽 à la 🇫🇷 : e\u0301lan.\n' },
        attributes: { type: 'OTHER' },
        roles: {},
        note: '',
        author: 'Importer',
        created: testContext.now,
        modified: testContext.now,
      },
      expect.objectContaining({
        label: 'PERSON',
        attributes: {},
        quote: expect.objectContaining({ exact: '👍🏽' }),
      }),
    ])
  })

  it('reads doccano "labels", numeric ids, CRLF and blank lines; names lines without id by file and line', () => {
    const documents = documentsOf(
      file(
        '{"id": 7, "text": "Wang Yi", "labels": [[0, 7, "ENTITY:PERSON"]]}\r',
        '',
        '{"text": "Astana", "label": []}',
      ),
    )
    expect(documents.map((d) => [d.name, d.annotations.length])).toEqual([
      ['7', 1],
      ['doccano-3', 0],
    ])
  })

  it.each([
    ['a trailing comma', '{"text": "x", "label": [],}', /^not valid JSON: /],
    ['a truncated line', '{"text": "x", "label": [[0, 1', /^not valid JSON: /],
    ['a line that is not an object', '[1, 2]', /^a line must hold one JSON object$/],
    ['text of the wrong type', '{"text": 3, "label": []}', /^"text" must be a string$/],
    ['label of the wrong type', '{"text": "x", "label": {}}', /^"label" must be a list/],
    [
      'an entry of the wrong shape',
      '{"text": "x", "label": [[0, "1", "X"]]}',
      /^label 1 must be \[start, end, "LABEL"\]/,
    ],
    ['end before start', '{"text": "xyz", "label": [[2, 1, "X"]]}', /^label 1: end 1 is before start 2$/],
    [
      'an empty span',
      '{"text": "xyz", "label": [[1, 1, "X"]]}',
      /^label 1: end: end must be greater than start$/,
    ],
    [
      'a span beyond the text',
      '{"text": "x𠮷", "label": [[0, 3, "X"]]}',
      /^label 1: 0–3 is beyond the end of the text \(2 code points\)$/,
    ],
    ['document categories', '{"text": "x", "label": ["positive"]}', /^label 1 is a document category/],
    ['both label and labels', '{"text": "x", "label": [], "labels": []}', /^the line has both/],
    ['a bad document id', '{"id": "../x", "text": "x", "label": []}', /^"id" must be a document id/],
    ['a lone surrogate', '{"text": "\\ud800", "label": []}', /lone surrogate/],
    ['a prototype key', '{"__proto__": {"polluted": 1}, "text": "x", "label": []}', /"__proto__" is refused/],
  ])('refuses %s, at file:line', (_what, line, reason) => {
    const problems = problemsOf(file('{"text": "ok", "label": []}', line))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ file: 'data/doccano.jsonl', line: 2 })
    expect(problems[0]?.reason).toMatch(reason)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('gives the column of a JSON syntax error within its line', () => {
    expect(problemsOf(file('{"text": "x",, "label": []}'))[0]).toMatchObject({ line: 1, column: 14 })
  })

  it('refuses a repeated span id and a repeated document line of one annotator', () => {
    const line = lines[2] ?? ''
    const twice = line.replace('-000000000010"', '-000000000009"')
    expect(problemsOf(file(twice)).map((p) => p.reason)).toEqual([
      'annotation id 3f1c2a10-0000-4000-8000-000000000009 is used twice',
    ])
    expect(problemsOf(file(line, line))).toEqual([
      {
        file: 'data/doccano.jsonl',
        line: 2,
        reason: `Jean Dupont's set of document ${COMMUNIQUE_ID} is already in data/doccano.jsonl:1`,
      },
    ])
  })

  it('checks Parley spans with the annotation schema, naming the span and the field', () => {
    const bad = (lines[2] ?? '').replace(
      '"annotator":"Jean Dupont","attributes":{"type"',
      '"annotator":"","attributes":{"type"',
    )
    expect(problemsOf(file(bad)).map((p) => p.reason)).toEqual([
      'span 1: annotator: Too small: expected string to have >=1 characters',
    ])
    const extra = (lines[2] ?? '').replace('"note":""', '"note":"","quote":{}')
    expect(problemsOf(file(extra)).map((p) => p.reason)).toContain('span 1: unexpected key quote')
  })

  it('says when a file holds no document line', () => {
    expect(problemsOf(file('', '  '))).toEqual([
      { file: 'data/doccano.jsonl', line: 0, reason: 'no document line (one JSON object per line)' },
    ])
  })
})
