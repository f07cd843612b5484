// JSON laid out for large exports: the file's own fields indented by two spaces as usual, and its one long
// array written one compact item per line. A reader gets the same JSON; a person, `grep` or a diff sees
// one annotation per line; and an export of 100,000 annotations writes about half the bytes of a fully
// indented file, in pieces (output-pieces.ts): JSON.stringify with indentation returns one rope per file
// that costs more to flatten for writing than to build.
import { joinedPieces } from './output-pieces'

const MARKER = 'parley-item-lines-'

/**
 * `JSON.stringify(value, null, 2)`, except that the array at `path` (a key `value` already has, in the
 * place it should keep) holds `items`, one per line as `itemJson` writes each (compact by default).
 */
export function withItemLines(
  value: Readonly<Record<string, unknown>>,
  path: readonly [string, ...string[]],
  items: readonly unknown[],
  itemJson: (item: unknown) => string = (item) => JSON.stringify(item),
): string {
  return itemLinePieces(value, path, items, itemJson).join('')
}

/** withItemLines' text in pieces: the fields before the array, each item and separator, the rest. */
export function itemLinePieces(
  value: Readonly<Record<string, unknown>>,
  path: readonly [string, ...string[]],
  items: readonly unknown[],
  itemJson: (item: unknown) => string = (item) => JSON.stringify(item),
): string[] {
  const indent = '  '.repeat(path.length)
  const lines =
    items.length === 0
      ? ['[]']
      : [
          `[\n${indent}  `,
          ...joinedPieces(
            items.map((item) => itemJson(item)),
            `,\n${indent}  `,
          ),
          `\n${indent}]`,
        ]
  // A marker string stands where the array goes; one that the file's own fields happen to hold is skipped.
  for (let n = 0; ; n++) {
    const marker = JSON.stringify(`${MARKER}${n}`)
    const json = JSON.stringify(replacedAt(value, path, `${MARKER}${n}`), null, 2)
    const at = json.indexOf(marker)
    if (at < 0) throw new Error(`withItemLines: no ${path.join('.')} to lay out`)
    if (!json.includes(marker, at + 1)) return [json.slice(0, at), ...lines, json.slice(at + marker.length)]
  }
}

function replacedAt(value: Readonly<Record<string, unknown>>, path: readonly string[], by: unknown): unknown {
  const [key, ...rest] = path
  if (key === undefined) return by
  const inner = value[key]
  if (!Object.hasOwn(value, key) || (rest.length > 0 && (typeof inner !== 'object' || inner === null)))
    throw new Error(`withItemLines: no ${path.join('.')} to lay out`)
  return { ...value, [key]: replacedAt(inner as Record<string, unknown>, rest, by) }
}
