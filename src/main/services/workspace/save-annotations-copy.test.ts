// "Save a copy as…" through the services (RELIABILITY.md 3), on real temporary workspaces: the set as the
// window holds it, unsaved edits included, is checked like a save and written as a Parley annotation file
// where the analyst picks (the web host: `exports/`), while the set's own file and its saves are untouched.
import { chmod, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseApiArguments } from '@shared/ipc/schemas'
import { parseAnnotationSetFile } from '@shared/storage/stored-files'
import { asCodePoint } from '@shared/text/offsets'
import { openServices } from '../open-services'
import { fingerprint, makeTempDir } from '../testing/temp-workspace'
import { copyFileName } from './save-annotations-copy'
import { openParley, openSample, SAMPLE_ID } from './testing/open-sample'
import { annotationFilePath, annotationsDir } from './workspace-paths'

let dir: string
let remove: () => Promise<void>
beforeEach(async () => ({ dir, remove } = await makeTempDir()))
afterEach(() => remove())

const readCopy = async (path: string) => {
  const parsed = parseAnnotationSetFile(JSON.parse(await readFile(path, 'utf8')))
  if (!parsed.ok) throw new Error(parsed.error.message)
  return parsed.value
}

describe('saving a copy of an annotation set', () => {
  it('writes the set as sent, unsaved edits included, into exports/ on the web host', async () => {
    const { services, tag } = await openSample(dir)
    await services.saveAnnotations({
      documentId: SAMPLE_ID,
      changes: [{ op: 'put', annotation: tag('Wang Yi', 'wy') }],
    })
    await services.flush()
    const before = await fingerprint(join(dir, 'documents'))

    const inWindow = [tag('Wang Yi', 'wy'), tag('Kazakhstan', 'kz', 'unsaved note')]
    const saved = await services.saveAnnotationsCopy({ documentId: SAMPLE_ID, annotations: inWindow })
    if (!saved.ok || !saved.value) throw new Error(JSON.stringify(saved))
    expect(saved.value.annotations).toBe(2)
    expect(saved.value.path).toMatch(
      new RegExp(`/exports/${SAMPLE_ID}-claire-copy-\\d{4}-\\d\\d-\\d\\dT[\\d-]+Z\\.json$`),
    )
    const copy = await readCopy(saved.value.path)
    expect(copy.annotator).toBe('Claire')
    expect(copy.documentId).toBe(SAMPLE_ID)
    expect(copy.annotations.map((a) => a.id).sort()).toEqual(['kz', 'wy'])
    expect(copy.annotations.find((a) => a.id === 'kz')?.note).toBe('unsaved note')
    // The set's own file (and everything else under documents/) is as it was; the normal save still works.
    expect(await fingerprint(join(dir, 'documents'))).toEqual(before)
    const next = await services.saveAnnotations({
      documentId: SAMPLE_ID,
      changes: [{ op: 'put', annotation: tag('Kazakhstan', 'kz', 'unsaved note') }],
    })
    expect(next).toMatchObject({ ok: true, value: { count: 2 } })
  })

  it('writes where the analyst picks, suggesting a name; cancelling writes nothing', async () => {
    const { tag } = await openSample(dir)
    const picked: string[] = []
    let answer: string | null = join(dir, 'elsewhere', 'my-copy.json')
    const services = await openServices({
      workspaceDir: dir,
      host: 'electron',
      suggestedAnnotator: 'tester',
      appVersion: '0',
      pickCopyFile: (name) => {
        picked.push(name)
        return Promise.resolve(answer)
      },
    })
    const request = { documentId: SAMPLE_ID, annotations: [tag('Kazakhstan', 'kz')] }
    expect(await services.saveAnnotationsCopy(request)).toMatchObject({
      ok: true,
      value: { path: join(dir, 'elsewhere', 'my-copy.json'), annotations: 1 },
    })
    expect((await readCopy(join(dir, 'elsewhere', 'my-copy.json'))).annotations.map((a) => a.id)).toEqual([
      'kz',
    ])
    expect(picked).toEqual([expect.stringMatching(new RegExp(`^${SAMPLE_ID}-claire-copy-[\\dTZ-]+\\.json$`))])

    answer = null
    const before = await fingerprint(dir)
    expect(await services.saveAnnotationsCopy(request)).toEqual({ ok: true, value: null })
    expect(await fingerprint(dir)).toEqual(before)
  })

  it('checks the annotations as a save does: a wrong quote or a dangling role refuses the copy', async () => {
    const { services, tag } = await openSample(dir)
    const shifted = { ...tag('Kazakhstan', 'kz'), start: asCodePoint(tag('Kazakhstan').start + 1) }
    const wrongQuote = await services.saveAnnotationsCopy({ documentId: SAMPLE_ID, annotations: [shifted] })
    expect(wrongQuote).toMatchObject({ ok: false, error: { code: 'quote-mismatch' } })
    const dangling = { ...tag('Wang Yi', 'wy'), roles: { actor: [{ ref: 'nobody' }] } }
    const refused = await services.saveAnnotationsCopy({ documentId: SAMPLE_ID, annotations: [dangling] })
    expect(refused).toMatchObject({ ok: false, error: { code: 'unknown-reference' } })
    await expect(readdir(join(dir, 'exports'))).rejects.toThrow(/ENOENT/)
    expect(
      parseApiArguments('saveAnnotationsCopy', [{ documentId: SAMPLE_ID, annotations: [], extra: 1 }]).ok,
    ).toBe(false)
    expect(parseApiArguments('saveAnnotationsCopy', [{ documentId: SAMPLE_ID, annotations: {} }]).ok).toBe(
      false,
    )
  })

  it('refuses the set’s own file and says which file it could not write', async () => {
    const { tag } = await openSample(dir)
    const own = annotationFilePath(dir, SAMPLE_ID, 'Claire')
    let target = own
    const services = await openServices({
      workspaceDir: dir,
      host: 'electron',
      suggestedAnnotator: 'tester',
      appVersion: '0',
      pickCopyFile: () => Promise.resolve(target),
    })
    const request = { documentId: SAMPLE_ID, annotations: [tag('Kazakhstan', 'kz')] }
    expect(await services.saveAnnotationsCopy(request)).toMatchObject({
      ok: false,
      error: { code: 'same-file' },
    })
    await writeFile(join(dir, 'a-file'), 'not a folder')
    target = join(dir, 'a-file', 'copy.json')
    const failed = await services.saveAnnotationsCopy(request)
    expect(failed).toMatchObject({ ok: false, error: { code: 'write-failed' } })
    expect(!failed.ok && failed.error.message).toContain(target)
  })
})

