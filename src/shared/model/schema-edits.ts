// Edits of the tag schema, as the settings view makes them: each is a pure function that returns the new
// schema with `version` incremented, or the reason it was refused. Removing a value is allowed: the
// annotations that use it are kept and flagged by findSchemaProblems until the analyst fixes them.
import { err, ok, type Result } from '../result'
import {
  TYPE_ATTRIBUTE,
  type AttributeDefinition,
  type CategoryDefinition,
  type TagSchema,
  type ValueDefinition,
} from './tag-schema'
import { isReservedKey } from './reserved-keys'
import { COLOR_PATTERN, ITEM_ID_PATTERN, KEY_PATTERN } from './tag-schema-validation'

/** One list of values: a category's types (attribute `type`) or the values of one of its attributes. */
export interface ValueListRef {
  readonly category: string
  readonly attribute: string
}

export function renameCategory(schema: TagSchema, categoryId: string, label: string): Result<TagSchema> {
  return checkLabel(label) ?? updateCategory(schema, categoryId, (c) => ok({ ...c, label: label.trim() }))
}

/** `color` is `#rrggbb`. */
export function setCategoryColor(schema: TagSchema, categoryId: string, color: string): Result<TagSchema> {
  if (!COLOR_PATTERN.test(color)) return err('invalid-color', `« ${color} » is not a colour written #rrggbb`)
  return updateCategory(schema, categoryId, (category) => ok({ ...category, color }))
}

/** Refuses a key another category already uses (keys compare without case). */
export function setCategoryKey(schema: TagSchema, categoryId: string, key: string): Result<TagSchema> {
  const invalid = checkKey(key)
  if (invalid) return invalid
  return updateCategory(schema, categoryId, (category) => {
    const taken = schema.categories.find((c) => c.id !== categoryId && sameKey(c.key, key))
    if (taken) return err('key-taken', `« ${key} » is already the key of ${taken.id}`)
    return ok({ ...category, key })
  })
}

export function renameValue(
  schema: TagSchema,
  list: ValueListRef,
  valueId: string,
  label: string,
): Result<TagSchema> {
  return checkLabel(label) ?? updateValue(schema, list, valueId, (v) => ok({ ...v, label: label.trim() }))
}

/** Refuses a key another value of the same list already uses (keys compare without case). */
export function setValueKey(
  schema: TagSchema,
  list: ValueListRef,
  valueId: string,
  key: string,
): Result<TagSchema> {
  const invalid = checkKey(key)
  if (invalid) return invalid
  return updateValues(schema, list, (values, where) => {
    const index = values.findIndex((v) => v.id === valueId)
    const value = values[index]
    if (!value) return err('unknown-value', `« ${valueId} » is not a value of ${where}`)
    const taken = values.find((v) => v.id !== valueId && sameKey(v.key, key))
    if (taken) return err('key-taken', `« ${key} » is already the key of ${taken.id} in ${where}`)
    return ok(values.with(index, { ...value, key }))
  })
}

/** Appends a value to a list of types or to an enumerated attribute. */
export function addValue(schema: TagSchema, list: ValueListRef, value: ValueDefinition): Result<TagSchema> {
  if (!ITEM_ID_PATTERN.test(value.id) || isReservedKey(value.id))
    return err('invalid-id', `« ${value.id} » cannot be a value: use letters, digits, dash or underscore`)
  const invalid = checkLabel(value.label) ?? checkKey(value.key)
  if (invalid) return invalid
  return updateValues(schema, list, (values, where) => {
    if (values.some((v) => v.id === value.id))
      return err('duplicate-value', `« ${value.id} » is already a value of ${where}`)
    const taken = values.find((v) => sameKey(v.key, value.key))
    if (taken) return err('key-taken', `« ${value.key} » is already the key of ${taken.id} in ${where}`)
    return ok([...values, { id: value.id, label: value.label.trim(), key: value.key }])
  })
}

/** Removes a value; annotations that use it are kept, and flagged by findSchemaProblems. */
export function removeValue(schema: TagSchema, list: ValueListRef, valueId: string): Result<TagSchema> {
  return updateValues(schema, list, (values, where) =>
    values.some((v) => v.id === valueId)
      ? ok(values.filter((v) => v.id !== valueId))
      : err('unknown-value', `« ${valueId} » is not a value of ${where}`),
  )
}

function updateCategory(
  schema: TagSchema,
  categoryId: string,
  edit: (category: CategoryDefinition) => Result<CategoryDefinition>,
): Result<TagSchema> {
  const index = schema.categories.findIndex((c) => c.id === categoryId)
  const category = schema.categories[index]
  if (!category) return err('unknown-category', `${categoryId} is not a category of the tag schema`)
  const edited = edit(category)
  if (!edited.ok) return edited
  return ok({
    ...schema,
    version: schema.version + 1,
    categories: schema.categories.with(index, edited.value),
  })
}

function updateValues(
  schema: TagSchema,
  list: ValueListRef,
  edit: (values: readonly ValueDefinition[], where: string) => Result<readonly ValueDefinition[]>,
): Result<TagSchema> {
  return updateCategory(schema, list.category, (category) => {
    if (list.attribute === TYPE_ATTRIBUTE) {
      const types = edit(category.types, `${category.id}'s types`)
      return types.ok ? ok({ ...category, types: types.value }) : types
    }
    const index = category.attributes.findIndex((a) => a.id === list.attribute)
    const attribute = category.attributes[index]
    if (!attribute) return err('unknown-attribute', `${list.attribute} is not an attribute of ${category.id}`)
    if (attribute.kind !== 'enum')
      return err('not-enumerated', `${category.id}'s ${attribute.id} takes free text and has no values`)
    const values = edit(attribute.values, `${category.id}'s ${attribute.id}`)
    if (!values.ok) return values
    const edited: AttributeDefinition = { ...attribute, values: values.value }
    return ok({ ...category, attributes: category.attributes.with(index, edited) })
  })
}

function updateValue(
  schema: TagSchema,
  list: ValueListRef,
  valueId: string,
  edit: (value: ValueDefinition) => Result<ValueDefinition>,
): Result<TagSchema> {
  return updateValues(schema, list, (values, where) => {
    const index = values.findIndex((v) => v.id === valueId)
    const value = values[index]
    if (!value) return err('unknown-value', `« ${valueId} » is not a value of ${where}`)
    const edited = edit(value)
    return edited.ok ? ok(values.with(index, edited.value)) : edited
  })
}

function checkLabel(label: string): Result<never> | undefined {
  const trimmed = label.trim()
  if (trimmed === '') return err('invalid-label', 'A label cannot be empty')
  if (trimmed.length > 200) return err('invalid-label', 'A label is at most 200 characters')
  if (!trimmed.isWellFormed() || /\p{Cc}/u.test(trimmed))
    return err('invalid-label', 'A label cannot hold control characters')
  return undefined
}

function checkKey(key: string): Result<never> | undefined {
  return KEY_PATTERN.test(key)
    ? undefined
    : err('invalid-key', `« ${key} » is not a key: a key is one letter`)
}

const sameKey = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase()
