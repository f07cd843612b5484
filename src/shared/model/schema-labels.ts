// The labels an analyst can apply, flattened from the tag schema for the palette and the shortcuts: every
// category first (COMMITMENT, POSITION, ENTITY), then each category's types (ENTITY:PERSON, …), each with
// its key sequence (`e s` for ENTITY:STATE) and, for the first nine, a number key.
import type { TagSchema } from './tag-schema'

export interface SchemaLabel {
  /** As `flatLabel` writes it: `ENTITY` or `ENTITY:STATE`. */
  readonly label: string
  readonly category: string
  readonly type?: string
  /** The keys to press, separated by a space: `e`, `e s`. */
  readonly keys: string
  /** 1–9 for the first nine labels. */
  readonly number?: number
}

export function schemaLabels(schema: TagSchema): SchemaLabel[] {
  const categories = schema.categories.map((c) => ({ label: c.id, category: c.id, keys: c.key }))
  const types = schema.categories.flatMap((c) =>
    c.types.map((t) => ({ label: `${c.id}:${t.id}`, category: c.id, type: t.id, keys: `${c.key} ${t.key}` })),
  )
  return [...categories, ...types].map((label, index) =>
    index < 9 ? { ...label, number: index + 1 } : label,
  )
}
