// More sources end to end: a Word document and a web page open through Open text… with their text
// extracted exactly; a Markdown file dropped on the window too; and a folder of mixed files (text, Word,
// web page, Markdown in a subfolder, an image, an empty file, a binary .txt, hidden files) imports what it
// can, with a summary listing each skipped file and its reason, and nothing about the hidden ones.
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './support/fixtures'

const root = join(import.meta.dirname, '..')
const source = (name: string): string => join(root, 'fixtures/sources', name)

const DOCX_TEXT =
  'Déclaration conjointe\n\n' +
  'Les deux parties ont convenu de renforcer la coopération — notamment dans l’énergie.\n\n' +
  '« La Chine soutient fermement le Kazakhstan », a déclaré Wang Yi.\n\n' +
  'Astana, le 29 mars 2024\n'
const HTML_TEXT =
  'Communiqué de presse\n\n' +
  'Le ministre des Affaires étrangères a reçu son homologue\u00a0: « la coopération — durable ».\n\n' +
  'Voir le texte intégral.\nFin.\n'

const storedText = (workspace: string, id: string): Promise<string> =>
  readFile(join(workspace, 'documents', id, 'text.txt'), 'utf8')

test('a .docx and a .html open with their extracted text', async ({ parley, workspace }) => {
  await parley.sayWhoIAm('Claire Dubois')
  await parley.openTextFiles(source('communique.docx'))
  await expect(parley.page.getByTestId('open-document-title')).toHaveText('communique')
  await expect(parley.text).toContainText('Déclaration conjointe')
  expect(await parley.shownText()).toBe(DOCX_TEXT)
  expect(await storedText(workspace, 'communique')).toBe(DOCX_TEXT)

  await parley.openTextFiles(source('communique-1252.html'))
  await expect(parley.page.getByTestId('open-document-title')).toHaveText('communique-1252')
  await expect(parley.text).toContainText('Communiqué de presse')
  expect(await parley.shownText()).toBe(HTML_TEXT)
  expect(await storedText(workspace, 'communique-1252')).toBe(HTML_TEXT)
  await expect(parley.page.getByTestId('document-communique')).toBeVisible()

  // The extracted text is annotated like any other: a tag on « Communiqué » lands on its code points.
  await parley.selectText('Communiqué')
  await parley.tagSelection('ENTITY')
  await parley.waitUntilSaved()
  const set = JSON.parse(
    await readFile(join(workspace, 'documents/communique-1252/annotations/claire-dubois.json'), 'utf8'),
  ) as { annotations: { start: number; end: number }[] }
  expect(set.annotations.map((a) => [a.start, a.end])).toEqual([[0, 10]])
})

test('a Markdown file dropped on the window opens without its markup', async ({ parley }) => {
  await parley.sayWhoIAm('Claire Dubois')
  const bytes = [...(await readFile(source('markdown-french.md')))]
  await parley.page.evaluate((content) => {
    const transfer = new DataTransfer()
    transfer.items.add(new File([new Uint8Array(content)], 'notes.md', { type: 'text/markdown' }))
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }))
  }, bytes)
  await expect(parley.page.getByTestId('open-document-title')).toHaveText('notes')
  await expect
    .poll(() => parley.shownText())
    .toBe(
      'Dialogue stratégique\n\n' +
        'Les deux parties ont convenu de renforcer la coopération — voir le communiqué.\n\n' +
        '- l’énergie ;\n- les transports.\n\nLa clé OCS-2024 reste valable\n',
    )
})

test.describe('a folder of mixed files', () => {
  let folder: string
  test.beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'parley-folder-'))
    const texts = join(folder, 'textes')
    await mkdir(join(texts, 'sous-dossier'), { recursive: true })
    await mkdir(join(texts, '.git'))
    await writeFile(join(texts, 'a-note.txt'), 'Une note sur le Kazakhstan.\n')
    await copyFile(source('communique.docx'), join(texts, 'b-communique.docx'))
    await copyFile(source('communique-1252.html'), join(texts, 'c-page.html'))
    await copyFile(source('markdown-french.md'), join(texts, 'sous-dossier', 'd-notes.md'))
    await copyFile(join(root, 'fixtures/text/binary.png'), join(texts, 'image.png'))
    await writeFile(join(texts, 'vide.txt'), '')
    await writeFile(join(texts, 'binaire.txt'), new Uint8Array([0x41, 0x00, 0x42]))
    await copyFile(source('not-a-zip.docx'), join(texts, 'sous-dossier', 'casse.docx'))
    await writeFile(join(texts, '.DS_Store'), new Uint8Array([0, 0, 0, 1]))
    await writeFile(join(texts, '.git', 'HEAD'), 'ref: refs/heads/main\n')
  })
  test.afterEach(() => rm(folder, { recursive: true, force: true }))

  test('imports what it can and lists each skipped file with its reason', async ({ parley, workspace }) => {
    await parley.sayWhoIAm('Claire Dubois')
    const summary = await parley.importFolder(join(folder, 'textes'))
    await expect(summary.getByTestId('folder-import-imported')).toHaveText('4 texts imported.')
    expect(await parley.skippedFiles()).toEqual([
      'textes/binaire.txt — binary file, not text',
      'textes/image.png — not a type Parley imports (.txt, .md, .docx, .html)',
      'textes/sous-dossier/casse.docx — unreadable Word document',
      'textes/vide.txt — empty file',
    ])
    await expect(summary).not.toContainText('.git')
    await expect(summary).not.toContainText('DS_Store')
    await summary.getByTestId('folder-import-close').click()
    await expect(summary).toBeHidden()

    for (const id of ['a-note', 'b-communique', 'c-page', 'd-notes'])
      await expect(parley.page.getByTestId(`document-${id}`)).toBeVisible()
    // The last file imported is open.
    await expect(parley.page.getByTestId('open-document-title')).toHaveText('d-notes')
    expect(await storedText(workspace, 'b-communique')).toBe(DOCX_TEXT)
    expect(await storedText(workspace, 'c-page')).toBe(HTML_TEXT)
  })
})
