// Storage failures an analyst can act on: each names the file and says what happened in plain words.

export type StorageErrorCode =
  | 'corrupt-file'
  | 'disk-full'
  | 'permission-denied'
  | 'file-busy'
  | 'changed-on-disk'
  | 'write-failed'
  | 'read-failed'

export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    readonly path: string,
    message: string,
    /** For `changed-on-disk`: where the analyst's own version was kept. */
    readonly conflictPath?: string,
  ) {
    super(message)
    this.name = 'StorageError'
  }
}

export const errnoOf = (error: unknown): string | undefined =>
  (error as NodeJS.ErrnoException | undefined)?.code

/** Turns a Node fs error into a StorageError whose message names the file and the reason. */
export function describeWriteError(error: unknown, path: string): StorageError {
  if (error instanceof StorageError) return error
  const code = errnoOf(error)
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return new StorageError('disk-full', path, `Could not save ${path}: the disk is full`)
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return new StorageError('permission-denied', path, `Could not save ${path}: permission denied (${code})`)
  if (code === 'EBUSY')
    return new StorageError(
      'file-busy',
      path,
      `Could not save ${path}: another program holds the file (EBUSY)`,
    )
  const reason = error instanceof Error ? error.message : String(error)
  return new StorageError('write-failed', path, `Could not save ${path}: ${reason}`)
}
