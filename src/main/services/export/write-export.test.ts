import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CorpusFormat } from '@shared/formats/format'
import { corpusFormats, formatById } from '@shared/formats/registry'
import { fingerprint, makeTempDir } from '../testing/temp-workspace'
import type { Workspace } from '../workspace/workspace'
import { collectExportInput, ExportSelectionError } from './collect-export'
import { goldenWorkspace } from './testing/golden-workspace'
import { ExportDestinationError, planExport, writeExport, type ExportStep } from './write-export'

let workspace: Workspace
let out: string
const cleanups: (() => Promise<void>)[] = []

beforeEach(async () => {
  const golden = await goldenWorkspace()
  const temp = await makeTempDir('parley-export-out-')
  workspace = golden.workspace
  out = temp.dir
  cleanups.push(golden.remove, temp.remove)
})
afterEach(async () => {
  for (const remove of cleanups.splice(0)) await remove()
})

const everything = { documentIds: null, annotators: null }

describe('writeExport', () => {
  it('writes the same bytes twice from the same workspace', async () => {
    const input = await collectExportInput(workspace, everything, '0.1.0')
    await writeExport(input, corpusFormats, join(out, 'a'), {})
    const again = await collectExportInput(workspace, everything, '0.1.0')
    await writeExport(again, corpusFormats, join(out, 'b'), {})
    const a = await fingerprint(join(out, 'a'))
    expect(Object.keys(a)).toContain('manifest.json')
    expect(Object.keys(a).length).toBeGreaterThan(20)
    expect(await fingerprint(join(out, 'b'))).toEqual(a)
    for (const path of Object.keys(a))
      expect((await readFile(join(out, 'b', path))).equals(await readFile(join(out, 'a', path)))).toBe(true)
  })

  it('writes each format in its own folder and a manifest of what it holds', async () => {
    const input = await collectExportInput(workspace, everything, '9.9.9')
    const manifest = await writeExport(input, corpusFormats, join(out, 'x'), { bom: true })
    expect((await readdir(join(out, 'x'))).sort()).toEqual(
      ['brat', 'conll', 'csv', 'jsonl', 'manifest.json', 'parley-json', 'w3c'].sort(),
    )
    const written = JSON.parse(await readFile(join(out, 'x', 'manifest.json'), 'utf8')) as typeof manifest
    expect(written).toEqual(manifest)
    expect(manifest).toMatchObject({
      format: 'parley-export',
      parleyVersion: '9.9.9',
      formats: ['parley-json', 'jsonl', 'brat', 'conll', 'w3c', 'csv'],
      schema: {
        name: workspace.tagSchema.data.tagSchema.name,
        version: workspace.tagSchema.data.tagSchema.version,
      },
      annotators: ['Aïcha Benali', 'Jean Dupont', 'curated'],
      counts: { documents: 2, annotations: 16 },
      losses: { 'parley-json': { count: 0, annotations: 0 } },
    })
    expect(manifest.documents.map((d) => [d.id, d.length, d.annotators])).toEqual([
      ['astral-and-combining', 29, ['Aïcha Benali', 'curated']],
      ['cn-kz-strategic-dialogue-2024-03-29-fr', 6977, ['Aïcha Benali', 'Jean Dupont', 'curated']],
    ])
    expect(manifest.counts.files).toBe(Object.keys(await fingerprint(join(out, 'x'))).length)
    expect(
      await readFile(join(out, 'x', 'csv', 'annotations.csv')).then((b) => [...b.subarray(0, 3)]),
    ).toEqual([0xef, 0xbb, 0xbf])
  })

  it('reports progress per format and document', async () => {
    const input = await collectExportInput(workspace, everything, '0.1.0')
    const steps: [number, number, ExportStep][] = []
    const formats = [formatById('jsonl')!, formatById('brat')!]
    await writeExport(input, formats, join(out, 'p'), {}, (done, total, step) =>
      steps.push([done, total, step]),
    )
    expect(steps.map(([done]) => done)).toEqual([1, 2, 3, 4, 5, 6])
    expect(steps.every(([, total]) => total === 6)).toBe(true)
    expect(steps.map(([, , s]) => `${s.format} ${s.documentId ?? '-'}`)).toEqual([
      'jsonl -',
      'jsonl astral-and-combining',
      'jsonl cn-kz-strategic-dialogue-2024-03-29-fr',
      'brat -',
      'brat astral-and-combining',
      'brat cn-kz-strategic-dialogue-2024-03-29-fr',
    ])
  })

  it('never writes over an existing folder, and leaves it as it was', async () => {
    const taken = join(out, 'taken')
    await mkdir(taken)
    await writeFile(join(taken, 'mine.txt'), 'keep me')
    const before = await fingerprint(out)
    const input = await collectExportInput(workspace, everything, '0.1.0')
    await expect(writeExport(input, corpusFormats, taken, {})).rejects.toBeInstanceOf(ExportDestinationError)
    expect(await fingerprint(out)).toEqual(before)
  })

  it('writes nothing, not even its staging folder, when a format fails midway', async () => {
    const failing: CorpusFormat = {
      ...formatById('csv')!,
      serialize: () => {
        throw new Error('disk full')
      },
    }
    const input = await collectExportInput(workspace, everything, '0.1.0')
    await expect(writeExport(input, [formatById('jsonl')!, failing], join(out, 'f'), {})).rejects.toThrow(
      'disk full',
    )
    expect(await readdir(out)).toEqual([])
  })
})

describe('planExport', () => {
  it('lists what each format cannot carry, by annotation', async () => {
    const input = await collectExportInput(workspace, everything, '0.1.0')
    const plan = planExport(input, corpusFormats)
    expect(plan).toMatchObject({ documents: 2, annotations: 16 })
    const byFormat = Object.fromEntries(plan.losses.map((l) => [l.format, l]))
    expect(byFormat['parley-json']).toMatchObject({ count: 0, annotations: 0, sample: [] })
    expect(byFormat.jsonl).toMatchObject({ count: 1, annotations: 1 })
    expect(byFormat.jsonl?.sample[0]).toMatchObject({
      documentId: 'cn-kz-strategic-dialogue-2024-03-29-fr',
      annotator: 'Aïcha Benali',
    })
    expect(byFormat.conll?.count).toBeGreaterThan(0)
  })
})

describe('collectExportInput', () => {
  it('takes the chosen annotators (the curated set by its name) and documents', async () => {
    const curated = await collectExportInput(workspace, { documentIds: null, annotators: ['curated'] }, '0')
    expect(curated.documents.map((d) => d.sets.map((s) => s.annotator))).toEqual([['curated'], ['curated']])
    const one = await collectExportInput(
      workspace,
      { documentIds: ['astral-and-combining'], annotators: ['Aïcha Benali'] },
      '0',
    )
    expect(one.documents.map((d) => [d.meta.id, d.sets.map((s) => s.annotations.length)])).toEqual([
      ['astral-and-combining', [4]],
    ])
  })

  it('refuses a document or an annotator the workspace does not have', async () => {
    await expect(
      collectExportInput(workspace, { documentIds: ['nope'], annotators: null }, '0'),
    ).rejects.toThrow(ExportSelectionError)
    await expect(
      collectExportInput(
        workspace,
        { documentIds: ['astral-and-combining'], annotators: ['Jean Dupont'] },
        '0',
      ),
    ).rejects.toThrow(/no annotation set by Jean Dupont/)
  })
})
