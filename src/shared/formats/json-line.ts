// One JSON value on one line with its keys sorted (JSONL, doccano): the compact sibling of
// `stableStringify`, so a line is the same bytes every time the same data is written.
import { stableJson } from '../storage/stable-json'

export function jsonLine(value: unknown): string {
  return stableJson(value)
}
