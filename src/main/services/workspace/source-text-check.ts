// Detects a document whose canonical text (`text.txt`) was changed outside Parley: its SHA-256 no longer
// matches the one recorded at import (`document.json`), or the one an annotation set was made against.
// Annotations on a changed text must be re-anchored or flagged (reanchorAnnotations in
// src/shared/model/reanchor.ts), never used at their old offsets as if nothing happened: every opening of a
// set made on another text re-anchors it (showOnText), and the flagged spans stay in the file, out of view.
import type { SourceTextChanged } from '@shared/ipc/contract'
import type { Annotation } from '@shared/model/annotation'
import type { DocumentMeta } from '@shared/model/document'
import type { AnnotationStore } from './annotation-store'
import { reanchorAnnotations } from '@shared/model/reanchor'
import { createOffsetIndex } from '@shared/text/offsets'
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

/** A set opened on a text other than the one it was made on: what the editor shows, what moved, what is flagged. */
export interface ReanchoredOpening {
  /** Kept and moved spans; flagged ones are left out (their old offsets would point at other words). */
  readonly annotations: readonly Annotation[]
  /** The spans found again at another place, to be saved there. */
  readonly moved: readonly Annotation[]
  readonly flagged: SourceTextChanged['flagged']
}

/** Re-anchors `annotations` by quote when the set was made on another text; null when the text is its own. */
export function reanchorOnText(
  text: string,
  textSha256: string,
  set: { readonly textSha256: string; readonly annotations: readonly Annotation[] },
): ReanchoredOpening | null {
  if (set.textSha256 === textSha256) return null
  const result = reanchorAnnotations(text, createOffsetIndex(text), set.annotations)
  const reasons = new Map(result.flagged.map((f) => [f.id, f.reason]))
  const moved = new Set(result.moved)
  return {
    annotations: result.annotations.filter((a) => !reasons.has(a.id)),
    moved: result.annotations.filter((a) => moved.has(a.id)),
    flagged: set.annotations.flatMap((a) => {
      const reason = reasons.get(a.id)
      return reason ? [{ id: a.id, quote: a.quote.exact, reason }] : []
    }),
  }
}

/** The annotations to show of a set opened on `text`: as stored, or — when the set was made on another text —
 * re-anchored, the moved ones saved at their new place (in her own set only), with the change to push. */
export async function showOnText(
  store: AnnotationStore,
  meta: DocumentMeta,
  annotator: string,
  own: boolean,
  text: string,
  textSha256: string,
  set: { readonly textSha256: string; readonly annotations: readonly Annotation[] },
): Promise<{ readonly annotations: readonly Annotation[]; readonly change: SourceTextChanged | null }> {
  const changed = reanchorOnText(text, textSha256, set)
  if (!changed) return { annotations: set.annotations, change: null }
  const { moved, flagged } = changed
  if (own && moved.length > 0)
    await store.apply(
      meta,
      annotator,
      moved.map((annotation) => ({ op: 'put', annotation })),
    )
  const change = moved.length > 0 || flagged.length > 0
  return {
    annotations: changed.annotations,
    change: change ? { documentId: meta.id, reopen: false, moved: moved.length, flagged } : null,
  }
}
