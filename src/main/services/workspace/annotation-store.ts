// The annotation sets of a workspace, one lowdb file per (document, annotator), kept open while the app
// runs. Changes from the renderer are checked (check-changes.ts) before they are applied: the renderer is
// untrusted, and a span must never point outside its text, disagree with its quote or refer to nothing.
import { mkdir, readdir } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { AnnotationChange } from '@shared/model/annotation'
import type { DocumentMeta } from '@shared/model/document'
import { createOffsetIndex, type OffsetIndex } from '@shared/text/offsets'
import { ok, type Result } from '@shared/result'
import {
  parseAnnotationSetFile,
  STORED_SCHEMA_VERSION,
  type AnnotationSetFile,
} from '@shared/storage/stored-files'
import type { FileChanged } from '@shared/ipc/contract'
import { BackupRotation, backupPolicyFor } from '../storage/backups'
import { DurableJsonFile } from '../storage/durable-json-file'
import { isSideFileName, removeStaleTempFiles } from '../storage/side-files'
import { openStoredFile, type StoredFile } from '../storage/stored-file'
import { checkChanges } from './check-changes'
import { annotationFilePath, annotationsDir } from './workspace-paths'

interface OpenSet {
  readonly db: StoredFile<AnnotationSetFile>
  readonly text: string
  readonly index: OffsetIndex
}

export class AnnotationStore {
  private readonly sets = new Map<string, Promise<OpenSet>>()
  /** Hears each set as it opens (the watcher then watches its folder), and each change found on disk. */
  onSetOpened: ((documentId: string, annotator: string) => void) | null = null
  onFileChanged: ((change: FileChanged) => void) | null = null

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
        (n) => n.endsWith('.json') && !isSideFileName(n),
      )
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw error
    }
    const sets: AnnotationSetFile[] = []
    const inMemory = await this.openSetsByFileName(document)
    for (const name of names.sort()) {
      // An open set is what memory holds: reading and validating its file again (11 MB for 20,000
      // annotations) would only burn the CPU the window needs while it opens the document.
      const known = inMemory.get(name)
      if (known) {
        sets.push(known)
        continue
      }
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

  /** The document's sets open in memory, by the name of their file. */
  private async openSetsByFileName(document: DocumentMeta): Promise<Map<string, AnnotationSetFile>> {
    const open = new Map<string, AnnotationSetFile>()
    for (const [key, pending] of [...this.sets]) {
      const [documentId, annotator = ''] = key.split('\u0000')
      if (documentId !== document.id) continue
      const set = await pending.catch(() => null)
      if (set) open.set(basename(annotationFilePath(this.root, document.id, annotator)), set.db.data)
    }
    return open
  }

  /** Reloads an open set that another program changed, or keeps both versions (stored-file.ts). */
  async syncWithDisk(documentId: string, annotator: string): Promise<void> {
    const set = await this.sets.get(`${documentId}\u0000${annotator}`)?.catch(() => null)
    await set?.db.syncWithDisk()
  }

  /** Waits for the pending writes of one set, if it is open. */
  async idle(document: DocumentMeta, annotator: string): Promise<void> {
    const set = await this.sets.get(`${document.id}\u0000${annotator}`)?.catch(() => null)
    await set?.db.idle()
  }

  /** Drops a set from memory (after its file was restored from a backup): the next use reads the disk. */
  forget(documentId: string, annotator: string): void {
    this.sets.delete(`${documentId}\u0000${annotator}`)
  }

  /** Drops the open sets of a document read on another text than `text` (changed on disk), once their
   * writes are done: the next use reads the set and the text afresh, so changes are checked on the new text. */
  async dropStaleText(documentId: string, text: string): Promise<void> {
    for (const [key, pending] of [...this.sets]) {
      if (!key.startsWith(`${documentId}\u0000`)) continue
      const set = await pending.catch(() => null)
      if (!set || set.text === text) continue
      await set.db.idle()
      if (this.sets.get(key) === pending) this.sets.delete(key)
    }
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
    const path = annotationFilePath(this.root, document.id, annotator)
    await removeStaleTempFiles(path)
    const backups = new BackupRotation(backupPolicyFor(this.root, path))
    const db = await openStoredFile(path, parseAnnotationSetFile, defaults, { backups })
    db.onDiskChange = (change) => this.onFileChanged?.({ documentId: document.id, annotator, ...change })
    const text = await this.readText(document.id)
    this.onSetOpened?.(document.id, annotator)
    return { db, text, index: createOffsetIndex(text) }
  }
}
