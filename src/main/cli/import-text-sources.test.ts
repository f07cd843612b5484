// `parley import-text` on Word documents, web pages, Markdown and whole folders, through the same
// extraction as the app: a mixed folder imports what it can and lists each skipped file with its reason;
// hidden files are passed over silently; an explicitly named bad file still stops everything.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fingerprint, makeTempDir } from '../services/testing/temp-workspace'
import { documentFilePath, textPath } from '../services/workspace/workspace-paths'
import { parley, REPO } from './testing/run'

let dir: string
let ws: string
let remove: () => Promise<void>
beforeEach(async () => {
  ;({ dir, remove } = await makeTempDir('parley-cli-sources-'))
  ws = join(dir, 'ws')
})
afterEach(() => remove())

const source = (name: string): string => join(REPO, 'fixtures/sources', name)

async function mixedFolder(): Promise<string> {
  const root = join(dir, 'textes')
  await mkdir(join(root, 'sous-dossier'), { recursive: true })
  await mkdir(join(root, '.git'), { recursive: true })
  await writeFile(join(root, 'a-note.txt'), 'Une note.\n')
  await copyFile(source('communique.docx'), join(root, 'b-communique.docx'))
  await copyFile(source('communique-1252.html'), join(root, 'c-page.html'))
  await copyFile(source('markdown-french.md'), join(root, 'sous-dossier', 'd-notes.md'))
  await copyFile(join(REPO, 'fixtures/text/binary.png'), join(root, 'image.png'))
  await writeFile(join(root, 'vide.txt'), '')
  await writeFile(join(root, 'binaire.txt'), new Uint8Array([0x41, 0x00, 0x42]))
  await copyFile(source('not-a-zip.docx'), join(root, 'sous-dossier', 'casse.docx'))
  await writeFile(join(root, '.DS_Store'), new Uint8Array([0, 0, 0, 1]))
  await writeFile(join(root, '.git', 'HEAD'), 'ref: refs/heads/main\n')
  return root
}

describe('parley import-text with sources and folders', () => {
  it('imports a mixed folder recursively and lists each skipped file with its reason', async () => {
    const run = await parley(['import-text', await mixedFolder(), '--workspace', ws])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('a-note\nb-communique\nc-page\nd-notes\n')
    const skipped = run.stderr.split('\n').filter((line) => line.startsWith('  '))
    expect(run.stderr).toMatch(/^Skipped 4 files:\n/)
    expect(skipped).toEqual([
      expect.stringMatching(/textes\/binaire\.txt: "binaire\.txt" looks like a binary file/),
      expect.stringMatching(/textes\/image\.png: "image\.png" is a \.png file, which Parley does not import/),
      expect.stringMatching(/textes\/sous-dossier\/casse\.docx: "casse\.docx" is not a Word document/),
      expect.stringMatching(/textes\/vide\.txt: "vide\.txt" is empty/),
    ])
    expect(run.stderr).not.toMatch(/\.git|DS_Store/)
    const meta = JSON.parse(await readFile(documentFilePath(ws, 'd-notes'), 'utf8')) as {
      document: { source: string }
    }
    expect(meta.document.source).toBe('markdown')
    expect(await readFile(textPath(ws, 'b-communique'), 'utf8')).toMatch(/^Déclaration conjointe\n\n/)
  })

  it('imports a named .docx and .html with the extracted text', async () => {
    const run = await parley([
      'import-text',
      source('communique.docx'),
      source('communique-1252.html'),
      '--workspace',
      ws,
    ])
    expect(run).toEqual({ code: 0, stdout: 'communique\ncommunique-1252\n', stderr: '' })
    expect(await readFile(textPath(ws, 'communique-1252'), 'utf8')).toBe(
      'Communiqué de presse\n\n' +
        'Le ministre des Affaires étrangères a reçu son homologue\u00a0: « la coopération — durable ».\n\n' +
        'Voir le texte intégral.\nFin.\n',
    )
  })

  it('stops on an explicitly named refused file, adding nothing', async () => {
    const folder = await mixedFolder()
    await parley(['import-text', join(folder, 'a-note.txt'), '--workspace', ws])
    const before = await fingerprint(ws)
    const run = await parley(['import-text', folder, source('not-a-zip.docx'), '--workspace', ws])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      /^Nothing was imported:\n.*not-a-zip\.docx: "not-a-zip\.docx" is not a Word document/,
    )
    expect(await fingerprint(ws)).toEqual(before)
  })

  it('exits 1 when a folder holds nothing to import', async () => {
    await mkdir(join(dir, 'images'))
    await copyFile(join(REPO, 'fixtures/text/binary.png'), join(dir, 'images', 'photo.png'))
    const run = await parley(['import-text', join(dir, 'images'), '--workspace', ws])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      /no text Parley can import was found\.\nSkipped 1 file:\n {2}.*photo\.png: "photo\.png" is a \.png file/,
    )
  })
})
