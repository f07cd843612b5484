// Reads files chosen in the file picker or dropped on the window, refusing oversized ones before reading
// (the services check again).
import { MAX_TEXT_BYTES } from '@shared/ipc/limits'
import type { ImportTextRequest } from '@shared/ipc/contract'
import { err, ok, type Result } from '@shared/result'

export async function readTextFile(file: File): Promise<Result<ImportTextRequest>> {
  if (file.size > MAX_TEXT_BYTES)
    return err(
      'too-large',
      `${file.name} is ${(file.size / 1048576).toFixed(1)} MB; Parley opens texts up to 50 MB`,
    )
  return ok({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
}
