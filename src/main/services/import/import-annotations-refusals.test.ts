// Every malformed input the import must refuse: each is reported at file:line with its reason, nothing is
// imported, and the workspace stays byte for byte as it was.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportProblem } from '@shared/formats/format'
import { fingerprint } from '../testing/temp-workspace'
import type { Workspace } from '../workspace/workspace'
import { importAnnotationFiles } from './import-annotations'
import { file, importWorkspace, jsonl, jsonlSpan, NOW, VOISINS } from './testing/import-workspace'

let workspace: Workspace
let remove: () => Promise<void>
beforeEach(async () => {
  ;({ workspace, remove } = await importWorkspace())
})
afterEach(() => remove())

type Files = Parameters<typeof importAnnotationFiles>[1]

async function refused(files: Files, options = { annotator: 'Claire' }): Promise<ImportProblem[]> {
  const before = await fingerprint(workspace.root)
  const result = await importAnnotationFiles(workspace, files, { ...options, now: NOW })
  expect(await fingerprint(workspace.root)).toEqual(before)
  if (result.ok) throw new Error('expected the import to be refused')
  expect(result.error.code).toBe('invalid-import')
  return [...result.error.problems]
}

const doccano = (label: unknown[]) => jsonl({ id: 'voisins', text: VOISINS, label })

const truncatedSet = `{
  "format": "parley-annotation-set",
  "formatVersion": 1,
  "annotations": [
    {
      "id": "a1",
      "label": "ENTITY",`

const cases: { name: string; files: Files; file: string; line: number; reason: RegExp }[] = [
  {
    name: 'truncated JSON',
    files: [file('voisins/claire.json', truncatedSet)],
    file: 'voisins/claire.json',
    line: 7,
    reason: /not valid JSON/,
  },
  {
    name: 'a __proto__ key',
    files: [
      file('p.jsonl', `{"id": "voisins", "text": "La Chine", "label": [], "__proto__": {"admin": true}}\n`),
    ],
    file: 'p.jsonl',
    line: 1,
    reason: /__proto__/,
  },
  {
    name: 'offsets out of range',
    files: [
      file(
        'range.jsonl',
        '\n' +
          doccano([
            [0, 8, 'ENTITY'],
            [40, 400, 'ENTITY'],
          ]),
      ),
    ],
    file: 'range.jsonl',
    line: 2,
    reason: /label 2: 40–400 is beyond the end of the text \(48 code points\)/,
  },
  {
    name: 'end before start',
    files: [file('inverted.jsonl', doccano([[15, 8, 'ENTITY']]))],
    file: 'inverted.jsonl',
    line: 1,
    reason: /end 8 is before start 15/,
  },
  {
    name: 'wrong span text in a .ann',
    files: [
      file('b/voisins.txt', VOISINS),
      file('b/voisins.ann', 'T1\tENTITY 0 8\tLa Chine\nT2\tENTITY 15 25\tKazakstan\n'),
    ],
    file: 'b/voisins.ann',
    line: 2,
    reason: /span text « Kazakstan » is not the text at these offsets, « Kazakhstan »/,
  },
  {
    name: 'offsets that count CR characters of a CRLF brat text',
    files: [
      file('c/voisins.txt', 'Ligne une\r\nLa Chine\r\n'),
      file('c/voisins.ann', 'T1\tENTITY 11 19\tLa Chine\n'),
    ],
    file: 'c/voisins.ann',
    line: 1,
    reason: /count CR characters/,
  },
  {
    name: 'a lone surrogate written as an escape',
    files: [file('s.jsonl', '{"id": "voisins", "text": "La Chine \\ud800", "label": []}\n')],
    file: 's.jsonl',
    line: 1,
    reason: /lone surrogate/,
  },
  {
    name: 'a lone surrogate encoded in the bytes (not UTF-8)',
    files: [
      file(
        'raw.jsonl',
        new Uint8Array([...new TextEncoder().encode('{"text": "a\n'), 0xed, 0xa0, 0x80, 0x22, 0x7d]),
      ),
    ],
    file: 'raw.jsonl',
    line: 2,
    reason: /not valid UTF-8: byte 0xED at position 12/,
  },
  {
    name: 'a label the tag schema does not know',
    files: [
      file(
        'l.jsonl',
        doccano([
          [0, 8, 'ENTITY'],
          [15, 25, 'ORG'],
          [26, 46, 'ORG'],
        ]),
      ),
    ],
    file: 'l.jsonl',
    line: 1,
    reason: /unknown label ORG \(2 spans, the first here\); map it/,
  },
  {
    name: 'a role pointing at no annotation',
    files: [
      file(
        'r.jsonl',
        jsonl({
          id: 'voisins',
          annotator: 'Aïcha Benali',
          text: VOISINS,
          label: [],
          spans: [
            jsonlSpan(VOISINS, 'pos', 'POSITION', 'sont de bons voisins', {
              roles: { holder: [{ ref: 'x' }] },
            }),
          ],
        }),
      ),
    ],
    file: 'r.jsonl',
    line: 1,
    reason: /its role holder refers to x, which is neither in the file nor in Aïcha Benali's set/,
  },
  {
    name: 'a file Parley does not read',
    files: [file('notes.docx', 'PK')],
    file: 'notes.docx',
    line: 0,
    reason: /not an annotation file Parley reads/,
  },
]

describe('importAnnotationFiles refuses malformed input, changing nothing', () => {
  it.each(cases)('$name', async ({ files, file: name, line, reason }) => {
    const problems = await refused(files)
    expect(problems).toContainEqual(
      expect.objectContaining({ file: name, line, reason: expect.stringMatching(reason) }),
    )
  })

  it('reports the problems of every file at once', async () => {
    const problems = await refused(cases.flatMap((c) => c.files))
    for (const { file: name, line } of cases)
      expect(problems).toContainEqual(expect.objectContaining({ file: name, line }))
  })

  it('asks who made the annotations when neither the file nor the caller says', async () => {
    const problems = await refused([file('who.jsonl', doccano([[0, 8, 'ENTITY']]))], { annotator: '' })
    expect(problems).toEqual([
      { file: 'who.jsonl', line: 0, reason: 'say who made these annotations: --annotator NAME' },
    ])
  })

  it('refuses to merge into another annotator whose set has the same file name', async () => {
    const first = await importAnnotationFiles(workspace, [file('a.jsonl', doccano([[0, 8, 'ENTITY']]))], {
      annotator: 'Aïcha Benali',
      now: NOW,
    })
    expect(first.ok).toBe(true)
    await workspace.annotations.flush()
    const problems = await refused([file('b.jsonl', doccano([[15, 25, 'ENTITY']]))], {
      annotator: 'aicha benali',
    })
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'b.jsonl',
        reason: expect.stringMatching(
          /aicha benali's annotations would go into Aïcha Benali's file/,
        ) as string,
      }),
    ])
  })

  it('refuses a label map that points outside the tag schema', async () => {
    const before = await fingerprint(workspace.root)
    const result = await importAnnotationFiles(workspace, [file('l.jsonl', doccano([[0, 8, 'ORG']]))], {
      annotator: 'Claire',
      labelMap: { ORG: 'ENTITY:COMPANY' },
    })
    expect(result.ok || result.error.message).toMatch(/ORG → ENTITY:COMPANY: ENTITY:COMPANY is not a label/)
    expect(await fingerprint(workspace.root)).toEqual(before)
  })
})
