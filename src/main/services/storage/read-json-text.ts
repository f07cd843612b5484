// Reads a stored JSON file's bytes into checked data, or says precisely why it cannot: empty, NUL bytes
// (a crash or disk fault can leave a file of zeros), a git conflict marker, invalid JSON, or content that
// is not what we expect. Every message names the file with line:column. A UTF-8 byte-order mark before
// valid JSON is accepted (an editor may add one); Parley writes files without it, so the next save drops it.
import { conflictMarkerLine, jsonErrorLocation } from '@shared/storage/stable-json'
import type { Result } from '@shared/result'
import { StorageError } from './storage-error'

/** Checks (and migrates) what was read; returns a reason when the content is not what we expect. */
export type StoredParser<T> = (raw: unknown) => Result<T>

const BOM = '\uFEFF'

export function readJsonText<T>(path: string, bytes: Uint8Array, parse: StoredParser<T>): T {
  const decoded = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
  const text = decoded.startsWith(BOM) ? decoded.slice(1) : decoded
  const corrupt = (where: string, what: string): StorageError =>
    new StorageError('corrupt-file', path, `${path}${where} ${what}; it was left untouched`)
  if (text.trim() === '') throw corrupt(':1:1', 'is empty')
  const conflict = conflictMarkerLine(text)
  if (conflict !== null) throw corrupt(`:${conflict}:1`, 'holds a git conflict marker; resolve the merge')
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    const found = jsonErrorLocation(text, error)
    const nul = text.includes('\u0000') ? ': it holds NUL bytes (left by a crash or a disk fault)' : ''
    throw corrupt(found ? `:${found.line}:${found.column}` : '', `is not valid JSON${nul}`)
  }
  const parsed = parse(raw)
  if (!parsed.ok) throw corrupt(':', parsed.error.message)
  return parsed.value
}
