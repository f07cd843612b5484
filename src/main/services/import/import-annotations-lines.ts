// Finds the line of an imported annotation in the file it came from, so a problem found after parsing (an
// unknown label, a span that cannot be re-anchored, a dangling role) is still reported at file:line. The
// formats do not carry lines with what they return, so this looks for what each format writes: brat's
// `T3` line (or the `Parley T3 id=…` comment of an exported span), doccano's line number in the id the
// JSONL reader gives, else the first line holding the id as a JSON string. 0 when nothing is found.
import type { FormatId } from '@shared/formats/format'

/** The prefix of the ids the JSONL reader gives doccano spans: `imported-<now>-<line>-<n>`. */
export const doccanoIdPrefix = (now: string): string => `imported-${now.replace(/[^0-9A-Za-z]/g, '')}-`

export function lineOfAnnotation(content: string, format: FormatId, id: string, now: string): number {
  const lines = content.split('\n')
  const lineWhere = (test: (line: string) => boolean): number => lines.findIndex(test) + 1
  if (format === 'jsonl' && id.startsWith(doccanoIdPrefix(now))) {
    const line = Number(/^(\d+)-/.exec(id.slice(doccanoIdPrefix(now).length))?.[1])
    if (Number.isInteger(line)) return line
  }
  if (format === 'brat') {
    const comment = lines.find((line) => line.includes(`\tid=${id} `))
    const span = /^brat-(T\d+)$/.exec(id)?.[1] ?? (comment && /\tParley (T\d+)\t/.exec(comment)?.[1])
    if (span) return lineWhere((line) => line.startsWith(`${span}\t`))
  }
  return lineWhere((line) => line.includes(JSON.stringify(id))) || lineWhere((line) => line.includes(id))
}
