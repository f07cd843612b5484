// The documents of a workspace: importing a decoded text all or nothing (written into a hidden folder,
// then renamed into place), listing them, and reading a document's canonical text.
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import type { DocumentMeta } from '@shared/model/document'
import { titleFromFileName } from '@shared/text/source-files'
import { parseDocumentFile, STORED_SCHEMA_VERSION, type DocumentFile } from '@shared/storage/stored-files'
import { stableStringify } from '@shared/storage/stable-json'
import type { DecodedText } from '../import/decode-text'
import { DurableJsonFile } from '../storage/durable-json-file'
import { documentDir, documentFilePath, documentIdFor, documentsDir, textPath } from './workspace-paths'

export async function listDocuments(root: string): Promise<DocumentMeta[]> {
  let names: string[]
  try {
    names = await readdir(documentsDir(root))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const documents: DocumentMeta[] = []
  for (const name of names.filter((n) => !n.startsWith('.')).sort()) {
    const file = await new DurableJsonFile<DocumentFile>(
      documentFilePath(root, name),
      parseDocumentFile,
    ).read()
    if (file) documents.push(file.document)
  }
  return documents
}

export async function readDocumentText(root: string, id: string): Promise<string> {
  return readFile(textPath(root, id), 'utf8')
}

/** Adds a decoded text; a file already imported (same canonical text) returns the existing document. */
export async function addDocument(
  root: string,
  fileName: string,
  decoded: DecodedText,
  now: Date,
): Promise<DocumentMeta> {
  const existing = await listDocuments(root)
  const same = existing.find((d) => d.textSha256 === decoded.textSha256 && d.fileName === fileName)
  if (same) return same
  const taken = new Set(existing.map((d) => d.id))
  const base = documentIdFor(fileName)
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`

  const meta: DocumentMeta = {
    id,
    title: titleFromFileName(fileName),
    fileName,
    encoding: decoded.encoding,
    newline: decoded.newline,
    sourceSha256: decoded.sourceSha256,
    textSha256: decoded.textSha256,
    length: decoded.length,
    importedAt: now.toISOString(),
    ...(decoded.source ? { source: decoded.source } : {}),
  }
  const file: DocumentFile = { schemaVersion: STORED_SCHEMA_VERSION, document: meta }
  await mkdir(documentsDir(root), { recursive: true })
  const staging = join(documentsDir(root), `.importing-${randomBytes(6).toString('hex')}`)
  try {
    await mkdir(join(staging, 'annotations'), { recursive: true })
    await writeFile(join(staging, 'text.txt'), decoded.text, { encoding: 'utf8', flush: true })
    await writeFile(join(staging, 'document.json'), stableStringify(file), { encoding: 'utf8', flush: true })
    await rename(staging, documentDir(root, id))
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    throw error
  }
  return meta
}
