// Import Folder…: the analyst picks a folder (a directory picker, `webkitdirectory`, which Chromium and
// Electron honour); every text in it and its subfolders is imported one at a time through the same service
// as Open Text…, with a progress bar she can cancel, then a summary lists what was imported and every
// skipped file with its reason. Hidden files and folders (`.git/`, `.DS_Store`) are passed over silently.
import { useEffect, useRef, useState } from 'react'
import type { Bridge } from '@shared/ipc/contract'
import type { Store } from '../../state/store'
import { FolderImportProgress } from './FolderImportProgress'
import { FolderImportSummary } from './FolderImportSummary'
import { importFolderFiles, type FolderImportResult, type FolderProgress } from './folder-import'
import { planFolderImport } from './folder-plan'
import './import-folder.css'

/** React's types do not know the directory picker's attributes. */
const DIRECTORY_PICKER: Record<string, string> = { webkitdirectory: '', directory: '' }

interface ImportFolderProps {
  readonly api: Bridge
  /** Bumped to open the folder picker (the menu command, the document list's button). */
  readonly requests: Store<number>
  /** Called with the last imported document when the import ends: the list refreshes and opens it. */
  readonly onImported: (lastId: string) => void
}

export function ImportFolder({ api, requests, onImported }: ImportFolderProps) {
  const picker = useRef<HTMLInputElement>(null)
  const running = useRef<AbortController | null>(null)
  const [progress, setProgress] = useState<FolderProgress | null>(null)
  const [cancelling, setCancelling] = useState(false)
  const [result, setResult] = useState<FolderImportResult | null>(null)
  useEffect(
    () =>
      requests.subscribe(() => {
        if (!running.current) picker.current?.click()
      }),
    [requests],
  )

  const run = async (files: readonly File[]): Promise<void> => {
    const controller = new AbortController()
    running.current = controller
    setResult(null)
    setCancelling(false)
    const plan = planFolderImport(files, (file) => file.webkitRelativePath || file.name)
    setProgress({ done: 0, total: plan.toImport.length, current: '' })
    try {
      const finished = await importFolderFiles(api, plan, setProgress, controller.signal)
      setResult(finished)
      const last = finished.imported.at(-1)
      if (last) onImported(last.id)
    } finally {
      running.current = null
      setProgress(null)
    }
  }
  const cancel = (): void => {
    running.current?.abort()
    setCancelling(true)
  }

  return (
    <>
      <input
        ref={picker}
        type="file"
        hidden
        multiple
        {...DIRECTORY_PICKER}
        data-testid="folder-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])]
          event.target.value = ''
          if (files.length > 0) void run(files)
        }}
      />
      {progress && <FolderImportProgress progress={progress} cancelling={cancelling} onCancel={cancel} />}
      {result && <FolderImportSummary result={result} onClose={() => setResult(null)} />}
    </>
  )
}
