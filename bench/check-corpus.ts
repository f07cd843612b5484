// Proves a generated workspace is what Parley itself would have written. The web host opens it with the real
// services, so every file must pass the stored-file schemas (getSession reads every annotation set) and each
// document must report its planned number of annotations; then every annotation of a set is saved back
// through the services, which check each span's quote against the text, and the file must come out
// byte-identical: same order, same serialisation.
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { annotationFilePath } from '../src/main/services/workspace/workspace-paths'
import { ANNOTATOR, type WrittenDocument } from './generate-corpus'
import type { Host } from './host'

export async function checkWorkspace(host: Host, root: string, documents: readonly WrittenDocument[]) {
  const session = await host.call('getSession')
  if (session.annotator !== ANNOTATOR) throw new Error(`the workspace opened as ${session.annotator}`)
  const counts = new Map(session.documents.map((d) => [d.id, d.annotationCount]))
  for (const document of documents) {
    const count = counts.get(document.id)
    if (count !== document.annotations)
      throw new Error(`${document.id}: the host counts ${count} annotations, not ${document.annotations}`)
    if (count === 0) continue
    const path = annotationFilePath(root, document.id, ANNOTATOR)
    const before = await digest(path)
    const opened = await host.call('openDocument', document.id)
    if (!opened.ok) throw new Error(`${document.id}: ${opened.error.message}`)
    const changes = opened.value.annotations.map((annotation) => ({ op: 'put' as const, annotation }))
    const saved = await host.call('saveAnnotations', { documentId: document.id, changes })
    if (!saved.ok) throw new Error(`${document.id}: ${saved.error.message}`)
    if ((await digest(path)) !== before)
      throw new Error(`${path}: saving it back changed its bytes (is out/ built from the current src/?)`)
  }
}

const digest = async (path: string): Promise<string> =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex')
