// The bytes of an API answer, `encodeReply({ value })` as UTF-8. An opened document's annotation list is
// the one large thing replies carry (12 MB of JSON at 20,000 annotations) and a set is replaced, never
// changed in place, so the encoded bytes of the last few lists are kept and spliced into the answer:
// opening a document again costs neither a JSON.stringify nor a UTF-8 encoding of its annotations. The
// splice is taken only for the shape it is made for (`{ ok: true, value: { …, annotations } }` with the
// list last); anything else is encoded whole. Either way the bytes are those of `encodeReply`.
import { encodeReply } from '@shared/ipc/wire'

/** Lists shorter than this are encoded with the rest of the answer. */
export const LARGE_LIST = 1000
/** Encoded lists kept, most recently used last. */
const KEPT = 4
const kept = new Map<readonly unknown[], { readonly length: number; readonly bytes: Buffer }>()

export function replyBytes(value: unknown, largeList = LARGE_LIST): Buffer {
  const pieces = splicedPieces(value, largeList)
  if (!pieces) return Buffer.from(encodeReply({ value }), 'utf8')
  return Buffer.concat([Buffer.from(pieces.head, 'utf8'), encodedList(pieces.list), Buffer.from('}}}')])
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function splicedPieces(value: unknown, largeList: number): { head: string; list: unknown[] } | null {
  if (!isRecord(value) || value.ok !== true || Object.keys(value).join() !== 'ok,value') return null
  const opened = value.value
  if (!isRecord(opened) || Object.keys(opened).at(-1) !== 'annotations') return null
  const { annotations: list, ...rest } = opened
  if (!Array.isArray(list) || list.length < largeList || hasToJson(value) || hasToJson(opened)) return null
  const restJson = encodeReply(rest)
  if (restJson === '{}') return null
  return { head: `{"value":{"ok":true,"value":${restJson.slice(0, -1)},"annotations":`, list }
}

const hasToJson = (value: object): boolean => typeof (value as { toJSON?: unknown }).toJSON === 'function'

/** The list's JSON bytes, kept (a list whose length changed in place is encoded again). */
function encodedList(list: unknown[]): Buffer {
  const known = kept.get(list)
  kept.delete(list)
  const entry =
    known?.length === list.length
      ? known
      : { length: list.length, bytes: Buffer.from(encodeReply(list), 'utf8') }
  kept.set(list, entry)
  for (const oldest of kept.keys()) if (kept.size > KEPT) kept.delete(oldest)
  return entry.bytes
}
