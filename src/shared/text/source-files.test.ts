import { describe, expect, it } from 'vitest'
import { extensionOf, isHiddenPath, SOURCE_ACCEPT, sourceKindOf, titleFromFileName } from './source-files'

describe('source files', () => {
  it.each([
    ['note.txt', 'text'],
    ['Rapport.DOCX', 'docx'],
    ['page.htm', 'html'],
    ['dossier/page.html', 'html'],
    ['lisez-moi.markdown', 'markdown'],
    ['photo.png', null],
    ['LISEZMOI', null],
    ['.md', null],
    ['archive.docx.zip', null],
  ])('%s is a %s source', (name, kind) => {
    expect(sourceKindOf(name)).toBe(kind)
  })

  it('finds the extension of the last path segment only', () => {
    expect(extensionOf('v1.2/notes')).toBe('')
    expect(extensionOf('C:\\textes\\Note.TXT')).toBe('.txt')
  })

  it('sees hidden files and folders anywhere in a relative path', () => {
    expect(isHiddenPath('textes/.DS_Store')).toBe(true)
    expect(isHiddenPath('textes/.git/HEAD')).toBe(true)
    expect(isHiddenPath('.cache/a.txt')).toBe(true)
    expect(isHiddenPath('textes/sous-dossier/a.txt')).toBe(false)
    expect(isHiddenPath('../textes/a.txt')).toBe(false)
  })

  it('titles a document by its file name without the source extension', () => {
    expect(titleFromFileName('Déclaration.fr.docx')).toBe('Déclaration.fr')
    expect(titleFromFileName('page.HTML')).toBe('page')
    expect(titleFromFileName('image.png')).toBe('image.png')
  })

  it('gives the file picker every extension', () => {
    expect(SOURCE_ACCEPT).toBe('.txt,.text,.md,.markdown,.docx,.html,.htm')
  })
})
