// Test helper: a real workspace in a temporary folder holding the formats' golden input (the sample
// communiqué annotated by Aïcha Benali and Jean Dupont, and the astral-and-combining text), plus a small
// `curated` set, saved through the workspace's own stores as the app saves them.
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { goldenInput } from '@shared/formats/testing/golden-input'
import { decodeText } from '../../import/decode-text'
import { makeTempDir } from '../../testing/temp-workspace'
import { addDocument } from '../../workspace/document-store'
import { openWorkspace, type Workspace } from '../../workspace/workspace'
import { CURATED_ANNOTATOR } from '../collect-export'

export const SAMPLE_PATH = resolve('fixtures/cn-kz-strategic-dialogue-2024-03-29.fr.txt')

export async function goldenWorkspace(): Promise<{ workspace: Workspace; remove: () => Promise<void> }> {
  const temp = await makeTempDir('parley-export-')
  const workspace = await openWorkspace(temp.dir)
  const input = goldenInput(await readFile(SAMPLE_PATH, 'utf8'))
  for (const { meta: golden, text, sets } of input.documents) {
    const decoded = decodeText(new TextEncoder().encode(text), golden.fileName)
    if (!decoded.ok) throw new Error(decoded.error.message)
    const meta = await addDocument(temp.dir, golden.fileName, decoded.value, new Date('2024-04-02T08:00:00Z'))
    workspace.documents.set(meta.id, meta)
    for (const set of sets) {
      const changes = set.annotations.map((annotation) => ({ op: 'put' as const, annotation }))
      const saved = await workspace.annotations.apply(meta, set.annotator, changes)
      if (!saved.ok) throw new Error(saved.error.message)
    }
    const first = sets[0]?.annotations[0]
    if (first) {
      const curated = { ...first, author: CURATED_ANNOTATOR }
      const saved = await workspace.annotations.apply(meta, CURATED_ANNOTATOR, [
        { op: 'put', annotation: curated },
      ])
      if (!saved.ok) throw new Error(saved.error.message)
    }
  }
  await workspace.annotations.flush()
  return { workspace, remove: temp.remove }
}
