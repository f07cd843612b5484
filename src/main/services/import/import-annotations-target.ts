// Decides which workspace document an imported document's annotations go to: the one whose canonical
// text has the same SHA-256 (whatever the file calls it), else the one with its id (or title), whose text
// then differs and the spans are re-anchored; else, when the file carries its text, a new document made
// from that text (one per distinct text, however many files or annotators refer to it).
import { createHash } from 'node:crypto'
import { byCodeUnits } from '@shared/formats/export-order'
import type { DocumentMeta } from '@shared/model/document'
import type { Workspace } from '../workspace/workspace'
import { decodeText, type DecodedText } from './decode-text'
import type { TextOf } from './import-annotations-texts'

export interface NewDocument {
  readonly fileName: string
  readonly decoded: DecodedText
}

export type Target =
  | { readonly kind: 'existing'; readonly meta: DocumentMeta; readonly text: string }
  | { readonly kind: 'new'; readonly document: NewDocument; readonly text: string }

export type TargetOf = (name: string, text: string | null) => Target | { readonly problem: string }

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

export function createTargetResolver(workspace: Workspace, textOf: TextOf): TargetOf {
  const metas = [...workspace.documents.values()].sort((a, b) => byCodeUnits(a.id, b.id))
  const created = new Map<string, NewDocument>()
  const existing = (meta: DocumentMeta): Target => ({ kind: 'existing', meta, text: textOf(meta.id) ?? '' })
  return (name, text) => {
    const hash = text === null ? null : sha256(text)
    const same = metas.filter((m) => m.textSha256 === hash)
    const sameText = same.find((m) => m.id === name) ?? same[0]
    if (sameText) return existing(sameText)
    const named = workspace.documents.get(name) ?? metas.find((m) => m.title === name)
    if (named) return existing(named)
    if (text === null || hash === null)
      return { problem: `no document ${name} in the workspace, and the file does not carry its text` }
    let document = created.get(hash)
    if (!document) {
      const fileName = `${name}.txt`
      const decoded = decodeText(new TextEncoder().encode(text), fileName)
      if (!decoded.ok) return { problem: `its text cannot become a document: ${decoded.error.message}` }
      // CRLF line ends: the canonical text may be one the workspace already has.
      const canonical = metas.find((m) => m.textSha256 === decoded.value.textSha256)
      if (canonical) return existing(canonical)
      document = { fileName, decoded: decoded.value }
      created.set(hash, document)
    }
    return { kind: 'new', document, text: document.decoded.text }
  }
}
