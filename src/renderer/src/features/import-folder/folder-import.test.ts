import { describe, expect, it } from 'vitest'
import type { ImportTextRequest } from '@shared/ipc/contract'
import type { DocumentSummary } from '@shared/model/document'
import { err, ok, type Result } from '@shared/result'
import { importFolderFiles, type FolderProgress } from './folder-import'
import { planFolderImport } from './folder-plan'

/** A browser File as a folder picker gives it, with its path inside the chosen folder. */
function fileAt(path: string, content: string | Uint8Array<ArrayBuffer> = 'texte'): File {
  const file = new File([content], path.slice(path.lastIndexOf('/') + 1))
  Object.defineProperty(file, 'webkitRelativePath', { value: path })
  return file
}
const pathOf = (file: File): string => file.webkitRelativePath

/** Services that refuse empty files and NUL bytes as the real ones do, and remember what they were sent. */
function services() {
  const received: string[] = []
  return {
    received,
    importText(request: ImportTextRequest): Promise<Result<DocumentSummary>> {
      received.push(request.fileName)
      if (request.bytes.byteLength === 0)
        return Promise.resolve(err('empty-file', `"${request.fileName}" is empty`))
      if (request.bytes.includes(0))
        return Promise.resolve(err('binary-file', `"${request.fileName}" is binary`))
      const id = request.fileName.replace(/\..*$/, '')
      return Promise.resolve(ok({ id, title: id, annotationCount: 0 } as DocumentSummary))
    },
  }
}

describe('planFolderImport', () => {
  it('passes over hidden files silently, skips unsupported types, and sorts the rest by path', () => {
    const files = [
      'd/z.docx',
      'd/.DS_Store',
      'd/.git/HEAD',
      'd/sous/b.md',
      'd/a.txt',
      'd/photo.png',
      'd/page.HTM',
    ]
    const plan = planFolderImport(
      files.map((p) => fileAt(p)),
      pathOf,
    )
    expect(plan.toImport.map((e) => e.path)).toEqual(['d/a.txt', 'd/page.HTM', 'd/sous/b.md', 'd/z.docx'])
    expect(plan.skipped).toEqual([{ path: 'd/photo.png', code: 'unsupported-type', detail: '' }])
  })
})

describe('importFolderFiles', () => {
  it('imports one file at a time, reports progress, and lists every refusal with its reason', async () => {
    const api = services()
    const files = [
      fileAt('d/a.txt'),
      fileAt('d/vide.txt', ''),
      fileAt('d/b.md'),
      fileAt('d/bin.txt', new Uint8Array([65, 0])),
    ]
    const progress: FolderProgress[] = []
    const plan = planFolderImport([...files, fileAt('d/x.pdf')], pathOf)
    const result = await importFolderFiles(api, plan, (p) => progress.push(p), new AbortController().signal)
    expect(api.received).toEqual(['a.txt', 'b.md', 'bin.txt', 'vide.txt'])
    expect(progress).toEqual([
      { done: 0, total: 4, current: 'd/a.txt' },
      { done: 1, total: 4, current: 'd/b.md' },
      { done: 2, total: 4, current: 'd/bin.txt' },
      { done: 3, total: 4, current: 'd/vide.txt' },
    ])
    expect(result.imported.map((d) => d.id)).toEqual(['a', 'b'])
    expect(result.notAttempted).toBe(0)
    expect(result.skipped).toEqual([
      { path: 'd/bin.txt', code: 'binary-file', detail: '"bin.txt" is binary' },
      { path: 'd/vide.txt', code: 'empty-file', detail: '"vide.txt" is empty' },
      { path: 'd/x.pdf', code: 'unsupported-type', detail: '' },
    ])
  })

  it('stops between files when cancelled, counting those not attempted', async () => {
    const api = services()
    const controller = new AbortController()
    const plan = planFolderImport(
      ['d/1.txt', 'd/2.txt', 'd/3.txt'].map((p) => fileAt(p)),
      pathOf,
    )
    const result = await importFolderFiles(
      api,
      plan,
      (p) => p.done === 1 && controller.abort(),
      controller.signal,
    )
    expect(api.received).toEqual(['1.txt', '2.txt'])
    expect(result.imported).toHaveLength(2)
    expect(result.notAttempted).toBe(1)
  })

  it('skips a file over 50 MB without sending it', async () => {
    const api = services()
    const huge = fileAt('d/enorme.txt')
    Object.defineProperty(huge, 'size', { value: 51 * 1024 * 1024 })
    const progress: FolderProgress[] = []
    const plan = planFolderImport([huge], pathOf)
    const result = await importFolderFiles(api, plan, (p) => progress.push(p), new AbortController().signal)
    expect(progress).toEqual([{ done: 0, total: 1, current: 'd/enorme.txt' }])
    expect(api.received).toEqual([])
    expect(result.skipped).toEqual([
      { path: 'd/enorme.txt', code: 'too-large', detail: expect.stringContaining('50 MB') as string },
    ])
  })
})
