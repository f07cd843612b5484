// The lowdb adapter for every workspace file. Reads check the content (a file we cannot parse is never
// overwritten with defaults: reading it throws, naming the file and where it breaks). Writes go through
// one AtomicWriter with stable key order, and never overwrite a file that another program changed since
// Parley last read or wrote it: the SHA-256 on disk is compared just before the rename, and on a mismatch
// the analyst's version is written beside it as `name.conflict-<time>.json` instead.
// A write never holds the event loop for the whole file: the data is captured when `write` is called, then
// serialised in chunks (stableStringifyChunks, only for the version that is actually written), each chunk
// encoded, hashed and written as it is made (encoded-chunks.ts), with the loop free every few milliseconds.
import type { Adapter } from 'lowdb'
import { stableStringifyChunks, type JsonChunks } from '@shared/storage/stable-json'
import { AtomicWriter } from './atomic-writer'
import type { BackupRotation } from './backups'
import { sha256OfContent } from './content-hash'
import { EncodedChunks } from './encoded-chunks'
import { readJsonText, type StoredParser } from './read-json-text'
import { conflictPathFor } from './side-files'
import { describeWriteError, StorageError } from './storage-error'
import { writeFileAtomically } from './write-file-atomically'
import { nodeWriterFs, type FileContent, type WriterFs } from './writer-fs'

export type { StoredParser } from './read-json-text'

export interface DurableJsonOptions {
  /** Keeps rotating backups of what is written (annotation sets, the tag schema). */
  readonly backups?: BackupRotation
  readonly fs?: WriterFs
  readonly now?: () => Date
}

export class DurableJsonFile<T> implements Adapter<T> {
  readonly writer: AtomicWriter<JsonChunks>
  /** True when the last write failed: memory holds changes the disk does not. */
  lastWriteFailed = false
  /** Called (inside the writer's turn) after a write found the file changed on disk and kept ours aside. */
  onChangedOnDisk: ((conflictPath: string) => Promise<void>) | null = null
  /** SHA-256 of the bytes last read or written here; null: the file did not exist; undefined: never read. */
  private knownHash: string | null | undefined
  /** One conflict copy per external version: later saves against it update the same copy. */
  private conflict: { readonly diskHash: string | null; readonly path: string } | null = null
  private readonly fs: WriterFs

  constructor(
    readonly path: string,
    private readonly parse: StoredParser<T>,
    private readonly options: DurableJsonOptions = {},
  ) {
    this.fs = options.fs ?? nodeWriterFs
    this.writer = new AtomicWriter<JsonChunks>(path, (content) => this.persist(content))
  }

  async read(): Promise<T | null> {
    const bytes = await this.readBytes()
    let data: T | null
    try {
      data = bytes && readJsonText(this.path, bytes, this.parse)
    } catch (error) {
      throw await this.offerBackup(error)
    }
    this.knownHash = bytes && (await sha256OfContent(bytes))
    return data
  }

  write(data: T): Promise<void> {
    return this.writer.write(stableStringifyChunks(data))
  }

  /** True when the file holds what Parley last read or wrote (or was never read here). */
  async isUnchangedOnDisk(): Promise<boolean> {
    if (this.knownHash === undefined) return true
    return (await this.hashOnDisk()) === this.knownHash
  }

  /** Writes the analyst's version beside the file, as the conflict copy of the version now on disk. */
  async keepOurs(version: FileContent | JsonChunks): Promise<string> {
    const content = isFileContent(version) ? version : new EncodedChunks(version)
    const diskHash = await this.hashOnDisk()
    const path =
      this.conflict?.diskHash === diskHash ? this.conflict.path : conflictPathFor(this.path, this.now())
    await writeFileAtomically(path, content, { fs: this.fs })
    this.conflict = { diskHash, path }
    return path
  }

  changedOnDiskError(conflictPath: string): StorageError {
    return new StorageError(
      'changed-on-disk',
      this.path,
      `${this.path} was changed by another program since Parley read it; it was left as it is and your version was saved as ${conflictPath}`,
      conflictPath,
    )
  }

  private async persist(chunks: JsonChunks): Promise<void> {
    const content = new EncodedChunks(chunks)
    let checked = false
    try {
      await writeFileAtomically(this.path, content, {
        fs: this.fs,
        beforeRename: async () => {
          if (!(await this.isUnchangedOnDisk())) throw new StorageError('changed-on-disk', this.path, '')
          checked = true
        },
      })
    } catch (error) {
      this.lastWriteFailed = true
      if (error instanceof StorageError && error.code === 'changed-on-disk')
        throw await this.keepBoth(content)
      // Renamed into place but the folder sync failed: the new bytes are ours, not another program's.
      const written = checked ? await this.hashOnDisk().catch(() => null) : null
      if (written !== null && written === (await content.sha256())) this.knownHash = written
      throw error
    }
    // Complete now: the whole content went to the temp file before the rename.
    const hash = await content.sha256()
    this.knownHash = hash
    this.conflict = null
    this.lastWriteFailed = false
    await this.options.backups?.record(content, hash).catch((error: unknown) => {
      console.warn(`Parley could not keep a backup of ${this.path}:`, error)
    })
  }

  /** The disk version stays; ours (the newest waiting one, if any) goes to the conflict copy. */
  private async keepBoth(content: FileContent): Promise<StorageError> {
    const waiting = this.writer.cancelPending()
    let error: StorageError
    try {
      error = this.changedOnDiskError(await this.keepOurs(waiting?.content ?? content))
    } catch (failure) {
      const described = describeWriteError(failure, this.path)
      waiting?.reject(described)
      return described
    }
    waiting?.reject(error)
    await this.onChangedOnDisk?.(error.conflictPath ?? '')
    return error
  }

  /** A file that cannot be read says which backup could replace it (restoring is the analyst's choice). */
  private async offerBackup(error: unknown): Promise<unknown> {
    const latest =
      error instanceof StorageError && (await this.options.backups?.latest().catch(() => undefined))
    if (!latest) return error
    const when = latest.savedAt.toISOString()
    return new StorageError(
      error.code,
      this.path,
      `${error.message}. A backup from ${when} can be restored: ${latest.path}`,
    )
  }

  private async readBytes(): Promise<Buffer | null> {
    try {
      return await this.fs.readBytes(this.path)
    } catch (error) {
      throw this.readFailed(error)
    }
  }

  /** The SHA-256 of the file on disk, null when there is none. */
  private async hashOnDisk(): Promise<string | null> {
    try {
      return await this.fs.sha256OfFile(this.path)
    } catch (error) {
      throw this.readFailed(error)
    }
  }

  private readFailed(error: unknown): StorageError {
    return new StorageError(
      'read-failed',
      this.path,
      `Could not read ${this.path}: ${(error as Error).message}`,
    )
  }

  private now(): Date {
    return this.options.now?.() ?? new Date()
  }
}

const isFileContent = (version: FileContent | JsonChunks): version is FileContent =>
  typeof version === 'string' || Array.isArray(version) || version instanceof EncodedChunks
