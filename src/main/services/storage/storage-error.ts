// Storage failures an analyst can act on: each names the file and says what happened.

export type StorageErrorCode =
  'corrupt-file' | 'disk-full' | 'permission-denied' | 'write-failed' | 'read-failed'

export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    readonly path: string,
    message: string,
  ) {
    super(message)
    this.name = 'StorageError'
  }
}

/** Turns a Node fs error into a StorageError whose message names the file and the reason. */
export function describeWriteError(error: unknown, path: string): StorageError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return new StorageError('disk-full', path, `Could not save ${path}: the disk is full`)
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return new StorageError('permission-denied', path, `Could not save ${path}: permission denied (${code})`)
  const reason = error instanceof Error ? error.message : String(error)
  return new StorageError('write-failed', path, `Could not save ${path}: ${reason}`)
}
