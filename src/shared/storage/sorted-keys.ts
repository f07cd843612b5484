// What JSON.stringify must be given for keys to come out sorted, built before serialising so that the
// serialiser runs natively instead of calling a replacer back for every value. The reference is the replacer
// `sortKeys` (each object copied with its keys inserted in sorted order); `withSortedKeys` hands JSON.stringify
// exactly what that replacer would, so the bytes are the same, and keeps objects whose keys are already in
// order as they are: data read back from a stable file is not copied at all. Values that need the replacer's
// own timing (a `toJSON` method, cycles, very deep nesting) are left to it.

/** The reference: JSON.stringify's replacer that copies each object with its keys sorted. */
export function sortKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value
  const sorted: Record<string, unknown> = {}
  for (const key of Object.keys(value).sort()) sorted[key] = (value as Record<string, unknown>)[key]
  return sorted
}

/** Returned when only the replacer gives the right bytes. */
export const NEEDS_REPLACER: unique symbol = Symbol('needs the key-sorting replacer')

/** Deeper than this, the replacer decides (and reports a cycle as JSON.stringify does). */
const MAX_DEPTH = 500

/** `value` as the replacer would hand it to JSON.stringify, objects kept where their keys are in order. */
export function withSortedKeys(value: unknown): unknown {
  return sorted(value, 0)
}

function sorted(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null) return value
  if (depth > MAX_DEPTH || typeof (value as { toJSON?: unknown }).toJSON === 'function') return NEEDS_REPLACER
  return Array.isArray(value) ? sortedItems(value, depth) : sortedRecord(value, depth)
}

/** The replacer leaves arrays as they are and sees their items: copied only if an item changed. */
function sortedItems(items: readonly unknown[], depth: number): unknown {
  let copy: unknown[] | null = null
  for (let i = 0; i < items.length; i++) {
    const item = items[i]
    const done = sorted(item, depth + 1)
    if (done === NEEDS_REPLACER) return NEEDS_REPLACER
    if (copy) copy.push(done)
    else if (done !== item) {
      copy = items.slice(0, i)
      copy.push(done)
    }
  }
  return copy ?? items
}

function sortedRecord(record: object, depth: number): unknown {
  const keys = Object.keys(record)
  const items = record as Record<string, unknown>
  // Kept as is only when copying could change nothing: a plain object, keys in order, no `__proto__` key
  // (the replacer's copy turns that key into a prototype, so it disappears from the output). The values
  // are collected only once a copy is needed.
  let values: unknown[] | null = isPlain(record) ? null : []
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!
    const item = items[key]
    const done = sorted(item, depth + 1)
    if (done === NEEDS_REPLACER) return NEEDS_REPLACER
    if (values === null && (done !== item || key === '__proto__' || (i > 0 && keys[i - 1]! > key)))
      values = keys.slice(0, i).map((earlier) => items[earlier])
    values?.push(done)
  }
  if (values === null) return record
  const copy: Record<string, unknown> = {}
  const order = keys.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : 1))
  for (const i of order) copy[keys[i]!] = values[i]
  return copy
}

function isPlain(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}
