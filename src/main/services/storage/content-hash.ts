// The SHA-256 of a file's bytes: how Parley tells its own writes from changes made by other programs.
import { createHash } from 'node:crypto'

export const sha256Of = (bytes: string | Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex')
