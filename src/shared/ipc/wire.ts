// The text form of contract values on the local web host's HTTP wire: JSON, with each `Uint8Array` written
// as `{"$bytes": "<base64>"}`. To keep that marker unambiguous, an object key that starts with `$` gets one
// more `$` on the way out and loses it on the way in, so a user attribute named `$bytes` stays a string.
// Decoding copies objects with `defineProperty`, so a `__proto__` key stays an own key (as JSON.parse left
// it) and never becomes a prototype.
import { fromByteArray, toByteArray } from 'base64-js'

const BYTES = '$bytes'

type JsonObject = Record<string, unknown>

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function escapeKeys(value: JsonObject): JsonObject {
  const out: JsonObject = {}
  for (const [key, inner] of Object.entries(value)) define(out, key.startsWith('$') ? `$${key}` : key, inner)
  return out
}

function define(target: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

/** Writes a value as wire text. Dates and other `toJSON` values follow JSON.stringify. */
export function encodeWire(value: unknown): string {
  // `this[key]` is the value before `toJSON`, so a Node Buffer (a Uint8Array with its own toJSON) is bytes too.
  return JSON.stringify(value, function (this: unknown, key: string, current: unknown) {
    const original: unknown = isObject(this) ? this[key] : current
    if (original instanceof Uint8Array) return { [BYTES]: fromByteArray(original) }
    if (isObject(current) && Object.keys(current).some((k) => k.startsWith('$'))) return escapeKeys(current)
    return current
  })
}

function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive)
  if (!isObject(value)) return value
  const keys = Object.keys(value)
  if (keys.length === 1 && keys[0] === BYTES) {
    const base64 = value[BYTES]
    if (typeof base64 !== 'string') throw new SyntaxError('wire: $bytes holds no base64 string')
    return toByteArray(base64)
  }
  const out: JsonObject = {}
  for (const key of keys) {
    if (key.startsWith('$') && !key.startsWith('$$')) throw new SyntaxError(`wire: unknown marker ${key}`)
    define(out, key.startsWith('$') ? key.slice(1) : key, revive(value[key]))
  }
  return out
}

/** Reads wire text back; throws a SyntaxError on text that is not JSON or holds a malformed marker. */
export function decodeWire(text: string): unknown {
  return revive(JSON.parse(text))
}

/**
 * Replies and pushes (main → renderer) never carry bytes, so they travel as plain JSON: no replacer and no
 * copying reviver, which matters for a document with 20,000 annotations. JSON.parse keeps a `__proto__`
 * key as an own property, so nothing is polluted.
 */
export const encodeReply = (value: unknown): string => JSON.stringify(value)

export const decodeReply = (text: string): unknown => JSON.parse(text)
