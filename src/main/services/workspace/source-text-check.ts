// Detects a document whose canonical text (`text.txt`) was changed outside Parley: its SHA-256 no longer
// matches the one recorded at import (`document.json`), or the one an annotation set was made against.
// Annotations on a changed text must be re-anchored or flagged (reanchorAnnotations in
// src/shared/model/reanchor.ts), never used at their old offsets as if nothing happened.
import type { DocumentMeta } from '@shared/model/document'
import { sha256Of } from '../storage/content-hash'
import { readDocumentText } from './document-store'

export interface SourceTextCheck {
  readonly text: string
  readonly textSha256: string
  /** True when the text is not the one recorded at import. */
  readonly changed: boolean
}

export async function checkSourceText(root: string, meta: DocumentMeta): Promise<SourceTextCheck> {
  const text = await readDocumentText(root, meta.id)
  const textSha256 = sha256Of(text)
  return { text, textSha256, changed: textSha256 !== meta.textSha256 }
}

/** True when an annotation set was made against another version of the text than `check` read. */
export const isMadeOnOtherText = (set: { readonly textSha256: string }, check: SourceTextCheck): boolean =>
  set.textSha256 !== check.textSha256
