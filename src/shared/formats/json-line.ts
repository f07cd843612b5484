// One JSON value on one line with its keys sorted (JSONL, doccano): the compact sibling of
// `stableStringify`, so a line is the same bytes every time the same data is written.

export function jsonLine(value: unknown): string {
  return JSON.stringify(value, sortKeys)
}

function sortKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value
  const sorted: Record<string, unknown> = {}
  for (const key of Object.keys(value).sort()) sorted[key] = (value as Record<string, unknown>)[key]
  return sorted
}
