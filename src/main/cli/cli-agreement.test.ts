// `parley agreement` end to end on a temporary workspace: the sample communiqué with two colleagues' sets
// imported from JSONL (one the fixture's 7 spans, the other the same with one label changed, one span
// moved and one left out), printed as a table, as JSON with the documented keys, and as CSV and Markdown;
// then each wrong usage, with a message that says what to do.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../services/testing/temp-workspace'
import { parley } from './testing/run'

const SAMPLE = 'fixtures/cn-kz-strategic-dialogue-2024-03-29.fr.txt'
const SPANS = 'fixtures/cli/cn-kz-spans.jsonl'
const DOC = 'cn-kz-strategic-dialogue-2024-03-29-fr'
const MEASURE_KEYS = ['alphaU', 'cohenKappa', 'f1Exact', 'f1Overlap', 'fleissKappa', 'krippendorffAlpha']

let dir: string
let ws: string
let remove: () => Promise<void>
beforeEach(async () => {
  ;({ dir, remove } = await makeTempDir('parley-agreement-'))
  ws = join(dir, 'ws')
})
afterEach(() => remove())

/** Aïcha's set is the fixture's; Bruno relabels Murat Nurtleu, lengthens the position, skips an organisation. */
async function seeded(): Promise<void> {
  expect((await parley(['import-text', SAMPLE, '--workspace', ws])).code).toBe(0)
  const line = JSON.parse(await readFile(SPANS, 'utf8')) as { label: [number, number, string][] }
  const bruno = line.label
    .filter(([start, end]) => !(start === 74 && end === 98))
    .map(([start, end, label]): [number, number, string] =>
      start === 139
        ? [start, end, 'ENTITY:STATE']
        : start === 3419
          ? [start, end + 10, label]
          : [start, end, label],
    )
  const brunoFile = join(dir, 'bruno.jsonl')
  await writeFile(brunoFile, `${JSON.stringify({ ...line, label: bruno })}\n`)
  for (const [file, who] of [
    [SPANS, 'Aïcha Benali'],
    [brunoFile, 'Bruno Martin'],
  ] as const)
    expect((await parley(['import-annotations', file, '--workspace', ws, '--annotator', who])).code).toBe(0)
}

describe('parley agreement', () => {
  it('prints the agreement of two imported sets as a table', async () => {
    await seeded()
    const run = await parley(['agreement', '--workspace', ws, '--annotators', 'Aïcha Benali,Bruno Martin'])
    expect(run).toMatchObject({ code: 0, stderr: '' })
    const lines = run.stdout.split('\n')
    expect(lines[0]).toBe('Agreement of Aïcha Benali, Bruno Martin over 1 document')
    expect(lines[2]).toMatch(/^\s+F1 exact\s+F1 overlap\s+Cohen’s κ\s+Fleiss’ κ\s+Krippendorff’s α\s+αu$/)
    // COMMITMENT is the same span in both sets; ENTITY: 3 exact matches of 5 and 4 spans.
    expect(lines.find((l) => l.startsWith('COMMITMENT '))).toMatch(/^COMMITMENT\s+1\.000\s+1\.000\s/)
    expect(lines.find((l) => l.startsWith('ENTITY '))).toMatch(/^ENTITY\s+0\.667\s/)
    expect(lines.find((l) => l.startsWith('  ENTITY:PERSON '))).toBeDefined()
    expect(lines.find((l) => l.startsWith('POSITION '))).toMatch(/^POSITION\s+0\.000\s+1\.000\s/)
    expect(run.stdout).toContain('Disagreements: 3 (label 1, boundary 1, single 1)')
  })

  it('prints the report as JSON with the documented keys', async () => {
    await seeded()
    const run = await parley(
      ['agreement', '--json', '--annotators', 'Aïcha Benali', '--annotators', 'Bruno Martin'],
      {
        PARLEY_WORKSPACE: ws,
      },
    )
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout) as Record<string, unknown> & {
      categories: Record<string, Record<string, unknown>>
      pairs: { annotators: string[]; categories: Record<string, unknown>; overall: unknown }[]
      disagreements: { kind: string; documentId: string }[]
    }
    expect(Object.keys(report).sort()).toEqual([
      'annotators',
      'categories',
      'disagreements',
      'documentIds',
      'overall',
      'pairs',
    ])
    expect(Object.keys(report.categories)).toEqual(['COMMITMENT', 'ENTITY', 'POSITION'])
    for (const figures of Object.values(report.categories))
      expect(Object.keys(figures).sort()).toEqual([...MEASURE_KEYS, 'labels'].sort())
    expect(Object.keys(report.overall as object).sort()).toEqual(MEASURE_KEYS)
    expect(report.categories.ENTITY).toMatchObject({ f1Exact: 6 / 9, fleissKappa: null })
    expect(Object.keys(report.categories.ENTITY!.labels as object)).toEqual([
      'ENTITY:ORGANIZATION',
      'ENTITY:PERSON',
      'ENTITY:STATE',
    ])
    expect(report.annotators).toEqual(['Aïcha Benali', 'Bruno Martin'])
    expect(report.documentIds).toEqual([DOC])
    expect(report.pairs).toHaveLength(1)
    expect(report.pairs[0]!.annotators).toEqual(['Aïcha Benali', 'Bruno Martin'])
    expect(report.pairs[0]!.categories).toEqual(report.categories)
    expect(report.disagreements.map((d) => d.kind).sort()).toEqual(['boundary', 'label', 'single'])
  })

  it('prints the report as CSV or Markdown', async () => {
    await seeded()
    const args = [
      'agreement',
      '--workspace',
      ws,
      '--annotators',
      'Aïcha Benali,Bruno Martin',
      '--document',
      DOC,
    ]
    const csv = await parley([...args, '--format', 'csv'])
    expect(csv.code).toBe(0)
    expect(csv.stdout).toMatch(/^scope,annotators,category,label,f1Exact,f1Overlap,cohenKappa,/)
    expect(csv.stdout).toContain('\r\nall,Aïcha Benali + Bruno Martin,ENTITY,,0.667,')
    const markdown = await parley([...args, '--format', 'markdown'])
    expect(markdown.stdout).toMatch(/^# Agreement\n[^]*## ENTITY\n[^]*\| label \| 1 \|/)
  })
})

describe('parley agreement: wrong usage', () => {
  it.each([
    [['--annotators', 'Aïcha Benali'], /name two or more annotators/],
    [['--annotators', 'Aïcha Benali,Aïcha Benali'], /name two or more annotators/],
    [
      ['--annotators', 'Aïcha Benali,Zoé'],
      /no annotation set by Zoé in this workspace; annotators: Aïcha Benali, Bruno Martin$/m,
    ],
    [
      ['--annotators', 'Aïcha Benali,Bruno Martin', '--document', 'nope'],
      /no document nope in .*; documents: cn-kz/,
    ],
    [['--annotators', 'A,B', '--format', 'xml'], /unknown format xml: csv or markdown/],
    [['--annotators', 'A,B', '--format', 'csv', '--json'], /--json or --format, not both/],
  ])('exits 2: parley agreement %j', async (argv, message) => {
    await seeded()
    const run = await parley(['agreement', '--workspace', ws, ...argv])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(message)
    expect(run.stderr).toContain("Run 'parley agreement --help'")
    expect(run.stdout).toBe('')
  })

  it('is listed in the tool help and has its own', async () => {
    expect((await parley(['--help'])).stdout).toContain('  agreement')
    expect((await parley(['agreement', '--help'])).stdout).toContain('Usage: parley agreement')
  })
})
