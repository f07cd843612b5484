// The bytes of an API answer. An opened document's annotation list is the one large thing answers carry
// (8 MB of JSON at 20,000 annotations): it travels packed (packed-annotations.ts, a third of the size, which
// the browser unpacks), and as a set is replaced, never changed in place, the packed bytes of the last few
// lists are kept and spliced into the answer, so opening a document again neither serialises nor encodes
// its annotations. The splice is taken only for the shape it is made for (`{ ok: true, value: { …, text,
// annotations } }` with the list last); anything else is `encodeReply({ value })` as it is. An opened
// document's text travels apart, after ASCII-only JSON (text-apart.ts). Read with readAnswer and unpacked
// with unpackReply (packed-reply.ts), the answer is what encodeReply's would be.
import { packAnnotations } from '@shared/ipc/packed-annotations'
import { LARGE_LIST } from '@shared/ipc/packed-reply'
import { asciiJson, openedWithText } from '@shared/ipc/text-apart'
import { encodeReply } from '@shared/ipc/wire'

/** Encoded lists kept, most recently used last. */
const KEPT = 4
interface Kept {
  readonly text: string
  readonly length: number
  readonly bytes: Buffer
}
const kept = new Map<readonly unknown[], Kept>()

export interface Reply {
  readonly body: Buffer
  /** How many bytes at the end of the body are the opened document's text; null when it is all JSON. */
  readonly textBytes: number | null
}

export function replyBytes(value: unknown, largeList = LARGE_LIST): Reply {
  const opened = openedWithText(value)
  if (!opened) return { body: Buffer.from(encodeReply({ value }), 'utf8'), textBytes: null }
  const text = Buffer.from(opened.text as string, 'utf8')
  const pieces = splicedPieces(opened, largeList)
  const json = pieces
    ? [
        Buffer.from(pieces.head, 'latin1'),
        encodedList(pieces.list, opened.text as string),
        Buffer.from('}}}'),
      ]
    : [
        Buffer.from(
          asciiJson(encodeReply({ value: { ...(value as object), value: { ...opened, text: '' } } })),
          'latin1',
        ),
      ]
  return { body: Buffer.concat([...json, text]), textBytes: text.length }
}

/** The JSON before the list (ASCII, the text left empty), when the list is large and last. */
function splicedPieces(
  opened: Record<string, unknown>,
  largeList: number,
): { head: string; list: unknown[] } | null {
  if (Object.keys(opened).at(-1) !== 'annotations') return null
  const { annotations: list, ...rest } = opened
  if (!Array.isArray(list) || list.length < largeList) return null
  const restJson = asciiJson(encodeReply({ ...rest, text: '' }))
  return { head: `{"value":{"ok":true,"value":${restJson.slice(0, -1)},"annotations":`, list }
}

/** The packed list's JSON bytes, kept (a list whose length changed in place is packed again). */
function encodedList(list: unknown[], text: string): Buffer {
  const known = kept.get(list)
  kept.delete(list)
  const entry =
    known?.length === list.length && known.text === text
      ? known
      : {
          text,
          length: list.length,
          bytes: Buffer.from(asciiJson(encodeReply(packAnnotations(list, text))), 'latin1'),
        }
  kept.set(list, entry)
  for (const oldest of kept.keys()) if (kept.size > KEPT) kept.delete(oldest)
  return entry.bytes
}
