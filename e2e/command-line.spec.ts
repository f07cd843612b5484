// The built command line, as a pipeline runs it after `npm install`: import the sample text and a JSONL
// file of spans, export every format, validate what was exported; wrong usage and bad input exit 2 and 1.
import { spawnSync } from 'node:child_process'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'

const root = join(import.meta.dirname, '..')
const parley = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'bin/parley.mjs'), ...args], { encoding: 'utf8' })

test('imports a text and a JSONL file, exports every format and validates the export', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'parley-cli-'))
  try {
    const workspace = join(dir, 'workspace')
    const text = parley(
      'import-text',
      join(root, 'fixtures/cn-kz-strategic-dialogue-2024-03-29.fr.txt'),
      '--workspace',
      workspace,
    )
    expect(text.status, text.stderr).toBe(0)
    expect(text.stdout.trim()).toBe('cn-kz-strategic-dialogue-2024-03-29-fr')

    const spans = parley(
      'import-annotations',
      join(root, 'fixtures/cli/cn-kz-spans.jsonl'),
      '--workspace',
      workspace,
      '--annotator',
      'Aïcha Benali',
    )
    expect(spans.status, spans.stderr).toBe(0)

    const out = join(dir, 'export')
    const exported = parley(
      'export',
      '--workspace',
      workspace,
      '--format',
      'parley,jsonl,brat,conll,w3c,csv',
      '--out',
      out,
    )
    expect(exported.status, exported.stderr).toBe(0)
    expect((await readdir(out)).sort()).toEqual([
      'brat',
      'conll',
      'csv',
      'jsonl',
      'manifest.json',
      'parley-json',
      'w3c',
    ])

    const validated = parley('validate', out)
    expect(validated.status, validated.stderr).toBe(0)

    const stats = parley('stats', '--workspace', workspace, '--json')
    expect(stats.status, stats.stderr).toBe(0)
    expect(JSON.parse(stats.stdout)).toMatchObject({ documents: expect.any(Number) })
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})

test('wrong usage exits 2 and bad input exits 1 with the file and line', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'parley-cli-'))
  try {
    expect(parley('export', '--format', 'nonsense').status).toBe(2)
    const bad = join(dir, 'bad.jsonl')
    await writeFile(bad, '{"text": "Wang Yi", "label": [[0, 99, "ENTITY"]]}\n{"text": \n')
    const result = parley('validate', bad)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('bad.jsonl:')
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
