// The bytes of an API answer. An opened document's annotation list is the one large thing answers carry
// (8 MB of JSON at 20,000 annotations): it travels packed (packed-annotations.ts, a third of the size, which
// the browser unpacks), and as a set is replaced, never changed in place, the packed bytes of the last few
// lists are kept and spliced into the answer, so opening a document again neither serialises nor encodes
// its annotations. The splice is taken only for the shape it is made for (`{ ok: true, value: { …, text,
// annotations } }` with the list last); anything else is `encodeReply({ value })` as it is. Unpacked with
// unpackReply, the answer is what encodeReply's would be.
import { packAnnotations } from '@shared/ipc/packed-annotations'
import { encodeReply } from '@shared/ipc/wire'

/** Lists shorter than this are encoded with the rest of the answer. */
export const LARGE_LIST = 1000
/** Encoded lists kept, most recently used last. */
const KEPT = 4
interface Kept {
  readonly text: string
  readonly length: number
  readonly bytes: Buffer
}
const kept = new Map<readonly unknown[], Kept>()

export function replyBytes(value: unknown, largeList = LARGE_LIST): Buffer {
  const pieces = splicedPieces(value, largeList)
  if (!pieces) return Buffer.from(encodeReply({ value }), 'utf8')
  const list = encodedList(pieces.list, pieces.text)
  return Buffer.concat([Buffer.from(pieces.head, 'utf8'), list, Buffer.from('}}}')])
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function splicedPieces(
  value: unknown,
  largeList: number,
): { head: string; list: unknown[]; text: string } | null {
  if (!isRecord(value) || value.ok !== true || Object.keys(value).join() !== 'ok,value') return null
  const opened = value.value
  if (!isRecord(opened) || Object.keys(opened).at(-1) !== 'annotations') return null
  const { annotations: list, ...rest } = opened
  if (!Array.isArray(list) || list.length < largeList || hasToJson(value) || hasToJson(opened)) return null
  if (typeof rest.text !== 'string') return null
  const restJson = encodeReply(rest)
  return {
    head: `{"value":{"ok":true,"value":${restJson.slice(0, -1)},"annotations":`,
    list,
    text: rest.text,
  }
}

const hasToJson = (value: object): boolean => typeof (value as { toJSON?: unknown }).toJSON === 'function'

/** The packed list's JSON bytes, kept (a list whose length changed in place is packed again). */
function encodedList(list: unknown[], text: string): Buffer {
  const known = kept.get(list)
  kept.delete(list)
  const entry =
    known?.length === list.length && known.text === text
      ? known
      : { text, length: list.length, bytes: Buffer.from(encodeReply(packAnnotations(list, text)), 'utf8') }
  kept.set(list, entry)
  for (const oldest of kept.keys()) if (kept.size > KEPT) kept.delete(oldest)
  return entry.bytes
}
