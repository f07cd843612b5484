// Reads files chosen in the file picker or dropped on the window, refusing oversized ones before reading
// (the services check again).
import { MAX_TEXT_BYTES } from '@shared/ipc/limits'
import type { ImportTextRequest } from '@shared/ipc/contract'
import { err, ok, type Result } from '@shared/result'
import { i18n } from '../i18n/i18n'
import { formatNumber } from '../i18n/format'

const MB = 1024 * 1024

export async function readTextFile(file: File): Promise<Result<ImportTextRequest>> {
  if (file.size > MAX_TEXT_BYTES)
    return err(
      'too-large',
      i18n.t('common:errors.tooLarge', {
        name: file.name,
        size: formatNumber(Math.round((file.size / MB) * 10) / 10),
        limit: formatNumber(MAX_TEXT_BYTES / MB),
      }),
    )
  return ok({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
}