// Root ignores file permissions, so this real check only means something for an ordinary user (these tests
// run as root in the container); the cases above cover the copy itself everywhere.
const isRoot = process.getuid?.() === 0
describe.skipIf(isRoot)('a read-only annotations folder (real permissions)', () => {
  it('refuses the save, writes the copy elsewhere, and the retried save works once the permission is back', async () => {
    const { services, tag } = await openSample(dir)
    await services.saveAnnotations({
      documentId: SAMPLE_ID,
      changes: [{ op: 'put', annotation: tag('Wang Yi', 'wy') }],
    })
    await services.flush()
    const folder = annotationsDir(dir, SAMPLE_ID)
    const edit = { op: 'put' as const, annotation: tag('Kazakhstan', 'kz') }
    await chmod(folder, 0o555)
    try {
      const refused = await services.saveAnnotations({ documentId: SAMPLE_ID, changes: [edit] })
      expect(refused).toMatchObject({ ok: false, error: { code: 'permission-denied' } })
      const saved = await services.saveAnnotationsCopy({
        documentId: SAMPLE_ID,
        annotations: [tag('Wang Yi', 'wy'), tag('Kazakhstan', 'kz')],
      })
      if (!saved.ok || !saved.value) throw new Error(JSON.stringify(saved))
      expect((await readCopy(saved.value.path)).annotations).toHaveLength(2)
    } finally {
      await chmod(folder, 0o755)
    }
    expect(await services.saveAnnotations({ documentId: SAMPLE_ID, changes: [edit] })).toMatchObject({
      ok: true,
      value: { count: 2 },
    })
    await services.flush()
    expect((await readCopy(annotationFilePath(dir, SAMPLE_ID, 'Claire'))).annotations).toHaveLength(2)
  })
})

describe('a damaged set when the window starts', () => {
  it('still lets the session load, then tells where the file breaks and where a restore kept it', async () => {
    const { services, tag } = await openSample(dir)
    await services.saveAnnotations({
      documentId: SAMPLE_ID,
      changes: [{ op: 'put', annotation: tag('Wang Yi', 'wy') }],
    })
    await services.flush()
    const path = annotationFilePath(dir, SAMPLE_ID, 'Claire')
    await writeFile(path, `<<<<<<< HEAD\n${await readFile(path, 'utf8')}`)

    const again = await openParley(dir)
    const session = await again.getSession()
    expect(session.documents.find((d) => d.id === SAMPLE_ID)?.annotationCount).toBe(0)
    const refused = await again.openDocument(SAMPLE_ID)
    expect(refused).toMatchObject({ ok: false, error: { code: 'corrupt-file' } })
    const backups = await again.annotationBackups(SAMPLE_ID)
    if (!backups.ok) throw new Error(backups.error.message)
    const restored = await again.restoreAnnotationBackup(SAMPLE_ID, backups.value[0]!.name)
    if (!restored.ok) throw new Error(restored.error.message)
    expect(restored.value.setAsidePath).toMatch(/claire\.json\.corrupt-[\dTZ-]+$/)
    expect(await readFile(restored.value.setAsidePath ?? '', 'utf8')).toMatch(/^<<<<<<< HEAD\n/)
    expect(restored.value.annotations.map((a) => a.id)).toEqual(['wy'])
  })
})

describe('the name suggested for a copy', () => {
  it('names the document, the annotator and the time, safely for every file system', () => {
    expect(copyFileName('cn-kz', 'Aïcha Benali', new Date('2024-03-29T10:04:08.123Z'))).toBe(
      'cn-kz-aicha-benali-copy-2024-03-29T10-04-08-123Z.json',
    )
  })
})
