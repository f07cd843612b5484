// The curation decisions of one document, as a log keyed by review item: the renderer applies changes to
// it as the reviewer decides and undoes, and main applies the same changes to the stored file. Kept sorted
// by item key, so the stored file is stable and diffs well.
import type { CurationDecision, DecisionChange } from './review-types'

/** Applies changes in order; a `put` replaces the decision on the same item or adds it. */
export function applyDecisionChanges(
  decisions: readonly CurationDecision[],
  changes: readonly DecisionChange[],
): CurationDecision[] {
  const byItem = new Map(decisions.map((decision) => [decision.itemKey, decision]))
  for (const change of changes) {
    if (change.op === 'put') byItem.set(change.decision.itemKey, change.decision)
    else byItem.delete(change.itemKey)
  }
  return [...byItem.values()].sort((a, b) => (a.itemKey < b.itemKey ? -1 : a.itemKey > b.itemKey ? 1 : 0))
}

/**
 * Changes that undo `changes` when applied after them, given the decisions before them by item key: one
 * restoring change per touched item whose net state changed, in reverse order of first touch.
 */
export function invertDecisionChanges(
  before: ReadonlyMap<string, CurationDecision>,
  changes: readonly DecisionChange[],
): DecisionChange[] {
  const after = new Map<string, CurationDecision | undefined>()
  for (const change of changes) {
    if (change.op === 'put') after.set(change.decision.itemKey, change.decision)
    else after.set(change.itemKey, undefined)
  }
  const inverse: DecisionChange[] = []
  for (const [itemKey, final] of [...after].reverse()) {
    const original = before.get(itemKey)
    if (original === final) continue
    inverse.push(original === undefined ? { op: 'delete', itemKey } : { op: 'put', decision: original })
  }
  return inverse
}
