// The shape of the annotation guidelines, written once per language (guidelines-en.ts, guidelines-fr.ts):
// sections with paragraphs, defined terms (a type, an attribute value) and examples quoted exactly from the
// sample communiqué, each with the label it would get.

export interface GuidelineExample {
  /** Words of the sample, exactly as they stand in it. */
  readonly quote: string
  /** The label the example gets, as `flatLabel` writes it (`ENTITY:STATE`); absent when it gets none. */
  readonly label?: string
  readonly note: string
}

export interface GuidelineTerm {
  /** What the term is, as the tag schema names it (`PERSON`, `joint`). */
  readonly id: string
  readonly name: string
  readonly text: string
  readonly examples?: readonly string[]
}

export interface GuidelineSection {
  readonly id: 'overview' | 'COMMITMENT' | 'POSITION' | 'ENTITY' | 'commitment-or-position' | 'spans'
  readonly title: string
  readonly paragraphs: readonly string[]
  readonly terms?: readonly GuidelineTerm[]
  readonly examples?: readonly GuidelineExample[]
}

export interface Guidelines {
  readonly title: string
  readonly sections: readonly GuidelineSection[]
}
