// Checks a batch of changes from the renderer against the document's text before it is applied: the
// renderer is untrusted, and a span must never point outside its text, disagree with its quote, or name
// as a role filler an annotation that is not in the set. Returns the set after the changes.
import { applyAnnotationChanges, type Annotation, type AnnotationChange } from '@shared/model/annotation'
import { err, ok, type Result } from '@shared/result'
import { sliceCodePoints, type OffsetIndex } from '@shared/text/offsets'

export function checkChanges(
  text: string,
  index: OffsetIndex,
  annotations: readonly Annotation[],
  changes: readonly AnnotationChange[],
): Result<Annotation[]> {
  const puts = changes.flatMap((c) => (c.op === 'put' ? [c.annotation] : []))
  for (const a of puts) {
    const placed = checkPlacement(text, index, a)
    if (!placed.ok) return placed
  }
  const next = applyAnnotationChanges(annotations, changes)
  const ids = new Set(next.map((a) => a.id))
  for (const a of puts)
    for (const [role, fillers] of Object.entries(a.roles))
      for (const filler of fillers)
        if ('ref' in filler && !ids.has(filler.ref))
          return err(
            'unknown-reference',
            `annotation ${a.id}: its role ${role} refers to annotation ${filler.ref}, which is not in the set`,
          )
  return ok(next)
}

function checkPlacement(text: string, index: OffsetIndex, a: Annotation): Result<true> {
  const length = index.codePointLength
  if (a.end > length)
    return err('out-of-range', `annotation ${a.id}: end ${a.end} is past the end of the text (${length})`)
  for (const fragment of a.fragments ?? [])
    if (fragment.start < 0 || fragment.end > length || fragment.start >= fragment.end)
      return err(
        'out-of-range',
        `annotation ${a.id}: fragment ${fragment.start}–${fragment.end} does not lie within the text (${length})`,
      )
  const actual = sliceCodePoints(text, index, a.start, a.end)
  if (actual !== a.quote.exact)
    return err(
      'quote-mismatch',
      `annotation ${a.id}: its quote does not match the text at ${a.start}–${a.end}`,
    )
  return ok(true)
}
