// Serialises stored data the same way every time: keys sorted, two-space indent, `\n` endings and a final
// newline, so a workspace diffs and merges well in git and equal data gives equal bytes.

export function stableStringify(value: unknown): string {
  return JSON.stringify(value, sortKeys, 2) + '\n'
}

function sortKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value
  const sorted: Record<string, unknown> = {}
  for (const key of Object.keys(value).sort()) sorted[key] = (value as Record<string, unknown>)[key]
  return sorted
}

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
