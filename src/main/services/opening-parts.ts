// A document opened in two parts, so that a window paints a large set's text and first annotations without
// waiting for all of them: the first part holds the text and the annotations that begin before an offset
// (all that a view of the text's beginning can show), and the rest of the same reading is kept under a key
// until the window asks for it. A set is replaced, never changed in place, so splitting the same list again
// gives the same two lists, and the answers' encodings kept by identity (reply-bytes.ts, packed-reply.ts)
// serve every opening after the first.
import { randomUUID } from 'node:crypto'
import type { OpenedDocument, OpenedFirstPart, OpenedRest } from '@shared/ipc/contract'
import type { Annotation } from '@shared/model/annotation'
import { packedList } from '@shared/ipc/packed-reply'
import { err, ok, type Result } from '@shared/result'

/** Rests kept for windows still to ask: enough for a few windows opening at once. */
const KEPT = 8

interface Split {
  readonly upTo: number
  readonly first: readonly Annotation[]
  readonly rest: readonly Annotation[]
}

export class OpeningParts {
  private readonly splits = new WeakMap<readonly Annotation[], Split>()
  private readonly rests = new Map<string, { readonly text: string; readonly list: readonly Annotation[] }>()

  /** The opened document's first part; its rest is kept under the key the part names (none when empty). */
  first(opened: OpenedDocument, upTo: number): OpenedFirstPart {
    const { first, rest } = this.split(opened.annotations, upTo)
    if (rest.length === 0) return { meta: opened.meta, text: opened.text, rest: null, annotations: first }
    const key = randomUUID()
    this.rests.set(key, { text: opened.text, list: rest })
    for (const oldest of this.rests.keys()) if (this.rests.size > KEPT) this.rests.delete(oldest)
    // `annotations` last: the web host splices a kept encoding of the list at the end of the answer.
    return { meta: opened.meta, text: opened.text, rest: { key, count: rest.length }, annotations: first }
  }

  /** The rest kept under `key`, packed against its text; given once. */
  rest(key: string): Result<OpenedRest> {
    const kept = this.rests.get(key)
    if (!kept) return err('not-found', 'The rest of this opening is no longer kept: open the document again')
    this.rests.delete(key)
    return ok({ packed: packedList(kept.list, kept.text) })
  }

  private split(list: readonly Annotation[], upTo: number): Split {
    const known = this.splits.get(list)
    if (known?.upTo === upTo && known.first.length + known.rest.length === list.length) return known
    const first: Annotation[] = []
    const rest: Annotation[] = []
    for (const a of list) (a.start < upTo ? first : rest).push(a)
    const split = { upTo, first, rest }
    this.splits.set(list, split)
    return split
  }
}
