// Watches one folder for files that change, and reports each file name once it has been quiet for a
// moment (editors, git and sync tools write in several steps: truncate, write, rename). The watch never
// keeps the process alive, and a folder that disappears simply stops being watched.
import { watch, type FSWatcher } from 'node:fs'

export const SETTLE_MS = 150

export interface FolderWatch {
  close(): void
}

/** Calls `onSettled(name)` for each file of `dir` that changed, `settleMs` after its last change. */
export function watchFolder(
  dir: string,
  onSettled: (name: string) => void,
  settleMs = SETTLE_MS,
): FolderWatch {
  const timers = new Map<string, ReturnType<typeof setTimeout>>()
  let watcher: FSWatcher | null = null
  const close = (): void => {
    watcher?.close()
    watcher = null
    for (const timer of timers.values()) clearTimeout(timer)
    timers.clear()
  }
  try {
    watcher = watch(dir, { persistent: false }, (_event, name) => {
      if (!name) return
      clearTimeout(timers.get(name))
      const timer = setTimeout(() => {
        timers.delete(name)
        onSettled(name)
      }, settleMs)
      timer.unref()
      timers.set(name, timer)
    })
    watcher.on('error', close)
  } catch {
    close()
  }
  return { close }
}
