// Serialises stored data the same way every time: keys sorted, two-space indent, `\n` endings and a final
// newline, so a workspace diffs and merges well in git and equal data gives equal bytes. Keys are sorted
// before serialising (sorted-keys.ts), so JSON.stringify runs without a replacer.
import { NEEDS_REPLACER, sortKeys, withSortedKeys } from './sorted-keys'

export function stableStringify(value: unknown): string {
  return stableJson(value, 2) + '\n'
}

/** JSON with every object's keys sorted, indented by `space` (none by default), without final newline. */
export function stableJson(value: unknown, space?: number): string {
  const sorted = withSortedKeys(value)
  return sorted === NEEDS_REPLACER
    ? JSON.stringify(value, sortKeys, space)
    : JSON.stringify(sorted, null, space)
}

/**
 * The pieces `stableStringifyChunks` yields: joined, exactly the bytes of `stableStringify`. They can be
 * iterated again (a save, then its backup): each iteration serialises them anew, from what was captured.
 */
export type JsonChunks = Iterable<string>

/** Arrays of the top-level object longer than this are serialised this many items per chunk. */
export const ITEMS_PER_CHUNK = 50

/**
 * `stableStringify(value)` in pieces, so a large file can be serialised and written a piece at a time with
 * the event loop free in between: the top-level object's small values are serialised now (the call
 * captures the value), each top-level array longer than `itemsPerChunk` is copied now and serialised
 * later, `itemsPerChunk` items per piece, at the indent `stableStringify` gives them. Anything but a plain
 * object comes out in one piece. The array items must not be changed in place meanwhile (Parley replaces
 * annotations, never mutates them).
 */
export function stableStringifyChunks(value: unknown, itemsPerChunk = ITEMS_PER_CHUNK): JsonChunks {
  const sorted = sortKeys('', value)
  if (sorted === value || sorted === null || typeof sorted !== 'object' || hasToJson(value))
    return [stableStringify(value)]
  const record = sorted as Record<string, unknown>
  const parts: (string | readonly unknown[])[] = []
  for (const key of Object.keys(record)) {
    const item = record[key]
    const name = `  ${JSON.stringify(key)}: `
    if (Array.isArray(item) && item.length > itemsPerChunk && !hasToJson(item))
      parts.push(name, [...(item as readonly unknown[])])
    else {
      const json = stableJson(item, 2) as string | undefined
      if (json !== undefined) parts.push(name + indent(json, '  '))
    }
  }
  if (parts.length === 0) return [stableStringify(value)]
  return { [Symbol.iterator]: () => pieces(parts, itemsPerChunk) }
}

function* pieces(
  parts: readonly (string | readonly unknown[])[],
  itemsPerChunk: number,
): Generator<string, void, undefined> {
  let pending = '{\n'
  for (let at = 0; at < parts.length; at++) {
    const part = parts[at]!
    if (typeof part === 'string') {
      const next = parts[at + 1]
      if (typeof next !== 'string' && next !== undefined) pending += part
      else pending += part + (at + 1 < parts.length ? ',\n' : '\n')
      continue
    }
    pending += '[\n'
    for (let from = 0; from < part.length; from += itemsPerChunk) {
      const lines: string[] = []
      for (const item of part.slice(from, from + itemsPerChunk)) {
        // undefined for a function, a symbol or undefined, which an array holds as null
        const json = stableJson(item, 2) as string | undefined
        lines.push('    ' + indent(json ?? 'null', '    '))
      }
      yield pending + lines.join(',\n')
      pending = from + itemsPerChunk < part.length ? ',\n' : ''
    }
    pending += at + 1 < parts.length ? '\n  ],\n' : '\n  ]\n'
  }
  yield pending + '}\n'
}

/** JSON strings hold no raw newline, so every newline of serialised JSON starts a line to indent. */
const indent = (json: string, by: string): string => json.replaceAll('\n', '\n' + by)

const hasToJson = (value: unknown): boolean =>
  typeof (value as { toJSON?: unknown } | null)?.toJSON === 'function'

/** Where a JSON parse failed, as 1-based line and column, from the position V8 reports. */
export function jsonErrorLocation(text: string, error: unknown): { line: number; column: number } | null {
  const message = error instanceof Error ? error.message : ''
  const match = /position (\d+)/.exec(message)
  const unexpected = /Unexpected token '(.)'/.exec(message)
  const position = match
    ? Number(match[1])
    : message.includes('Unexpected end')
      ? text.length
      : unexpected?.[1] !== undefined
        ? Math.max(0, text.indexOf(unexpected[1]))
        : null
  if (position === null) return null
  const before = text.slice(0, position)
  const line = before.split('\n').length
  return { line, column: position - before.lastIndexOf('\n') }
}

/** The line of a git conflict marker, if the text holds one (a merge left unresolved). */
export function conflictMarkerLine(text: string): number | null {
  const match = /^(<{7}|={7}|>{7})( |$)/m.exec(text)
  return match ? text.slice(0, match.index).split('\n').length : null
}
