// The command line end to end on a temporary workspace: the sample text and a JSONL file in, every format
// out, the export validated; then wrong usage (exit 2) and bad input (exit 1, file and line named, the
// workspace untouched).
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fingerprint, makeTempDir } from '../services/testing/temp-workspace'
import { parley } from './testing/run'

const SAMPLE = 'fixtures/cn-kz-strategic-dialogue-2024-03-29.fr.txt'
const SPANS = 'fixtures/cli/cn-kz-spans.jsonl'
const DOC = 'cn-kz-strategic-dialogue-2024-03-29-fr'

let dir: string
let ws: string
let remove: () => Promise<void>
beforeEach(async () => {
  ;({ dir, remove } = await makeTempDir('parley-cli-'))
  ws = join(dir, 'ws')
})
afterEach(() => remove())

async function seeded(): Promise<void> {
  expect(await parley(['import-text', SAMPLE, '--workspace', ws])).toEqual({
    code: 0,
    stdout: `${DOC}\n`,
    stderr: '',
  })
  const imported = await parley([
    'import-annotations',
    SPANS,
    '--workspace',
    ws,
    '--annotator',
    'Aïcha Benali',
  ])
  expect(imported).toMatchObject({ code: 0, stderr: '' })
  expect(imported.stdout).toBe('imported 7 annotations by Aïcha Benali into 1 document\n')
}

describe('parley', () => {
  it('imports a text and a JSONL file, exports every format, and validates the export', async () => {
    await seeded()
    const stats = await parley(['stats', '--json'], { PARLEY_WORKSPACE: ws })
    expect(stats.code).toBe(0)
    expect(JSON.parse(stats.stdout)).toMatchObject({
      documents: 1,
      annotations: 7,
      annotators: { 'Aïcha Benali': 7 },
      categories: { COMMITMENT: 1, ENTITY: 5, POSITION: 1 },
      labels: { 'ENTITY:ORGANIZATION': 2, 'ENTITY:PERSON': 2, 'ENTITY:STATE': 1 },
    })
    expect((await parley(['stats', '--workspace', ws])).stdout).toMatch(
      /Annotations: 7\n[^]*ENTITY:PERSON\s+2/,
    )

    const out = join(dir, 'out')
    const exported = await parley([
      'export',
      '--workspace',
      ws,
      '--format',
      'parley,jsonl,brat',
      '--format',
      'conll,w3c,csv',
      '--out',
      out,
    ])
    expect(exported.code).toBe(0)
    expect(exported.stdout).toBe(`exported 1 document, 7 annotations (Aïcha Benali) to ${out}\n`)
    expect(exported.stderr).toMatch(
      /^conll cannot carry 1 thing of 1 annotation:\n {2}.*overlaps ENTITY:ORGANIZATION/,
    )
    const validated = await parley(['validate', out])
    expect(validated).toEqual({
      code: 0,
      stdout: 'valid: 4 files, 4 annotation sets, 28 annotations\n',
      stderr: '',
    })
    expect((await parley(['validate', join(out, 'brat', DOC, `${DOC}.ann`), '--text', SAMPLE])).code).toBe(0)

    const again = join(dir, 'again')
    expect((await parley(['export', '--workspace', ws, '--format', 'all', '--out', again])).code).toBe(0)
    expect(await fingerprint(again)).toEqual(await fingerprint(out))
    const taken = await parley(['export', '--workspace', ws, '--format', 'jsonl', '--out', out])
    expect(taken).toMatchObject({ code: 1, stderr: expect.stringContaining('already exists') as string })
  })

  it('stops with --strict when a format would lose something, and writes nothing', async () => {
    await seeded()
    const strict = await parley([
      'export',
      '--workspace',
      ws,
      '--format',
      'conll',
      '--out',
      join(dir, 'c'),
      '--strict',
    ])
    expect(strict.code).toBe(1)
    expect(strict.stderr).toMatch(/conll cannot carry[^]*--strict: nothing was written/)
    expect(
      (await parley(['export', '--workspace', ws, '--format', 'parley', '--out', join(dir, 'p'), '--strict']))
        .code,
    ).toBe(0)
    expect(Object.keys(await fingerprint(dir)).filter((p) => p.startsWith('c'))).toEqual([])
  })

  it('exports only the chosen annotators and documents', async () => {
    await seeded()
    const nobody = await parley([
      'export',
      '--workspace',
      ws,
      '--format',
      'jsonl',
      '--out',
      join(dir, 'x'),
      '--curated',
    ])
    expect(nobody).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/no annotation set by curated/) as string,
    })
    const missing = await parley([
      'export',
      '--workspace',
      ws,
      '--format',
      'jsonl',
      '--out',
      join(dir, 'x'),
      '--document',
      'nope',
    ])
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringMatching(/no document nope/) as string })
    const chosen = await parley([
      'export',
      '--workspace',
      ws,
      '--format',
      'jsonl',
      '--out',
      join(dir, 'x'),
      '--document',
      DOC,
      '--annotator',
      'Aïcha Benali',
    ])
    expect(chosen.code).toBe(0)
  })

  it('prints help for the tool and for each command', async () => {
    const help = await parley(['--help'])
    expect(help.code).toBe(0)
    for (const name of ['import-text', 'import-annotations', 'export', 'validate', 'stats']) {
      expect(help.stdout).toContain(`  ${name}`)
      const own = await parley([name, '--help'])
      expect(own).toMatchObject({
        code: 0,
        stdout: expect.stringContaining(`Usage: parley ${name}`) as string,
      })
    }
    expect((await parley(['help', 'export'])).stdout).toContain('--strict')
  })
})

