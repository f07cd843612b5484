// Watches the folders of the open annotation sets, so that a file another program changed (git pull, a
// sync tool) is reloaded, or kept beside the analyst's unsaved version, and she is told (the store's
// `onFileChanged`). Parley's own writes leave the file with the hash it knows, so they change nothing.
import { annotationsDir, annotatorFileStem } from './workspace-paths'
import type { AnnotationStore } from './annotation-store'
import { SETTLE_MS, watchFolder, type FolderWatch } from './watch-folder'

export interface AnnotationSetsWatch {
  close(): void
}

export function watchAnnotationSets(
  store: AnnotationStore,
  root: string,
  settleMs = SETTLE_MS,
): AnnotationSetsWatch {
  const folders = new Map<string, { watch: FolderWatch; annotators: Map<string, string> }>()
  store.onSetOpened = (documentId, annotator) => {
    let folder = folders.get(documentId)
    if (!folder) {
      const annotators = new Map<string, string>()
      const onSettled = (name: string): void => {
        const who = annotators.get(name)
        if (who === undefined) return // a temp file, a conflict copy, or a set nobody opened
        store.syncWithDisk(documentId, who).catch((error: unknown) => {
          console.warn(`Parley could not check ${name} of ${documentId} against the disk:`, error)
        })
      }
      folder = { watch: watchFolder(annotationsDir(root, documentId), onSettled, settleMs), annotators }
      folders.set(documentId, folder)
    }
    folder.annotators.set(`${annotatorFileStem(annotator)}.json`, annotator)
  }
  return {
    close() {
      store.onSetOpened = null
      for (const folder of folders.values()) folder.watch.close()
      folders.clear()
    },
  }
}
