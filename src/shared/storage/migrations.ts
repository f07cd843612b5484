// Stepwise migrations of stored files (as tldraw and excalidraw do): each step takes version n to n + 1,
// as a pure function, so an old workspace opens in a newer Parley and is written back in the new shape.
import { err, ok, type Result } from '../result'

export type MigrationStep = (data: Record<string, unknown>) => Record<string, unknown>

export function migrate(
  raw: unknown,
  currentVersion: number,
  steps: readonly MigrationStep[],
  what: string,
): Result<Record<string, unknown>> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return err('corrupt-file', `${what} is not a JSON object`)
  let data = raw as Record<string, unknown>
  const version = data.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return err('corrupt-file', `${what} has no valid schemaVersion`)
  if (version > currentVersion)
    return err(
      'newer-version',
      `${what} was written by a newer Parley (schemaVersion ${version}; this one reads up to ${currentVersion})`,
    )
  for (let v = version; v < currentVersion; v++) {
    const step = steps[v - 1]
    if (!step) return err('corrupt-file', `${what}: no migration from schemaVersion ${v}`)
    data = { ...step(data), schemaVersion: v + 1 }
  }
  return ok(data)
}
