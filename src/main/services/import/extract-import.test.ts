// Storage tests on real temporary folders: a Word document and a web page imported through the services
// become documents whose metadata says where the text came from, survive a reopening (older document files
// without a source stay valid), and a refused source changes nothing on disk.
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openServices } from '../open-services'
import type { ServiceHost } from '../service-host'
import { fingerprint, makeTempDir } from '../testing/temp-workspace'
import { documentFilePath, textPath } from '../workspace/workspace-paths'

const SAMPLE_ID = 'cn-kz-strategic-dialogue-2024-03-29-fr'
const fixture = (path: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../../../fixtures/sources/${path}`, import.meta.url)))

let dir: string
let remove: () => Promise<void>
const open = (): Promise<ServiceHost> =>
  openServices({ workspaceDir: dir, host: 'web', suggestedAnnotator: 'tester', appVersion: '0.0.0' })

beforeEach(async () => ({ dir, remove } = await makeTempDir()))
afterEach(() => remove())

describe('importing sources through the services', () => {
  it('stores a .docx as a document whose metadata says docx, and reopens it', async () => {
    const services = await open()
    const result = await services.importText({
      fileName: 'Communiqué.docx',
      bytes: fixture('communique.docx'),
    })
    expect(result).toMatchObject({
      ok: true,
      value: { id: 'communique', title: 'Communiqué', source: 'docx', encoding: 'UTF-8', length: 200 },
    })
    const stored = JSON.parse(await readFile(documentFilePath(dir, 'communique'), 'utf8')) as {
      document: Record<string, unknown>
    }
    expect(stored.document).toMatchObject({ fileName: 'Communiqué.docx', source: 'docx', newline: 'none' })
    const text = await readFile(textPath(dir, 'communique'), 'utf8')
    expect(text).toMatch(/^Déclaration conjointe\n\nLes deux parties/)

    const reopened = await open()
    const documents = (await reopened.getSession()).documents
    expect(documents.find((d) => d.id === 'communique')).toMatchObject({ source: 'docx' })
    // The sample was decoded as it is, before sources had kinds: its document file has none and loads.
    expect(documents.find((d) => d.id === SAMPLE_ID)?.source).toBeUndefined()
    const opened = await reopened.openDocument('communique')
    expect(opened.ok && opened.value.text).toBe(text)
  })

  it('stores a web page with its charset and html as its source', async () => {
    const services = await open()
    const result = await services.importText({ fileName: 'page.htm', bytes: fixture('communique-1252.html') })
    expect(result).toMatchObject({
      ok: true,
      value: { id: 'page', source: 'html', encoding: 'windows-1252' },
    })
  })

  it.each([
    ['not-a-zip.docx', 'corrupt-docx'],
    ['no-document-part.docx', 'corrupt-docx'],
  ])('refuses %s, leaving the workspace byte-identical', async (name, code) => {
    const services = await open()
    const before = await fingerprint(dir)
    const result = await services.importText({ fileName: name, bytes: fixture(name) })
    expect(result).toMatchObject({ ok: false, error: { code } })
    expect(!result.ok && result.error.message).toContain(name)
    expect(await fingerprint(dir)).toEqual(before)
  })

  it('refuses an unsupported type, naming the supported ones', async () => {
    const services = await open()
    const result = await services.importText({
      fileName: 'notes.rtf',
      bytes: new TextEncoder().encode('{\\rtf1}'),
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'unsupported-type' } })
    expect(!result.ok && result.error.message).toContain('.docx, .html and .htm')
  })
})
