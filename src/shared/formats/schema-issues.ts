// Turns a zod issue into words an analyst can act on: where in the value it is (`annotations.3.end`) and
// what is wrong, plus the index of the annotation it concerns, so its line can be found in the file.
import type { z } from 'zod'

export const describeIssue = (issue: z.core.$ZodIssue): string =>
  issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message

/** The index of the item of `list` an issue concerns (`['annotations', 3, 'end']` → 3), if any. */
export function itemIndexOf(issue: z.core.$ZodIssue, list: string): number | null {
  const [head, index] = issue.path
  return head === list && typeof index === 'number' ? index : null
}
