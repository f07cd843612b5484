// Annotation files changed by another program while Parley runs (RELIABILITY.md 9, 10), through the
// services: a clean set is reloaded and the window told; Parley's own saves never count as changes; a
// save that meets a changed file keeps both versions and says where the analyst's went.
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { FileChanged } from '@shared/ipc/contract'
import type { Annotation } from '@shared/model/annotation'
import { stableStringify } from '@shared/storage/stable-json'
import { makeTempDir } from '../testing/temp-workspace'
import { openSample, SAMPLE_ID, type OpenSample } from './testing/open-sample'
import { SETTLE_MS } from './watch-folder'
import { annotationFilePath, annotationsDir } from './workspace-paths'

let dir: string
let remove: () => Promise<void>
let sample: OpenSample
let heard: FileChanged[]
let path: string
beforeEach(async () => {
  ;({ dir, remove } = await makeTempDir())
  sample = await openSample(dir)
  const mine: FileChanged[] = [] // the services of earlier tests still watch their (removed) folders
  heard = mine
  sample.services.onEvent('fileChanged', (change) => mine.push(change))
  path = annotationFilePath(dir, SAMPLE_ID, 'Claire')
})
afterEach(() => remove())

const put = (annotation: Annotation) =>
  sample.services.saveAnnotations({ documentId: SAMPLE_ID, changes: [{ op: 'put', annotation }] })

/** What another program (git pull, a sync tool) does: rewrite the set with one more annotation. */
async function rewriteOutside(annotation: Annotation): Promise<void> {
  const set = JSON.parse(await readFile(path, 'utf8')) as { annotations: Annotation[] }
  await writeFile(path, stableStringify({ ...set, annotations: [...set.annotations, annotation] }))
}

async function until(check: () => boolean, ms = 5_000): Promise<void> {
  for (const start = Date.now(); !check(); await new Promise((r) => setTimeout(r, 20)))
    if (Date.now() - start > ms) throw new Error('timed out waiting')
}

const settle = () => new Promise((r) => setTimeout(r, SETTLE_MS * 3))

it('never takes Parley’s own saves for changes made by another program', async () => {
  for (let i = 0; i < 5; i++) await put(sample.tag('Kazakhstan', 'kz', `note ${i}`))
  await settle()
  expect(heard).toEqual([])
})

it('reloads a set changed on disk while nothing is unsaved, and tells the window', async () => {
  expect(await put(sample.tag('Kazakhstan', 'kz'))).toMatchObject({ ok: true })
  await rewriteOutside(sample.tag('Chine', 'cn'))
  await until(() => heard.length > 0)
  expect(heard).toEqual([
    {
      documentId: SAMPLE_ID,
      annotator: 'Claire',
      action: 'reloaded',
      message: `${path} was changed by another program; Parley reloaded it`,
    },
  ])
  const opened = await sample.services.openDocument(SAMPLE_ID)
  expect(opened.ok && opened.value.annotations.map((a) => a.id).sort()).toEqual(['cn', 'kz'])
})

it('keeps both versions when a save meets a file changed on disk, and says where the analyst’s went', async () => {
  expect(await put(sample.tag('Kazakhstan', 'kz'))).toMatchObject({ ok: true })
  await rewriteOutside(sample.tag('Chine', 'cn'))
  const result = await put(sample.tag('Wang Yi', 'wy')) // before the watcher has noticed
  expect(result).toMatchObject({ ok: false, error: { code: 'changed-on-disk' } })
  const conflict = heard.find((c) => c.action === 'conflict')?.conflictPath ?? ''
  expect(conflict).toMatch(/claire\.conflict-[0-9TZ-]+\.json$/)
  expect(!result.ok && result.error.message).toContain(conflict)

  const disk = JSON.parse(await readFile(path, 'utf8')) as { annotations: Annotation[] }
  const ours = JSON.parse(await readFile(conflict, 'utf8')) as { annotations: Annotation[] }
  expect(disk.annotations.map((a) => a.id).sort()).toEqual(['cn', 'kz'])
  expect(ours.annotations.map((a) => a.id).sort()).toEqual(['kz', 'wy'])
  // The set now holds the disk version; the conflict copy is not mistaken for an annotator's set.
  const opened = await sample.services.openDocument(SAMPLE_ID)
  expect(opened.ok && opened.value.annotations.map((a) => a.id).sort()).toEqual(['cn', 'kz'])
  expect((await readdir(annotationsDir(dir, SAMPLE_ID))).sort()).toEqual([basename(conflict), 'claire.json'])
})
