// Curation: the reviewer's decisions on review items build the curated ("gold") set. Each decision is one
// undoable step: the changes to the curated set and to the decision log, with their exact inverse. A curated
// annotation is a copy of its source, stamped `modified = now`; it keeps the source's id unless the curated
// set already uses it, so role references mostly survive; a reference that leads nowhere after the step
// is dropped from the copy.
import type { Annotation, AnnotationChange, RoleFiller } from '../model/annotation'
import { invertChanges } from '../editing/invert-changes'
import { invertDecisionChanges } from './decision-log'
import { labelKey, spanKey } from './diff-sets'
import type {
  CurationAction,
  CurationDecision,
  DecisionChange,
  ReviewCandidate,
  ReviewItem,
} from './review-types'

export type CurationChoice =
  | { readonly kind: 'accept'; readonly annotator: string } // one candidate as it is
  | { readonly kind: 'accept-all' } // every candidate ("accept both")
  | { readonly kind: 'reject' }
  | { readonly kind: 'edit'; readonly annotation: Annotation; readonly from: string } // an edited candidate

export interface CurationStep {
  readonly changes: readonly AnnotationChange[]
  readonly decisions: readonly DecisionChange[]
}

export interface CurationEdit {
  readonly forward: CurationStep
  readonly inverse: CurationStep
}

export interface CurationContext {
  readonly curator: string
  /** ISO 8601. */
  readonly now: string
  readonly newId: () => string
  readonly curated: readonly Annotation[]
  readonly decisions: readonly CurationDecision[]
}

/** One curated annotation to make: from `source`; `aliases` are candidates it stands for too (agreed ones). */
interface CopyRequest {
  readonly source: ReviewCandidate
  readonly aliases: readonly ReviewCandidate[]
  readonly isEdited: boolean
}

/**
 * Decides one item, replacing any earlier decision on it (its curated annotations go in the same step).
 * `accept` takes every candidate of that annotator (one, unless a boundary item holds several of hers);
 * `accept-all` takes every candidate once (identical candidates give one copy). Throws when the choice
 * names an annotator with no candidate in the item: the caller offers only the item's candidates.
 */
export function decideItem(item: ReviewItem, choice: CurationChoice, context: CurationContext): CurationEdit {
  const previous = context.decisions.find((decision) => decision.itemKey === item.key)
  const { action, requests, sources } = copyRequests(item, choice)
  const removedIds = previous ? previous.curatedIds : []
  const copies = makeCopies(requests, removedIds, context)
  const decision: CurationDecision = {
    itemKey: item.key,
    action,
    sources: sources.map(sourceOf),
    curatedIds: copies.map((copy) => copy.id),
    curator: context.curator,
    decided: context.now,
  }
  return withInverse(
    {
      changes: [...deletions(removedIds, context), ...copies.map(put)],
      decisions: [{ op: 'put', decision }],
    },
    context,
  )
}

/** One step accepting every agreed item not decided yet (the automatic part of curation). */
export function acceptAgreed(items: readonly ReviewItem[], context: CurationContext): CurationEdit | null {
  const decided = decisionsByItem(context.decisions)
  const agreed = items.filter((item) => item.kind === 'agreed' && !decided.has(item.key))
  const requests = agreed.flatMap((item): CopyRequest[] => {
    const [first, ...others] = item.candidates
    return first ? [{ source: first, aliases: others, isEdited: false }] : []
  })
  if (requests.length === 0) return null
  const copies = makeCopies(requests, [], context)
  const decisions = agreed.map((item, index): DecisionChange => ({
    op: 'put',
    decision: {
      itemKey: item.key,
      action: 'agreed',
      sources: item.candidates.map(sourceOf),
      curatedIds: [copies[index]!.id],
      curator: context.curator,
      decided: context.now,
    },
  }))
  return withInverse({ changes: copies.map(put), decisions }, context)
}

/** Takes a decision back: removes it and the curated annotations it produced. */
export function undoDecision(itemKey: string, context: CurationContext): CurationEdit | null {
  const decision = context.decisions.find((d) => d.itemKey === itemKey)
  if (!decision) return null
  return withInverse(
    { changes: deletions(decision.curatedIds, context), decisions: [{ op: 'delete', itemKey }] },
    context,
  )
}

/** What still needs a decision, in document order: undecided items, without agreed ones when they are accepted automatically. */
export function reviewQueue(
  items: readonly ReviewItem[],
  decisions: readonly CurationDecision[],
  options: { readonly autoAcceptAgreed: boolean },
): ReviewItem[] {
  const decided = decisionsByItem(decisions)
  return items.filter(
    (item) => !decided.has(item.key) && !(options.autoAcceptAgreed && item.kind === 'agreed'),
  )
}

