// A workspace whose files were damaged while Parley was closed (RELIABILITY.md 4): empty, truncated,
// NUL-filled or git-conflicted settings, tag schema, document or annotation files. Parley never writes
// defaults over them; the error names the file with line:column; nothing in the workspace changes, and a
// file is moved aside only when the analyst restores a backup. A byte-order mark before valid JSON is read.
import { readFile, writeFile } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseAnnotationSetFile } from '@shared/storage/stored-files'
import { restoreFromBackup } from '../storage/restore-backup'
import { fingerprint, makeTempDir } from '../testing/temp-workspace'
import { openParley, openSample, SAMPLE_ID } from './testing/open-sample'
import { annotationFilePath, documentFilePath, settingsPath, tagSchemaPath } from './workspace-paths'

let dir: string
let remove: () => Promise<void>
beforeEach(async () => ({ dir, remove } = await makeTempDir()))
afterEach(() => remove())

const DAMAGE: Record<string, (good: string) => { bytes: string | Uint8Array; at: RegExp }> = {
  empty: () => ({ bytes: '', at: /:1:1 is empty/ }),
  truncated: (good) => ({ bytes: good.slice(0, good.length >> 1), at: /:\d+:\d+ is not valid JSON/ }),
  'NUL-filled': (good) => ({
    bytes: new Uint8Array(good.length),
    at: /:1:1 is not valid JSON: it holds NUL bytes/,
  }),
  'a git conflict': (good) => ({
    bytes: `<<<<<<< HEAD\n${good}=======\n${good}>>>>>>> theirs\n`,
    at: /:1:1 holds a git conflict marker/,
  }),
}

/** A workspace with Claire's annotation on the sample, saved, and the services closed. */
async function annotatedWorkspace(): Promise<void> {
  const { services, tag } = await openSample(dir)
  await services.saveAnnotations({
    documentId: SAMPLE_ID,
    changes: [{ op: 'put', annotation: tag('Kazakhstan') }],
  })
  await services.flush()
}

describe.each(Object.entries(DAMAGE))('a %s file', (_what, damage) => {
  const files: [string, () => string, 'recovery' | 'opening' | 'document'][] = [
    ['settings.json', () => settingsPath(dir), 'recovery'],
    ['tag-schema.json', () => tagSchemaPath(dir), 'recovery'],
    ['document.json', () => documentFilePath(dir, SAMPLE_ID), 'opening'],
    ['annotations/claire.json', () => annotationFilePath(dir, SAMPLE_ID, 'Claire'), 'document'],
  ]
  it.each(files)(
    '%s is refused with its name and position, and the workspace is unchanged',
    async (_f, pathOf, fails) => {
      await annotatedWorkspace()
      const path = pathOf()
      const { bytes, at } = damage(await readFile(path, 'utf8'))
      await writeFile(path, bytes)
      const before = await fingerprint(dir)
      const message = new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${at.source}.*left untouched`)
      if (fails === 'opening') await expect(openParley(dir)).rejects.toThrow(message)
      else if (fails === 'recovery') {
        // The workspace stays closed on the recovery screen (workspace-file-recovery.test.ts).
        const services = await openParley(dir)
        expect((await services.workspaceDamage())?.message).toMatch(message)
        expect(await services.openDocument(SAMPLE_ID)).toMatchObject({
          ok: false,
          error: { code: 'corrupt-file' },
        })
        await services.flush()
      } else {
        const services = await openParley(dir)
        const refused = {
          ok: false,
          error: { code: 'corrupt-file', message: expect.stringMatching(message) as unknown },
        }
        expect(await services.openDocument(SAMPLE_ID)).toMatchObject(refused)
        expect(await services.saveAnnotations({ documentId: SAMPLE_ID, changes: [] })).toMatchObject(refused)
      }
      expect(await fingerprint(dir)).toEqual(before)
    },
  )
})

it('a damaged annotation file offers its last backup; restoring sets the damaged one aside', async () => {
  await annotatedWorkspace()
  const path = annotationFilePath(dir, SAMPLE_ID, 'Claire')
  const good = await readFile(path, 'utf8')
  await writeFile(path, good.slice(0, 100))
  const services = await openParley(dir)
  const opened = await services.openDocument(SAMPLE_ID)
  const offered = opened.ok
    ? ''
    : (/A backup from \S+ can be restored: (\S+)$/.exec(opened.error.message)?.[1] ?? '')
  expect(offered).toMatch(/\.parley-backups\/documents\/.*\/annotations\/claire\.[0-9TZ-]+\.json$/)

  const restored = await restoreFromBackup(path, offered, parseAnnotationSetFile)
  expect(await readFile(path, 'utf8')).toBe(good)
  expect(await readFile(restored.setAsidePath ?? '', 'utf8')).toBe(good.slice(0, 100))
  const reopened = await services.openDocument(SAMPLE_ID)
  expect(reopened.ok && reopened.value.annotations.map((a) => a.quote.exact)).toEqual(['Kazakhstan'])
})

it('a settings file with a byte-order mark is read, and saved again without it', async () => {
  await annotatedWorkspace()
  const good = await readFile(settingsPath(dir), 'utf8')
  await writeFile(settingsPath(dir), `\uFEFF${good}`)
  const { services } = await openSample(dir)
  expect((await services.getSession()).annotator).toBe('Claire')
  await services.setAnnotator('Claire B.')
  expect((await readFile(settingsPath(dir), 'utf8')).startsWith('{')).toBe(true)
})
