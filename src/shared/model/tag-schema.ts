// The tag set of a workspace: categories (ENTITY, POSITION, COMMITMENT), each with its types, attributes
// and roles, colours and keys. Versioned: every change bumps `version`, and annotation sets record the
// version they were made with. The default is "Diplomatic discourse" (see default-tag-schema.ts).

export interface ValueDefinition {
  /** The stored value, e.g. `STATE`, `support`. */
  readonly id: string
  readonly label: string
  /** The second key in the palette (after the category's key), one character. */
  readonly key: string
}

export interface AttributeDefinition {
  readonly id: string
  readonly label: string
  /** `enum`: one of `values`; `text`: free text (e.g. an entity's canonical name). */
  readonly kind: 'enum' | 'text'
  readonly values: readonly ValueDefinition[]
}

export interface RoleDefinition {
  readonly id: string
  readonly label: string
  /** Categories whose annotations may fill the role. */
  readonly targets: readonly string[]
  /** Whether free text may fill it instead (POSITION's `target`). */
  readonly allowsText: boolean
  /** Whether several fillers are allowed (COMMITMENT's `actors`). */
  readonly multiple: boolean
}

export interface CategoryDefinition {
  readonly id: string
  readonly label: string
  /** Single key that applies this category from the palette. */
  readonly key: string
  /** Colour as `#rrggbb`, from a colour-blind-safe palette (Okabe–Ito). */
  readonly color: string
  /** How the text shows it besides colour: a tinted background, or an underline (with nesting depth). */
  readonly style: 'tint' | 'underline'
  readonly description: string
  /** The `type` attribute's values, e.g. ENTITY's PERSON, STATE, …; empty when the category has no types. */
  readonly types: readonly ValueDefinition[]
  /** Other attributes (the `type` attribute is `types`). */
  readonly attributes: readonly AttributeDefinition[]
  readonly roles: readonly RoleDefinition[]
}

export interface TagSchema {
  readonly version: number
  readonly name: string
  readonly categories: readonly CategoryDefinition[]
}

/** The attribute that holds a category's type. */
export const TYPE_ATTRIBUTE = 'type'

/** The category part of a flat label: `ENTITY:STATE` → `ENTITY`. */
export const categoryOf = (label: string): string => label.split(':', 1)[0] ?? label

/** How a span's label is written in the UI and in flat formats: `CATEGORY` or `CATEGORY:type`. */
export function flatLabel(annotation: {
  readonly label: string
  readonly attributes: Readonly<Record<string, string>>
}): string {
  const type = annotation.attributes[TYPE_ATTRIBUTE]
  return type ? `${annotation.label}:${type}` : annotation.label
}

export function findCategory(schema: TagSchema, id: string): CategoryDefinition | undefined {
  return schema.categories.find((c) => c.id === id)
}
