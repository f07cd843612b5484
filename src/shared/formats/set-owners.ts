// Refuses a second file (or JSONL line) holding the same annotator's set of the same document: importing
// both would let one silently replace the other.
import type { ImportedDocument } from './format'

/** Returns, for each set read, why it repeats an earlier one (naming where that one was), or null. */
export function createSetOwners(): (document: ImportedDocument, where: string) => string | null {
  const firstAt = new Map<string, string>()
  return ({ name, annotator }, where) => {
    const key = JSON.stringify([name, annotator])
    const first = firstAt.get(key)
    if (first !== undefined)
      return `${annotator === null ? 'this' : `${annotator}'s`} set of document ${name} is already in ${first}`
    firstAt.set(key, where)
    return null
  }
}