describe('parley exit codes', () => {
  it.each([
    [[], /Usage: parley COMMAND/],
    [['frobnicate'], /unknown command frobnicate/],
    [['stats', '--workspace'], /--workspace needs a value/],
    [['stats', '--verbose', '--workspace', 'x'], /unknown option --verbose/],
    [['stats'], /say which workspace/],
    [['export', '--workspace', 'x', '--out', 'y'], /say which formats/],
    [['export', '--workspace', 'x', '--format', 'xml', '--out', 'y'], /unknown format xml/],
    [['export', '--workspace', 'x', '--format', 'csv'], /--out DIR/],
    [['import-text', '--workspace', 'x'], /at least one text file/],
    [['import-annotations', 'a.jsonl', '--label-map', 'ORG', '--workspace', 'x'], /FROM=TO/],
    [['validate'], /at least one annotation file/],
    [['stats', '--json=yes', '--workspace', 'x'], /--json takes no value/],
  ])('exits 2 on wrong usage: parley %j', async (argv, message) => {
    const run = await parley(argv)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(message)
    expect(run.stdout).toBe('')
  })

  it('exits 1 on bad input, naming the file and line, and leaves the workspace as it was', async () => {
    await seeded()
    const bad = join(dir, 'bad.jsonl')
    await writeFile(
      bad,
      `{"id": "${DOC}", "text": "x", "label": []}\n{"text": "La Chine", "label": [[0, 8, "ENTITY"]],}\n`,
    )
    const before = await fingerprint(ws)
    const run = await parley(['import-annotations', bad, '--workspace', ws, '--annotator', 'Claire'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`${bad}:2:`)
    expect(run.stderr).toMatch(/not valid JSON/)
    expect(await fingerprint(ws)).toEqual(before)
  })

  it('exits 1 when validate finds a bad span, with file:line: reason', async () => {
    await mkdir(join(dir, 'b'))
    await writeFile(join(dir, 'b', 'd.txt'), 'La Chine et le Kazakhstan.\n')
    await writeFile(join(dir, 'b', 'd.ann'), 'T1\tENTITY 0 8\tLa Chine\nT2\tENTITY 15 99\tKazakhstan\n')
    const run = await parley(['validate', join(dir, 'b')])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`${join(dir, 'b')}/d.ann:2: offsets beyond the end of the text`)
  })

  it.each([
    [['import-text', 'fixtures/text/binary.png'], /binary\.png: .*binary file/],
    [['import-text', 'no/such/file.txt'], /no such file or folder/],
    [['stats'], /holds no Parley workspace/],
    [['validate', 'fixtures/formats/conll/jean-dupont.conll'], /not an annotation file Parley reads/],
  ])('exits 1 on bad input: parley %j', async (argv, message) => {
    const run = await parley([
      ...argv,
      ...(argv[0] === 'validate' ? [] : ['--workspace', join(dir, 'empty')]),
    ])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(message)
  })
})
