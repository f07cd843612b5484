// Storage tests on real temporary folders: a new workspace holds the sample, tags survive a restart with
// Python code-point offsets on disk, refused imports change nothing, and a corrupt file is never replaced.
import { readFile, writeFile } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Annotation } from '@shared/model/annotation'
import { quoteAt } from '@shared/model/quote'
import { STORED_SCHEMA_VERSION } from '@shared/storage/stored-files'
import { asCodePoint, codePointLength, createOffsetIndex } from '@shared/text/offsets'
import { openServices } from './open-services'
import type { ServiceHost } from './service-host'
import { fingerprint, makeTempDir } from './testing/temp-workspace'
import { annotationFilePath, settingsPath, tagSchemaPath } from './workspace/workspace-paths'

const SAMPLE_ID = 'cn-kz-strategic-dialogue-2024-03-29-fr'
let dir: string
let remove: () => Promise<void>
const open = (): Promise<ServiceHost> =>
  openServices({ workspaceDir: dir, host: 'web', suggestedAnnotator: 'tester', appVersion: '0.0.0' })

beforeEach(async () => ({ dir, remove } = await makeTempDir()))
afterEach(() => remove())

function annotate(text: string, word: string, label = 'ENTITY'): Annotation {
  const utf16 = text.indexOf(word)
  const start = asCodePoint(codePointLength(text.slice(0, utf16)))
  const end = asCodePoint(start + codePointLength(word))
  const now = new Date().toISOString()
  const quote = quoteAt(text, createOffsetIndex(text), start, end)
  return {
    id: `a-${start}`,
    label,
    start,
    end,
    quote,
    attributes: {},
    roles: {},
    note: '',
    author: 'Claire',
    created: now,
    modified: now,
  }
}

describe('a new workspace', () => {
  it('starts with the sample communiqué and no annotator', async () => {
    const session = await (await open()).getSession()
    expect(session.annotator).toBeNull()
    expect(session.suggestedAnnotator).toBe('tester')
    expect(session.documents.map((d) => d.id)).toEqual([SAMPLE_ID])
    expect(session.tagSchema.categories.map((c) => c.id)).toEqual(['COMMITMENT', 'POSITION', 'ENTITY'])
  })

  it('refuses to save before the annotator is known', async () => {
    const services = await open()
    const result = await services.saveAnnotations({ documentId: SAMPLE_ID, changes: [] })
    expect(result).toMatchObject({ ok: false, error: { code: 'no-annotator' } })
  })
})