/** Decision per item key, for painting and counting. */
export function decisionsByItem(
  decisions: readonly CurationDecision[],
): ReadonlyMap<string, CurationDecision> {
  return new Map(decisions.map((decision) => [decision.itemKey, decision]))
}

function copyRequests(
  item: ReviewItem,
  choice: CurationChoice,
): { action: CurationAction; requests: CopyRequest[]; sources: readonly ReviewCandidate[] } {
  const plain = (source: ReviewCandidate): CopyRequest => ({ source, aliases: [], isEdited: false })
  switch (choice.kind) {
    case 'accept': {
      const own = candidatesOf(item, choice.annotator)
      return { action: 'accepted', requests: own.map(plain), sources: own }
    }
    case 'accept-all': {
      const seen = new Set<string>()
      const unique = item.candidates.filter((candidate) => {
        const key = `${spanKey(candidate.annotation)}\u0003${labelKey(candidate.annotation)}`
        return !seen.has(key) && seen.add(key)
      })
      return { action: 'merged', requests: unique.map(plain), sources: item.candidates }
    }
    case 'reject':
      return { action: 'rejected', requests: [], sources: item.candidates }
    case 'edit': {
      const own = candidatesOf(item, choice.from)
      const origin = own.find((candidate) => candidate.annotation.id === choice.annotation.id) ?? own[0]!
      const source = { annotator: choice.from, annotation: choice.annotation }
      return {
        action: 'edited',
        requests: [{ source, aliases: [origin], isEdited: true }],
        sources: [origin],
      }
    }
  }
}

function candidatesOf(item: ReviewItem, annotator: string): readonly ReviewCandidate[] {
  const own = item.candidates.filter((candidate) => candidate.annotator === annotator)
  if (own.length === 0) throw new Error(`review item ${item.key} has no candidate of ${annotator}`)
  return own
}

/** The copies, with ids free in the curated set after `removedIds` go, and role references re-pointed. */
function makeCopies(
  requests: readonly CopyRequest[],
  removedIds: readonly string[],
  context: CurationContext,
): Annotation[] {
  const removed = new Set(removedIds)
  const taken = new Set(context.curated.filter((a) => !removed.has(a.id)).map((a) => a.id))
  /** Curated id by `annotator/id` of every candidate copied in this step. */
  const copiedAs = new Map<string, string>()
  const ids = requests.map(({ source, aliases }) => {
    let id = source.annotation.id
    while (taken.has(id)) id = context.newId()
    taken.add(id)
    for (const candidate of [source, ...aliases]) copiedAs.set(candidateKey(candidate), id)
    return id
  })
  return requests.map(({ source, isEdited }, index) => ({
    ...source.annotation,
    id: ids[index]!,
    roles: repointRoles(source, copiedAs, taken),
    author: isEdited ? context.curator : source.annotation.author,
    modified: context.now,
  }))
}

/** Role fillers of a copy: a reference follows its target's copy, and is dropped when it leads nowhere. */
function repointRoles(
  source: ReviewCandidate,
  copiedAs: ReadonlyMap<string, string>,
  curatedIds: ReadonlySet<string>,
): Annotation['roles'] {
  const roles = source.annotation.roles
  let changed = false
  const result: Record<string, readonly RoleFiller[]> = {}
  for (const [role, fillers] of Object.entries(roles)) {
    const kept = fillers.flatMap((filler): RoleFiller[] => {
      if (!('ref' in filler)) return [filler]
      const ref = copiedAs.get(`${source.annotator}/${filler.ref}`) ?? filler.ref
      if (ref !== filler.ref || !curatedIds.has(ref)) changed = true
      return curatedIds.has(ref) ? [{ ref }] : []
    })
    if (kept.length > 0 || fillers.length === 0) result[role] = kept
  }
  return changed ? result : roles
}

function withInverse(forward: CurationStep, context: CurationContext): CurationEdit {
  const inverse: CurationStep = {
    changes: invertChanges(new Map(context.curated.map((a) => [a.id, a])), forward.changes),
    decisions: invertDecisionChanges(decisionsByItem(context.decisions), forward.decisions),
  }
  return { forward, inverse }
}

function deletions(ids: readonly string[], context: CurationContext): AnnotationChange[] {
  const present = new Set(context.curated.map((a) => a.id))
  return ids.filter((id) => present.has(id)).map((id) => ({ op: 'delete', id }))
}

const put = (annotation: Annotation): AnnotationChange => ({ op: 'put', annotation })
const candidateKey = (candidate: ReviewCandidate): string =>
  `${candidate.annotator}/${candidate.annotation.id}`
const sourceOf = (candidate: ReviewCandidate) => ({
  annotator: candidate.annotator,
  id: candidate.annotation.id,
})
