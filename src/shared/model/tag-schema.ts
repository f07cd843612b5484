// The tag set of a workspace. The foundation ships the three categories of diplomatic discourse; types,
// attributes and roles arrive with the editor.

export interface CategoryDefinition {
  readonly id: string
  readonly label: string
  /** Single key that applies this category from the palette. */
  readonly key: string
  /** Colour as `#rrggbb`, from a colour-blind-safe palette (Okabe–Ito). */
  readonly color: string
  readonly description: string
}

export interface TagSchema {
  readonly version: number
  readonly name: string
  readonly categories: readonly CategoryDefinition[]
}

export const DEFAULT_TAG_SCHEMA: TagSchema = {
  version: 1,
  name: 'Diplomatic discourse',
  categories: [
    {
      id: 'COMMITMENT',
      label: 'Commitment',
      key: 'c',
      color: '#0072B2',
      description: 'A pledge of future action',
    },
    { id: 'POSITION', label: 'Position', key: 'p', color: '#D55E00', description: 'A stance an actor takes' },
    {
      id: 'ENTITY',
      label: 'Entity',
      key: 'e',
      color: '#009E73',
      description: 'A person, state, organisation, initiative…',
    },
  ],
}

/** The category part of a label: `ENTITY:STATE` → `ENTITY`. */
export const categoryOf = (label: string): string => label.split(':', 1)[0] ?? label
