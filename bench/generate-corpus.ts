// Writes the benchmark workspaces exactly as Parley stores them (workspace-paths.ts, document-store.ts,
// stored-files.ts): settings.json naming the annotator « Bench », tag-schema.json holding the default
// schema, and per document text.txt, document.json and annotations/bench.json, serialised with the app's
// own stableStringify. Everything derives from the seed: the same seed writes byte-identical files.
//   editor workspace: the 1 MB text bare and with 20,000 or 1,000 annotations, a 200 KB text with 1,000
//                     or 20,000, and a small text that opens first (the app opens the first title at start)
//   corpus workspace: 1,000 documents of about 10 KB with 100 annotations each (10 MB, 100,000 spans)
import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import type { DocumentMeta } from '@shared/model/document'
import { DEFAULT_TAG_SCHEMA } from '@shared/model/default-tag-schema'
import { stableStringify } from '@shared/storage/stable-json'
import {
  STORED_SCHEMA_VERSION,
  type AnnotationSetFile,
  type DocumentFile,
  type SettingsFile,
  type TagSchemaFile,
} from '@shared/storage/stored-files'
import {
  annotationFilePath,
  annotationsDir,
  documentFilePath,
  documentIdFor,
  settingsPath,
  tagSchemaPath,
  textPath,
} from '../src/main/services/workspace/workspace-paths'
import { generateAnnotations } from './corpus-annotations'
import { generateText, seededRandom, type GeneratedText } from './french-text'

export const ANNOTATOR = 'Bench'
/** Every document claims to have been imported at this instant, so files do not depend on the clock. */
const IMPORTED_AT = '2024-04-02T08:00:00.000Z'

export interface DocumentSpec {
  readonly fileName: string
  /** Size of the text in UTF-8 bytes, reached to within one paragraph. */
  readonly bytes: number
  readonly annotations: number
  /** Documents with the same text seed share their text byte for byte. */
  readonly textSeed: string
}

export interface WrittenDocument {
  readonly id: string
  readonly title: string
  readonly annotations: number
  readonly bytes: number
}

const spec = (fileName: string, bytes: number, annotations: number, textSeed: string): DocumentSpec => ({
  fileName,
  bytes,
  annotations,
  textSeed,
})

export const EDITOR_DOCUMENTS: readonly DocumentSpec[] = [
  spec('a-start.txt', 2_000, 0, 'start'),
  spec('b-1mb-bare.txt', 1_000_000, 0, '1mb'),
  spec('c-1mb-20000.txt', 1_000_000, 20_000, '1mb'),
  spec('d-1mb-1000.txt', 1_000_000, 1_000, '1mb'),
  spec('e-200kb-1000.txt', 200_000, 1_000, '200kb'),
  spec('f-200kb-20000.txt', 200_000, 20_000, '200kb'),
]

export const CORPUS_DOCUMENTS: readonly DocumentSpec[] = Array.from({ length: 1_000 }, (_, i) => {
  const n = String(i + 1).padStart(4, '0')
  return spec(`corpus-${n}.txt`, 10_000, 100, `corpus-${n}`)
})

/** The ids the benchmark drives, as the app derives them from the file names. */
export const DOCS = {
  start: documentIdFor('a-start.txt'),
  bare: documentIdFor('b-1mb-bare.txt'),
  dense: documentIdFor('c-1mb-20000.txt'),
} as const

export async function writeWorkspace(
  root: string,
  specs: readonly DocumentSpec[],
  seed: string,
): Promise<WrittenDocument[]> {
  await mkdir(root, { recursive: true })
  const settings: SettingsFile = { schemaVersion: STORED_SCHEMA_VERSION, annotator: ANNOTATOR }
  const tagSchema: TagSchemaFile = { schemaVersion: STORED_SCHEMA_VERSION, tagSchema: DEFAULT_TAG_SCHEMA }
  await writeFile(settingsPath(root), stableStringify(settings))
  await writeFile(tagSchemaPath(root), stableStringify(tagSchema))

  const texts = new Map<string, GeneratedText>()
  const written: WrittenDocument[] = []
  for (const s of specs) {
    const key = `${s.textSeed}/${s.bytes}`
    let generated = texts.get(key)
    if (!generated) texts.set(key, (generated = generateText(seededRandom(`${seed}/text/${key}`), s.bytes)))
    written.push(await writeDocument(root, s, generated, seed))
  }
  return written
}

async function writeDocument(
  root: string,
  s: DocumentSpec,
  generated: GeneratedText,
  seed: string,
): Promise<WrittenDocument> {
  const id = documentIdFor(s.fileName)
  const { text } = generated
  const sha = createHash('sha256').update(text, 'utf8').digest('hex')
  const meta: DocumentMeta = {
    id,
    title: s.fileName.replace(/\.txt$/, ''),
    fileName: s.fileName,
    encoding: 'UTF-8',
    newline: 'LF',
    sourceSha256: sha,
    textSha256: sha,
    length: [...text].length,
    importedAt: IMPORTED_AT,
  }
  const document: DocumentFile = { schemaVersion: STORED_SCHEMA_VERSION, document: meta }
  await mkdir(annotationsDir(root, id), { recursive: true })
  await writeFile(textPath(root, id), text)
  await writeFile(documentFilePath(root, id), stableStringify(document))
  if (s.annotations > 0) {
    const random = seededRandom(`${seed}/annotations/${s.fileName}`)
    const set: AnnotationSetFile = {
      schemaVersion: STORED_SCHEMA_VERSION,
      documentId: id,
      annotator: ANNOTATOR,
      textSha256: sha,
      tagSchemaVersion: DEFAULT_TAG_SCHEMA.version,
      annotations: generateAnnotations(random, generated, s.annotations, ANNOTATOR),
    }
    await writeFile(annotationFilePath(root, id, ANNOTATOR), stableStringify(set))
  }
  return { id, title: meta.title, annotations: s.annotations, bytes: Buffer.byteLength(text) }
}