describe('annotations', () => {
  it('survive a restart, stored with code-point offsets and the quote', async () => {
    const services = await open()
    await services.setAnnotator('Claire')
    const opened = await services.openDocument(SAMPLE_ID)
    if (!opened.ok) throw new Error(opened.error.message)
    const tag = annotate(opened.value.text, 'Kazakhstan')
    expect(
      await services.saveAnnotations({ documentId: SAMPLE_ID, changes: [{ op: 'put', annotation: tag }] }),
    ).toMatchObject({
      ok: true,
      value: { count: 1 },
    })
    await services.flush()

    const again = await (await open()).openDocument(SAMPLE_ID)
    expect(again.ok && again.value.annotations).toEqual([tag])
    const onDisk = JSON.parse(await readFile(annotationFilePath(dir, SAMPLE_ID, 'Claire'), 'utf8')) as {
      schemaVersion: number
      annotations: Annotation[]
    }
    expect(onDisk.schemaVersion).toBe(STORED_SCHEMA_VERSION)
    expect(onDisk.annotations[0]).toMatchObject({
      start: tag.start,
      end: tag.end,
      quote: { exact: 'Kazakhstan' },
    })
  })

  it('refuses a span whose quote does not match the text, and changes nothing', async () => {
    const services = await open()
    await services.setAnnotator('Claire')
    const opened = await services.openDocument(SAMPLE_ID)
    if (!opened.ok) throw new Error(opened.error.message)
    const tag = annotate(opened.value.text, 'Kazakhstan')
    const before = await fingerprint(dir)
    const shifted = { ...tag, start: asCodePoint(tag.start + 1), end: asCodePoint(tag.end + 1) }
    const result = await services.saveAnnotations({
      documentId: SAMPLE_ID,
      changes: [{ op: 'put', annotation: shifted }],
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'quote-mismatch' } })
    const beyond = { ...tag, start: asCodePoint(10_000_000), end: asCodePoint(10_000_010) }
    const outside = await services.saveAnnotations({
      documentId: SAMPLE_ID,
      changes: [{ op: 'put', annotation: beyond }],
    })
    expect(outside).toMatchObject({ ok: false, error: { code: 'out-of-range' } })
    expect(await fingerprint(dir)).toEqual(before)
  })

  it('stay deleted after a restart', async () => {
    const services = await open()
    await services.setAnnotator('Claire')
    const opened = await services.openDocument(SAMPLE_ID)
    if (!opened.ok) throw new Error(opened.error.message)
    const tag = annotate(opened.value.text, 'Wang Yi')
    await services.saveAnnotations({ documentId: SAMPLE_ID, changes: [{ op: 'put', annotation: tag }] })
    await services.saveAnnotations({ documentId: SAMPLE_ID, changes: [{ op: 'delete', id: tag.id }] })
    await services.flush()
    const again = await (await open()).openDocument(SAMPLE_ID)
    expect(again.ok && again.value.annotations).toEqual([])
  })

  it('refuse a role filler that names no annotation of the set, and change nothing', async () => {
    const services = await open()
    await services.setAnnotator('Claire')
    const opened = await services.openDocument(SAMPLE_ID)
    if (!opened.ok) throw new Error(opened.error.message)
    const position = {
      ...annotate(opened.value.text, 'soutient', 'POSITION'),
      roles: { holder: [{ ref: 'a-0' }] },
    }
    const before = await fingerprint(dir)
    const result = await services.saveAnnotations({
      documentId: SAMPLE_ID,
      changes: [{ op: 'put', annotation: position }],
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-reference' } })
    expect(!result.ok && result.error.message).toContain(`annotation ${position.id}: its role holder`)
    expect(await fingerprint(dir)).toEqual(before)
  })
})

describe('a workspace written with schemaVersion 1', () => {
  it('opens migrated: the tag schema keeps its labels and gains types, labels lose their type', async () => {
    const services = await open()
    await services.setAnnotator('Claire')
    const opened = await services.openDocument(SAMPLE_ID)
    if (!opened.ok) throw new Error(opened.error.message)
    const tag = annotate(opened.value.text, 'Kazakhstan')
    await services.saveAnnotations({ documentId: SAMPLE_ID, changes: [{ op: 'put', annotation: tag }] })
    await services.flush()
    const path = annotationFilePath(dir, SAMPLE_ID, 'Claire')
    const set = JSON.parse(await readFile(path, 'utf8')) as { annotations: Record<string, unknown>[] }
    const v1Annotations = set.annotations.map(({ roles: _roles, ...a }) => ({ ...a, label: 'ENTITY:STATE' }))
    await writeFile(path, JSON.stringify({ ...set, schemaVersion: 1, annotations: v1Annotations }))
    const v1Category = { id: 'ENTITY', label: 'Acteur', key: 'a', color: '#000000', description: 'Qui' }
    const v1Schema = { version: 1, name: 'Diplomatic discourse', categories: [v1Category] }
    await writeFile(tagSchemaPath(dir), JSON.stringify({ schemaVersion: 1, tagSchema: v1Schema }))

    const again = await open()
    const entity = (await again.getSession()).tagSchema.categories.find((c) => c.id === 'ENTITY')
    expect(entity).toMatchObject({ label: 'Acteur', key: 'a', color: '#000000', style: 'tint' })
    expect(entity?.types.map((t) => t.id)).toContain('STATE')
    const migrated = await again.openDocument(SAMPLE_ID)
    expect(migrated.ok && migrated.value.annotations).toEqual([
      { ...tag, label: 'ENTITY', attributes: { type: 'STATE' }, roles: {} },
    ])
  })
})

describe('importing a text', () => {
  it('adds a decoded document with its metadata', async () => {
    const services = await open()
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('Première ligne\r\nSeconde 𠮷\r\n'),
    ])
    const result = await services.importText({ fileName: 'note.fr.txt', bytes })
    expect(result).toMatchObject({
      ok: true,
      value: { id: 'note-fr', encoding: 'UTF-8 with BOM', newline: 'CRLF', length: 25 },
    })
    const opened = await services.openDocument('note-fr')
    expect(opened.ok && opened.value.text).toBe('Première ligne\nSeconde 𠮷\n')
  })

  it.each([
    [
      'a binary file',
      'image.png',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'binary-file',
    ],
    ['an empty file', 'empty.txt', new Uint8Array(0), 'empty-file'],
    ['a 51 MB file', 'huge.txt', new Uint8Array(51 * 1024 * 1024).fill(0x61), 'too-large'],
  ])(
    'refuses %s with a clear message, leaving the workspace byte-identical',
    async (_what, fileName, bytes, code) => {
      const services = await open()
      await services.setAnnotator('Claire')
      const before = await fingerprint(dir)
      const result = await services.importText({ fileName, bytes })
      expect(result).toMatchObject({ ok: false, error: { code } })
      expect(!result.ok && result.error.message).toContain(fileName)
      expect(await fingerprint(dir)).toEqual(before)
      expect((await services.getSession()).documents).toHaveLength(1)
    },
  )
})

describe('a corrupt workspace file', () => {
  it('keeps the workspace closed, naming it with its position, and is never overwritten', async () => {
    await (await open()).setAnnotator('Claire')
    const broken = '{\n  "schemaVersion": 1,\n  "annotator": "Cla\u0000\n'
    await writeFile(settingsPath(dir), broken)
    // The window then shows the recovery screen (workspace-file-recovery.test.ts).
    const services = await open()
    expect((await services.workspaceDamage())?.message).toMatch(/settings\.json:\d+:\d+ is not valid JSON/)
    await expect(services.getSession()).rejects.toThrow(/settings\.json:\d+:\d+ is not valid JSON/)
    expect(await readFile(settingsPath(dir), 'utf8')).toBe(broken)
  })

  it('is refused when it is a git conflict', async () => {
    await (await open()).setAnnotator('Claire')
    const conflict =
      '<<<<<<< HEAD\n{"schemaVersion":1,"annotator":"A"}\n=======\n{"schemaVersion":1,"annotator":"B"}\n>>>>>>> x\n'
    await writeFile(settingsPath(dir), conflict)
    await expect((await open()).getSession()).rejects.toThrow(/settings\.json:1:1/)
    expect(await readFile(settingsPath(dir), 'utf8')).toBe(conflict)
  })
})
