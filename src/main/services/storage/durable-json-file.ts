// The lowdb adapter for every workspace file: reads validate the content (a file we cannot parse is never
// overwritten with defaults: reading it throws, naming the file and where it breaks), and writes go
// through one AtomicWriter with stable key order.
import { readFile } from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import { Low } from 'lowdb'
import { conflictMarkerLine, jsonErrorLocation, stableStringify } from '@shared/storage/stable-json'
import type { Result } from '@shared/result'
import { AtomicWriter } from './atomic-writer'
import { StorageError } from './storage-error'

/** Checks (and migrates) what was read; returns a reason when the content is not what we expect. */
export type StoredParser<T> = (raw: unknown) => Result<T>

export class DurableJsonFile<T> implements Adapter<T> {
  readonly writer: AtomicWriter

  constructor(
    readonly path: string,
    private readonly parse: StoredParser<T>,
  ) {
    this.writer = new AtomicWriter(path)
  }

  async read(): Promise<T | null> {
    let text: string
    try {
      text = await readFile(this.path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw new StorageError(
        'read-failed',
        this.path,
        `Could not read ${this.path}: ${(error as Error).message}`,
      )
    }
    const conflict = conflictMarkerLine(text)
    if (conflict !== null)
      throw new StorageError(
        'corrupt-file',
        this.path,
        `${this.path}:${conflict}:1 holds a git conflict marker; resolve the merge, it was left untouched`,
      )
    let raw: unknown
    try {
      raw = JSON.parse(text)
    } catch (error) {
      const at = jsonErrorLocation(text, error)
      const where = at ? `:${at.line}:${at.column}` : ''
      throw new StorageError(
        'corrupt-file',
        this.path,
        `${this.path}${where} is not valid JSON; it was left untouched`,
      )
    }
    const parsed = this.parse(raw)
    if (!parsed.ok)
      throw new StorageError(
        'corrupt-file',
        this.path,
        `${this.path}: ${parsed.error.message}; it was left untouched`,
      )
    return parsed.value
  }

  write(data: T): Promise<void> {
    return this.writer.write(stableStringify(data))
  }
}

/** A workspace file held in memory: change `data`, then `write()`; `idle()` waits for pending writes. */
export interface StoredFile<T> {
  data: T
  /** True when the file did not exist and `data` holds the defaults. */
  readonly isNew: boolean
  write(): Promise<void>
  idle(): Promise<void>
}

/** Opens a stored file through lowdb with the explicit durable adapter (never JSONFilePreset). */
export async function openStoredFile<T>(
  path: string,
  parse: StoredParser<T>,
  defaults: T,
): Promise<StoredFile<T>> {
  const adapter = new DurableJsonFile(path, parse)
  const db = new Low<T>(adapter, defaults)
  await db.read()
  const isNew = db.data === defaults
  return {
    get data() {
      return db.data
    },
    set data(value: T) {
      db.data = value
    },
    isNew,
    write: () => db.write(),
    idle: () => adapter.writer.idle(),
  }
}
