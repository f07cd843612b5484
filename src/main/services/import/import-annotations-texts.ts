// The workspace's texts as an import needs them: synchronously by document id (the formats' `textOf`
// is synchronous), read from disk only when a file asks for that document, and each read once.
import { readFileSync } from 'node:fs'
import type { Workspace } from '../workspace/workspace'
import { textPath } from '../workspace/workspace-paths'

export type TextOf = (documentId: string) => string | null

export function workspaceTexts(workspace: Workspace): TextOf {
  const cache = new Map<string, string>()
  return (id) => {
    if (!workspace.documents.has(id)) return null
    let text = cache.get(id)
    if (text === undefined) {
      text = readFileSync(textPath(workspace.root, id), 'utf8')
      cache.set(id, text)
    }
    return text
  }
}
