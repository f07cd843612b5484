// Watches the canonical text (`text.txt`) of each document the window opened, so that a text rewritten by
// another program while it is open (a git pull, an editor) reaches the window, which reopens it with its
// spans re-anchored by quote or flagged (RELIABILITY.md 9 and 11), never silently shifted. Parley never
// rewrites a text after importing it; the SHA-256 of the text it last read is what tells a change from a
// touch, so its own reads and writes never count as one.
import { nodeWriterFs } from '../storage/writer-fs'
import { SETTLE_MS, watchFolder, type FolderWatch } from './watch-folder'
import { documentDir, textPath } from './workspace-paths'

export interface SourceTextsWatch {
  /** Watches this document's text from now on; `textSha256`: the SHA-256 of the text as last read. */
  follow(documentId: string, textSha256: string): void
  close(): void
}

export function watchSourceTexts(
  root: string,
  onChanged: (documentId: string) => void,
  settleMs = SETTLE_MS,
): SourceTextsWatch {
  const followed = new Map<string, { known: string; readonly watch: FolderWatch }>()
  const check = (documentId: string): void => {
    nodeWriterFs
      .sha256OfFile(textPath(root, documentId))
      .then((hash) => {
        const entry = followed.get(documentId)
        // A deleted text is not a new version: opening the document then says it is missing.
        if (!entry || hash === null || hash === entry.known) return
        entry.known = hash
        onChanged(documentId)
      })
      .catch((error: unknown) => console.warn(`Parley could not check the text of ${documentId}:`, error))
  }
  return {
    follow(documentId, textSha256) {
      const entry = followed.get(documentId)
      if (entry) {
        entry.known = textSha256
        return
      }
      const onSettled = (name: string): void => void (name === 'text.txt' && check(documentId))
      const watch = watchFolder(documentDir(root, documentId), onSettled, settleMs)
      followed.set(documentId, { known: textSha256, watch })
    },
    close() {
      for (const entry of followed.values()) entry.watch.close()
      followed.clear()
    },
  }
}
