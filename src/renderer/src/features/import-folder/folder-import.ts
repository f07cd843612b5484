// Imports the files of a folder plan one at a time through `api.importText`, the same path as File › Open
// Text…, reporting progress before each file and stopping between files when cancelled. A refusal skips
// the file with the service's reason; nothing stops the rest.
import type { Bridge } from '@shared/ipc/contract'
import type { DocumentSummary } from '@shared/model/document'
import { readTextFile } from '../../state/read-text-file'
import type { FolderPlan, SkippedFile } from './folder-plan'

export interface FolderProgress {
  /** Files handled so far. */
  readonly done: number
  readonly total: number
  /** The path of the file being imported. */
  readonly current: string
}

export interface FolderImportResult {
  readonly imported: readonly DocumentSummary[]
  /** Files planned but not attempted because the analyst cancelled. */
  readonly notAttempted: number
  readonly skipped: readonly SkippedFile[]
}

export async function importFolderFiles(
  api: Pick<Bridge, 'importText'>,
  plan: FolderPlan<File>,
  onProgress: (progress: FolderProgress) => void,
  signal: AbortSignal,
): Promise<FolderImportResult> {
  const imported: DocumentSummary[] = []
  const skipped: SkippedFile[] = [...plan.skipped]
  const total = plan.toImport.length
  let done = 0
  for (const { file, path } of plan.toImport) {
    if (signal.aborted) break
    onProgress({ done, total, current: path })
    try {
      const request = await readTextFile(file)
      const result = request.ok ? await api.importText(request.value) : request
      if (result.ok) imported.push(result.value)
      else skipped.push({ path, code: result.error.code, detail: result.error.message })
    } catch (error) {
      // The file went away or cannot be read since it was chosen.
      skipped.push({
        path,
        code: 'unreadable',
        detail: error instanceof Error ? error.message : String(error),
      })
    }
    done++
  }
  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return { imported, notAttempted: total - done, skipped }
}
