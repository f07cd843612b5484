// Sorted-key JSON for objects a format builds itself with their keys in sorted order: only the parts that
// come as stored from the analyst's data (attributes, roles) may hold keys in another order, so only those
// are sorted, by the same reference as stableJson (withSortedKeys), and JSON.stringify runs natively on
// the whole without walking every annotation again. The bytes are stableJson's as long as the caller builds
// every other object with sorted keys and plain values; a part that only the key-sorting replacer can
// serialise exactly (a `toJSON`, deep nesting) sends the whole value back to stableJson.
import { stableJson } from '../storage/stable-json'
import { NEEDS_REPLACER, withSortedKeys } from '../storage/sorted-keys'

export interface SortedParts {
  /** `value` with its keys sorted (the same object when they already are); may be passed detached. */
  readonly part: <T>(value: T) => T
  /** JSON of `value` (built with sorted keys around its parts), indented by `space`: stableJson's bytes. */
  json(value: unknown, space?: number): string
}

export function sortedParts(): SortedParts {
  let exact = true
  return {
    part: <T>(value: T): T => {
      const sorted = withSortedKeys(value)
      if (sorted !== NEEDS_REPLACER) return sorted as T
      exact = false
      return value
    },
    json: (value, space) => (exact ? JSON.stringify(value, null, space) : stableJson(value, space)),
  }
}
