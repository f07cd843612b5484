// The vocabulary of review: what a reviewer sees when she compares colleagues' annotation sets of one
// document (review items, by kind), what she decides (curation decisions, kept beside the curated set so
// they can be listed and undone), and the agreement figures reported per category, label and pair.
import type { Annotation } from '../model/annotation'

/** The annotator name of the curated ("gold") set: an annotation set like any other. */
export const CURATED = 'curated'

/**
 * `agreed`: every chosen annotator has the same span (same fragments) with the same label and attributes.
 * `label`: the same span, but another label (category or type) or another attribute value.
 * `boundary`: overlapping spans with the same label, but different boundaries.
 * `single`: only some of the annotators marked anything here (no overlapping span of that label elsewhere).
 */
export type ReviewKind = 'agreed' | 'label' | 'boundary' | 'single'

/** One annotator's annotation within a review item. */
export interface ReviewCandidate {
  readonly annotator: string
  readonly annotation: Annotation
}

export interface ReviewItem {
  /** Stable for the same candidates: the sorted `annotator/id` keys of its candidates, joined by `+`. */
  readonly key: string
  readonly kind: ReviewKind
  /** The extent of all its candidates, in code points, half-open. */
  readonly start: number
  readonly end: number
  /** In annotator order, then document order. */
  readonly candidates: readonly ReviewCandidate[]
  /** The chosen annotators with no candidate in this item. */
  readonly silent: readonly string[]
}

/** Where a curated annotation, or a rejection, came from. */
export interface CurationSource {
  readonly annotator: string
  readonly id: string
}

/**
 * What the reviewer decided on one review item. `agreed` is the automatic acceptance of an agreed item;
 * `accepted` took one candidate as it was; `merged` took several (accept both); `edited` took a candidate
 * and changed it; `rejected` took nothing.
 */
export type CurationAction = 'agreed' | 'accepted' | 'merged' | 'edited' | 'rejected'

export interface CurationDecision {
  /** The review item's key. */
  readonly itemKey: string
  readonly action: CurationAction
  /** The candidates it came from (for `rejected`: the candidates it turned down). */
  readonly sources: readonly CurationSource[]
  /** The ids of the curated annotations it produced (none when rejected). */
  readonly curatedIds: readonly string[]
  /** Who decided, and when (ISO 8601). */
  readonly curator: string
  readonly decided: string
}

/** One change to a document's curation decisions, as the renderer sends it to be saved. */
export type DecisionChange =
  | { readonly op: 'put'; readonly decision: CurationDecision }
  | { readonly op: 'delete'; readonly itemKey: string }

/** The agreement measures; a measure that does not apply (or cannot be computed) is null. */
export interface AgreementMeasures {
  readonly f1Exact: number | null
  readonly f1Overlap: number | null
  readonly cohenKappa: number | null
  readonly fleissKappa: number | null
  readonly krippendorffAlpha: number | null
  readonly alphaU: number | null
}

export interface CategoryAgreement extends AgreementMeasures {
  /** Per full label (`ENTITY:STATE`, `POSITION`): the same measures restricted to that label. */
  readonly labels: Readonly<Record<string, AgreementMeasures>>
}

export interface AgreementFigures {
  /** By category id (`ENTITY`, `POSITION`, `COMMITMENT`). */
  readonly categories: Readonly<Record<string, CategoryAgreement>>
  /** All categories together. */
  readonly overall: AgreementMeasures
}

/** A disagreement behind a figure: which document, where, of what kind, between whom. */
export interface Disagreement {
  readonly documentId: string
  readonly category: string
  /** The full labels involved. */
  readonly labels: readonly string[]
  readonly kind: Exclude<ReviewKind, 'agreed'>
  readonly start: number
  readonly end: number
  /** The text covered, shortened when long. */
  readonly excerpt: string
  /** Who marked it (the others were silent or disagreed). */
  readonly annotators: readonly string[]
}

export interface AgreementReport extends AgreementFigures {
  readonly annotators: readonly string[]
  readonly documentIds: readonly string[]
  /** Each pair of annotators, in the order given. */
  readonly pairs: readonly (AgreementFigures & { readonly annotators: readonly [string, string] })[]
  /** Every disagreement between the annotators over the documents, in document order. */
  readonly disagreements: readonly Disagreement[]
}
