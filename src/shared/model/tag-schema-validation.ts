// The shape of a tag schema as it is read from a workspace file (and, later, received from the settings
// view): ids that are safe object keys, one-letter keys, `#rrggbb` colours, and no id defined twice at
// one level, so every lookup by id finds exactly one definition. The patterns are shared with the edits.
import { z } from 'zod'
import { isReservedKey } from './reserved-keys'
import type { TagSchema } from './tag-schema'

/** A category id, as annotations carry it in `label`: `ENTITY`, `POSITION`. */
export const CATEGORY_ID_PATTERN = /^[A-Z][A-Z0-9_-]*$/
/** A value, attribute or role id: `STATE`, `economy-trade`, `holder`. */
export const ITEM_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/
/** A palette key: one letter (digits are the palette's number keys). */
export const KEY_PATTERN = /^\p{L}$/u
export const COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/

const itemId = z
  .string()
  .max(100)
  .regex(ITEM_ID_PATTERN, 'an id is letters, digits, dash or underscore')
  .refine((id) => !isReservedKey(id), 'reserved id')
const label = z.string().min(1).max(200)
const key = z.string().regex(KEY_PATTERN, 'a key is one letter')

/** Refuses an array where two items share an id, naming the id. */
function uniqueIds<T extends { readonly id: string }>(what: string) {
  return (items: readonly T[], context: z.RefinementCtx): void => {
    const seen = new Set<string>()
    for (const [index, item] of items.entries()) {
      if (seen.has(item.id))
        context.addIssue({
          code: 'custom',
          message: `${what} ${item.id} is defined twice`,
          path: [index, 'id'],
        })
      seen.add(item.id)
    }
  }
}

const valueSchema = z.object({ id: itemId, label, key })
const valuesSchema = z.array(valueSchema).max(200).superRefine(uniqueIds('value'))

const attributeSchema = z.object({
  id: itemId.refine((id) => id !== 'type', 'the type attribute is defined by `types`'),
  label,
  kind: z.enum(['enum', 'text']),
  values: valuesSchema,
})

const roleSchema = z.object({
  id: itemId,
  label,
  targets: z.array(z.string().regex(CATEGORY_ID_PATTERN)).max(50),
  allowsText: z.boolean(),
  multiple: z.boolean(),
})

const categorySchema = z.object({
  id: z.string().max(100).regex(CATEGORY_ID_PATTERN, 'a category id is upper case: ENTITY'),
  label,
  key,
  color: z.string().regex(COLOR_PATTERN, 'a colour is #rrggbb'),
  style: z.enum(['tint', 'underline']),
  description: z.string().max(2000),
  types: valuesSchema,
  attributes: z.array(attributeSchema).max(50).superRefine(uniqueIds('attribute')),
  roles: z.array(roleSchema).max(50).superRefine(uniqueIds('role')),
})

export const tagSchemaSchema = z.object({
  version: z.number().int().positive(),
  name: z.string().max(200),
  categories: z.array(categorySchema).max(100).superRefine(uniqueIds('category')),
}) satisfies z.ZodType<TagSchema>
