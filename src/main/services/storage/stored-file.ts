// A workspace file held in memory through lowdb (with the explicit durable adapter, never the in-memory-under-test preset):
// change `data`, then `write()`. When another program changes the file, `syncWithDisk()` (called by the
// watcher) reloads it if Parley has nothing unsaved for it, and otherwise keeps both versions: the disk's
// stays in place and in memory, the analyst's goes to the conflict copy. Listeners hear about each case.
import { Low } from 'lowdb'
import { stableStringifyChunks } from '@shared/storage/stable-json'
import { DurableJsonFile, type DurableJsonOptions, type StoredParser } from './durable-json-file'
import { describeWriteError, StorageError } from './storage-error'

export type DiskChange =
  | { readonly action: 'unchanged' }
  | { readonly action: 'reloaded'; readonly message: string }
  | { readonly action: 'conflict'; readonly conflictPath: string; readonly message: string }
  | { readonly action: 'unreadable'; readonly message: string }

export class StoredFile<T> {
  /** Hears every change that came from disk (reloads, conflicts, unreadable versions). */
  onDiskChange: ((change: Exclude<DiskChange, { action: 'unchanged' }>) => void) | null = null

  constructor(
    private readonly db: Low<T>,
    readonly file: DurableJsonFile<T>,
    private readonly defaults: T,
    /** True when the file did not exist and `data` holds the defaults. */
    readonly isNew: boolean,
  ) {
    file.onChangedOnDisk = async (conflictPath) => {
      const reason = await this.adoptDiskVersion()
      this.onDiskChange?.({
        action: 'conflict',
        conflictPath,
        message: conflictMessage(file, conflictPath, reason),
      })
    }
  }

  get data(): T {
    return this.db.data
  }

  set data(value: T) {
    this.db.data = value
  }

  get path(): string {
    return this.file.path
  }

  /** Resolves once `data` is durably on disk; rejects with a StorageError naming the file. */
  write(): Promise<void> {
    return this.db.write()
  }

  /** Waits for pending writes. */
  idle(): Promise<void> {
    return this.file.writer.idle()
  }

  /** True while memory holds changes that are not yet (or could not be) written. */
  get hasUnsavedChanges(): boolean {
    return this.file.writer.isBusy || this.file.lastWriteFailed
  }

  /** Brings memory in line with a file another program changed; Parley's own writes change nothing. */
  syncWithDisk(): Promise<DiskChange> {
    return this.file.writer.exclusive(async () => {
      if (await this.file.isUnchangedOnDisk()) return { action: 'unchanged' }
      const waiting = this.file.writer.cancelPending()
      let conflictPath: string | null = null
      if (waiting || this.file.lastWriteFailed) {
        try {
          conflictPath = await this.file.keepOurs(waiting?.content ?? stableStringifyChunks(this.db.data))
        } catch (error) {
          this.file.lastWriteFailed = true
          waiting?.reject(describeWriteError(error, this.path))
          throw error
        }
        waiting?.reject(this.file.changedOnDiskError(conflictPath))
      }
      const reason = await this.adoptDiskVersion()
      const change: DiskChange =
        conflictPath !== null
          ? { action: 'conflict', conflictPath, message: conflictMessage(this.file, conflictPath, reason) }
          : reason !== null
            ? { action: 'unreadable', message: `${this.path} was changed by another program: ${reason}` }
            : {
                action: 'reloaded',
                message: `${this.path} was changed by another program; Parley reloaded it`,
              }
      this.onDiskChange?.(change)
      return change
    })
  }

  /** Replaces memory with the file on disk (the defaults if it was deleted); returns why it could not. */
  private async adoptDiskVersion(): Promise<string | null> {
    try {
      this.db.data = (await this.file.read()) ?? this.defaults
      this.file.lastWriteFailed = false
      return null
    } catch (error) {
      if (error instanceof StorageError) return error.message
      throw error
    }
  }
}

function conflictMessage(
  file: DurableJsonFile<unknown>,
  conflictPath: string,
  unreadable: string | null,
): string {
  const kept = `your version was saved as ${conflictPath}`
  return unreadable
    ? `${file.path} was changed by another program and cannot be read (${unreadable}); ${kept}`
    : `${file.path} was changed by another program while you had unsaved changes; it was reloaded and ${kept}`
}

/** Opens a stored file through lowdb with the explicit durable adapter (never the in-memory-under-test preset). */
export async function openStoredFile<T>(
  path: string,
  parse: StoredParser<T>,
  defaults: T,
  options: DurableJsonOptions = {},
): Promise<StoredFile<T>> {
  const file = new DurableJsonFile(path, parse, options)
  const db = new Low<T>(file, defaults)
  await db.read()
  return new StoredFile(db, file, defaults, db.data === defaults)
}
