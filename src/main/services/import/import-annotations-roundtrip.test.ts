// What Parley exports, Parley imports back unchanged: every importable format of the golden workspace's
// export, read into an empty workspace, gives the same documents and the same annotation sets.
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { corpusFormats } from '@shared/formats/registry'
import type { FormatId } from '@shared/formats/format'
import type { AnnotationSetFile } from '@shared/storage/stored-files'
import { collectExportInput } from '../export/collect-export'
import { goldenWorkspace } from '../export/testing/golden-workspace'
import { planExport, writeExport } from '../export/write-export'
import { makeTempDir } from '../testing/temp-workspace'
import { openWorkspace, type Workspace } from '../workspace/workspace'
import { importAnnotationFiles } from './import-annotations'

let source: Workspace
let out: string
const cleanups: (() => Promise<void>)[] = []

beforeAll(async () => {
  const golden = await goldenWorkspace()
  const temp = await makeTempDir('parley-roundtrip-')
  source = golden.workspace
  out = join(temp.dir, 'export')
  cleanups.push(golden.remove, temp.remove)
  await writeExport(
    await collectExportInput(source, { documentIds: null, annotators: null }, '0.1.0'),
    corpusFormats,
    out,
    {},
  )
})
afterAll(async () => {
  for (const remove of cleanups.splice(0)) await remove()
})

async function filesUnder(root: string, dir = root): Promise<{ name: string; bytes: Uint8Array }[]> {
  const files: { name: string; bytes: Uint8Array }[] = []
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  )) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) files.push(...(await filesUnder(root, path)))
    else
      files.push({
        name: relative(root, path).replaceAll('\\', '/'),
        bytes: new Uint8Array(await readFile(path)),
      })
  }
  return files
}

async function setsOf(workspace: Workspace): Promise<Map<string, AnnotationSetFile['annotations']>> {
  const sets = new Map<string, AnnotationSetFile['annotations']>()
  for (const meta of workspace.documents.values())
    for (const set of await workspace.annotations.setsOf(meta))
      sets.set(`${meta.id} / ${set.annotator}`, set.annotations)
  return sets
}

describe('export then import', () => {
  it.each<FormatId>(['parley-json', 'jsonl', 'w3c', 'brat'])(
    '%s gives back the same sets',
    async (format) => {
      const temp = await makeTempDir('parley-roundtrip-target-')
      cleanups.push(temp.remove)
      const target = await openWorkspace(temp.dir)
      const result = await importAnnotationFiles(target, await filesUnder(join(out, format)), {
        annotator: 'unused',
      })
      if (!result.ok) throw new Error(result.error.message)
      await target.annotations.flush()
      expect([...result.value.createdDocuments].sort()).toEqual([...source.documents.keys()].sort())
      for (const [id, meta] of source.documents)
        expect(target.documents.get(id)?.textSha256).toBe(meta.textSha256)
      const lost = planExport(
        await collectExportInput(source, { documentIds: null, annotators: null }, '0'),
        [corpusFormats.find((f) => f.id === format)!],
      ).losses[0]!.count
      const expected = await setsOf(source)
      const actual = await setsOf(target)
      expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort())
      if (lost === 0) expect(actual).toEqual(expected)
      else
        for (const [key, annotations] of expected)
          expect(actual.get(key)?.map((a) => [a.id, a.label, a.start, a.end])).toEqual(
            annotations.map((a) => [a.id, a.label, a.start, a.end]),
          )
    },
  )
})
