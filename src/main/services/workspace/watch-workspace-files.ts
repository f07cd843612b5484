// Watches the workspace's own files, `settings.json` and `tag-schema.json`, so that a tag schema pulled
// with git or edited by a colleague on a shared drive reaches the open window (RELIABILITY.md 9), the same
// way the annotation sets do (watch-annotation-sets.ts). Parley's own writes leave the hash it knows, so
// they change nothing; an unreadable version leaves memory as it was.
import type { DiskChange } from '../storage/stored-file'
import { SETTLE_MS, watchFolder, type FolderWatch } from './watch-folder'
import type { Workspace } from './workspace'

export function watchWorkspaceFiles(
  workspace: Workspace,
  onChanged: (file: 'settings.json' | 'tag-schema.json', change: DiskChange) => void,
  settleMs = SETTLE_MS,
): FolderWatch {
  const files = { 'settings.json': workspace.settings, 'tag-schema.json': workspace.tagSchema } as const
  return watchFolder(
    workspace.root,
    (name) => {
      if (name !== 'settings.json' && name !== 'tag-schema.json') return
      files[name]
        .syncWithDisk()
        .then((change) => change.action !== 'unchanged' && onChanged(name, change))
        .catch((error: unknown) => console.warn(`Parley could not check ${name} against the disk:`, error))
    },
    settleMs,
  )
}
