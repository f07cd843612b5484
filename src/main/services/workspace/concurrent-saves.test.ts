// 1,000 rapid concurrent saves through the services (RELIABILITY.md 6): every call resolves, the file ends
// on the last state, the writer coalesces them into far fewer physical writes, and nothing hits ENOENT.
import { readdir, readFile } from 'node:fs/promises'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import type { Annotation } from '@shared/model/annotation'
import { nodeWriterFs } from '../storage/writer-fs'
import { makeTempDir } from '../testing/temp-workspace'
import { openSample, SAMPLE_ID } from './testing/open-sample'
import { annotationFilePath, annotationsDir } from './workspace-paths'

let dir: string
let remove: () => Promise<void>
beforeEach(async () => ({ dir, remove } = await makeTempDir()))
afterEach(async () => {
  vi.restoreAllMocks()
  await remove()
})

it('answers 1,000 unawaited saves, ends on the last state, and writes far fewer than 1,000 times', async () => {
  const { services, tag } = await openSample(dir)
  const path = annotationFilePath(dir, SAMPLE_ID, 'Claire')
  const renames = vi.spyOn(nodeWriterFs, 'rename')
  const saves = Array.from({ length: 1000 }, (_, i) =>
    services.saveAnnotations({
      documentId: SAMPLE_ID,
      changes: [{ op: 'put', annotation: tag('Kazakhstan', `a-${i % 10}`, `note ${i}`) }],
    }),
  )
  const results = await Promise.all(saves)
  expect(results.filter((r) => !r.ok)).toEqual([])
  expect(results.at(-1)).toMatchObject({ ok: true, value: { count: 10 } })

  const stored = JSON.parse(await readFile(path, 'utf8')) as { annotations: Annotation[] }
  expect(stored.annotations.map((a) => a.note).sort()).toEqual(
    Array.from({ length: 10 }, (_, i) => `note ${990 + i}`),
  )
  const writesOfTheSet = renames.mock.calls.filter(([, to]) => to === path).length
  expect(writesOfTheSet).toBeGreaterThan(0)
  expect(writesOfTheSet).toBeLessThan(50)
  expect(await readdir(annotationsDir(dir, SAMPLE_ID))).toEqual(['claire.json'])
})
