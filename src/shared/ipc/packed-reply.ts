// An opened document's reply (`{ ok: true, value: { text, …, annotations } }`) with its annotation list
// packed in columns (packed-annotations.ts), and back. The web host sends it packed as JSON bytes
// (src/main/web/reply-bytes.ts); the desktop app's IPC sends it packed too (src/main/shell/ipc.ts), since
// Electron copies a reply with the structured clone, then again across the context bridge, and both copy
// object by object: 20,000 annotation objects take about ten times as long as their columns, unpacking
// included (`npm run bench`, "desktop IPC" lines).
import {
  isPackedAnnotations,
  packAnnotations,
  unpackAnnotations,
  type PackedAnnotations,
} from './packed-annotations'

/** Lists shorter than this travel as they are: packing them gains nothing worth its code path. */
export const LARGE_LIST = 1000

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The last lists packed, by identity: a set is replaced, never changed in place, and reopened often. */
const packedLists = new WeakMap<
  readonly unknown[],
  { text: string; length: number; packed: PackedAnnotations }
>()

/** The list packed for this text, reusing the last packing of the same list (unless its length changed). */
export function packedList(list: readonly unknown[], text: string): PackedAnnotations {
  const known = packedLists.get(list)
  if (known?.text === text && known.length === list.length) return known.packed
  const packed = packAnnotations(list, text)
  packedLists.set(list, { text, length: list.length, packed })
  return packed
}

/** The reply with its opened document's annotations packed, when it is one and the list is large. */
export function packReply(value: unknown, largeList = LARGE_LIST): unknown {
  if (!isRecord(value) || value.ok !== true || !isRecord(value.value)) return value
  const opened = value.value
  const { text, annotations } = opened
  if (typeof text !== 'string' || !Array.isArray(annotations) || annotations.length < largeList) return value
  return { ...value, value: { ...opened, annotations: packedList(annotations, text) } }
}

/** A reply whose opened document was packed, unpacked; any other value as it is. */
export function unpackReply(value: unknown): unknown {
  if (!isRecord(value) || value.ok !== true || !isRecord(value.value)) return value
  const opened = value.value
  if (!isPackedAnnotations(opened.annotations) || typeof opened.text !== 'string') return value
  return { ...value, value: { ...opened, annotations: unpackAnnotations(opened.annotations, opened.text) } }
}
