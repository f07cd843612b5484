// Where something sits in an imported file, as the 1-based line an analyst can open: problems are reported
// as file:line, and a schema error is traced back to the line of the offending annotation when its id can
// be found in the raw text (0 when it cannot).

/** The 1-based line of a UTF-16 index. */
export function lineAt(text: string, index: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++
  return line
}

/** The index of the first `"key": value` (value as JSON writes it) at or after `from`; -1 when absent. */
export function indexOfMember(text: string, key: string, value: string | number, from = 0): number {
  const member = `${escapeRegex(JSON.stringify(key))}\\s*:\\s*${escapeRegex(JSON.stringify(value))}`
  const pattern = new RegExp(member, 'g')
  pattern.lastIndex = from
  return pattern.exec(text)?.index ?? -1
}

/** The line of the first `"key": value` at or after `from`; 0 when absent. */
export function lineOfMember(text: string, key: string, value: string | number, from = 0): number {
  const index = indexOfMember(text, key, value, from)
  return index === -1 ? 0 : lineAt(text, index)
}

/** The line of the first `"key":`; 0 when absent. */
export function lineOfKey(text: string, key: string): number {
  const match = new RegExp(`${escapeRegex(JSON.stringify(key))}\\s*:`).exec(text)
  return match ? lineAt(text, match.index) : 0
}

/**
 * Finds, in file order, the line of each item of a list by its `"id"` member: each search starts after the
 * previous hit, so a repeated id is found at its second place. 0 for an item whose id cannot be found.
 */
export function itemLineFinder(text: string, listKey: string): (id: unknown) => number {
  let cursor = indexAfterKey(text, listKey)
  return (id) => {
    if (typeof id !== 'string') return 0
    const index = indexOfMember(text, 'id', id, cursor)
    if (index === -1) return 0
    cursor = index + 1
    return lineAt(text, index)
  }
}

/** The index just after the first `"key":` in the text, or 0: where to start looking for what it holds. */
export function indexAfterKey(text: string, key: string): number {
  const match = new RegExp(`${escapeRegex(JSON.stringify(key))}\\s*:`).exec(text)
  return match ? match.index + match[0].length : 0
}

const escapeRegex = (literal: string): string => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
