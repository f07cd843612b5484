// The annotation sets of a workspace, one lowdb file per (document, annotator), kept open while the app
// runs. Changes from the renderer are checked (check-changes.ts) before they are applied: the renderer is
// untrusted, and a span must never point outside its text, disagree with its quote or refer to nothing.
import { mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { AnnotationChange } from '@shared/model/annotation'
import type { DocumentMeta } from '@shared/model/document'
import { createOffsetIndex, type OffsetIndex } from '@shared/text/offsets'
import { ok, type Result } from '@shared/result'
import {
  parseAnnotationSetFile,
  STORED_SCHEMA_VERSION,
  type AnnotationSetFile,
} from '@shared/storage/stored-files'
import { DurableJsonFile, openStoredFile, type StoredFile } from '../storage/durable-json-file'
import { checkChanges } from './check-changes'
import { annotationFilePath, annotationsDir } from './workspace-paths'

interface OpenSet {
  readonly db: StoredFile<AnnotationSetFile>
  readonly text: string
  readonly index: OffsetIndex
}

export class AnnotationStore {
  private readonly sets = new Map<string, Promise<OpenSet>>()

  constructor(
    private readonly root: string,
    private readonly tagSchemaVersion: () => number,
    private readonly readText: (documentId: string) => Promise<string>,
  ) {}

  async annotationsOf(document: DocumentMeta, annotator: string): Promise<AnnotationSetFile> {
    return (await this.open(document, annotator)).db.data
  }

  async apply(
    document: DocumentMeta,
    annotator: string,
    changes: readonly AnnotationChange[],
  ): Promise<Result<number>> {
    const set = await this.open(document, annotator)
    const next = checkChanges(set.text, set.index, set.db.data.annotations, changes)
    if (!next.ok) return next
    set.db.data = { ...set.db.data, annotations: next.value }
    await set.db.write()
    return ok(set.db.data.annotations.length)
  }

  /** Every annotation set of a document, by annotator name (open sets as they are in memory). */
  async setsOf(document: DocumentMeta): Promise<AnnotationSetFile[]> {
    let names: string[]
    try {
      names = (await readdir(annotationsDir(this.root, document.id))).filter(
        (n) => n.endsWith('.json') && !n.startsWith('.'),
      )
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw error
    }
    const sets: AnnotationSetFile[] = []
    for (const name of names.sort()) {
      const stored = await new DurableJsonFile(
        join(annotationsDir(this.root, document.id), name),
        parseAnnotationSetFile,
      ).read()
      if (!stored) continue
      const open = await this.sets.get(`${document.id}\u0000${stored.annotator}`)?.catch(() => null)
      sets.push(open ? open.db.data : stored)
    }
    return sets.sort((a, b) => (a.annotator < b.annotator ? -1 : a.annotator > b.annotator ? 1 : 0))
  }

  /** Waits for every pending write of every open set. */
  async flush(): Promise<void> {
    for (const pending of this.sets.values()) {
      const set = await pending.catch(() => null)
      await set?.db.idle()
    }
  }

  private open(document: DocumentMeta, annotator: string): Promise<OpenSet> {
    const key = `${document.id}\u0000${annotator}`
    let pending = this.sets.get(key)
    if (!pending) {
      pending = this.load(document, annotator)
      pending.catch(() => this.sets.delete(key))
      this.sets.set(key, pending)
    }
    return pending
  }

  private async load(document: DocumentMeta, annotator: string): Promise<OpenSet> {
    await mkdir(annotationsDir(this.root, document.id), { recursive: true })
    const defaults: AnnotationSetFile = {
      schemaVersion: STORED_SCHEMA_VERSION,
      documentId: document.id,
      annotator,
      textSha256: document.textSha256,
      tagSchemaVersion: this.tagSchemaVersion(),
      annotations: [],
    }
    const db = await openStoredFile(
      annotationFilePath(this.root, document.id, annotator),
      parseAnnotationSetFile,
      defaults,
    )
    const text = await this.readText(document.id)
    return { db, text, index: createOffsetIndex(text) }
  }
}
