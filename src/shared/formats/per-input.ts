// Work an export does once per input, however many times it is asked for: an export first lists what each
// format loses (planExport), then serialises, and both need the same sorted sets, tokens and lines. The
// result is kept per input object, weakly, so it goes with the input; the input is readonly data.
import type { ExportInput } from './format'

/** `compute`, remembered per input object. */
export function perInput<R>(compute: (input: ExportInput) => R): (input: ExportInput) => R {
  const results = new WeakMap<ExportInput, R>()
  return (input) => {
    if (results.has(input)) return results.get(input) as R
    const result = compute(input)
    results.set(input, result)
    return result
  }
}
