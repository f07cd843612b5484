// The tag schema's names as the UI shows them. A workspace's schema is data and its labels are shown as
// its file writes them, in one language. The default schema ("Diplomatic discourse") is Parley's own,
// though, and `locales/<lang>/schema.json` names it in each UI language: a label still equal to the
// default's (English) one is shown in the UI language; a label the analyst changed is shown as written.
// The schema file's format is untouched: it has no place for translations.
import { DEFAULT_TAG_SCHEMA } from '@shared/model/default-tag-schema'
import {
  findCategory,
  type AttributeDefinition,
  type CategoryDefinition,
  type RoleDefinition,
  type TagSchema,
  type ValueDefinition,
} from '@shared/model/tag-schema'
import { i18n } from './i18n'

/** Looked-up names by language, key and label: an i18next lookup is slow, and panels ask for dozens per edit. */
const looked = new Map<string, string>()
i18n.on('added', () => looked.clear())

function shown(key: string, label: string, defaultLabel: string | undefined): string {
  if (label !== defaultLabel) return label
  const at = `${i18n.language}\u0000${key}\u0000${label}`
  let text = looked.get(at)
  if (text === undefined) looked.set(at, (text = i18n.t(key, { ns: 'schema', defaultValue: label })))
  return text
}

const defaultCategory = (id: string): CategoryDefinition | undefined => findCategory(DEFAULT_TAG_SCHEMA, id)
const defaultAttribute = (category: string, id: string): AttributeDefinition | undefined =>
  defaultCategory(category)?.attributes.find((a) => a.id === id)

export const schemaName = (schema: TagSchema): string => shown('name', schema.name, DEFAULT_TAG_SCHEMA.name)

export const categoryLabel = (c: CategoryDefinition): string =>
  shown(`${c.id}.label`, c.label, defaultCategory(c.id)?.label)

export const categoryDescription = (c: CategoryDefinition): string =>
  shown(`${c.id}.description`, c.description, defaultCategory(c.id)?.description)

export const typeLabel = (c: CategoryDefinition, type: ValueDefinition): string =>
  shown(
    `${c.id}.types.${type.id}`,
    type.label,
    defaultCategory(c.id)?.types.find((t) => t.id === type.id)?.label,
  )

export const attributeLabel = (c: CategoryDefinition, a: AttributeDefinition): string =>
  shown(`${c.id}.attributes.${a.id}.label`, a.label, defaultAttribute(c.id, a.id)?.label)

export const valueLabel = (c: CategoryDefinition, a: AttributeDefinition, v: ValueDefinition): string =>
  shown(
    `${c.id}.attributes.${a.id}.values.${v.id}`,
    v.label,
    defaultAttribute(c.id, a.id)?.values.find((d) => d.id === v.id)?.label,
  )

export const roleLabel = (c: CategoryDefinition, r: RoleDefinition): string =>
  shown(`${c.id}.roles.${r.id}`, r.label, defaultCategory(c.id)?.roles.find((d) => d.id === r.id)?.label)

/**
 * An attribute of an annotation as words: its name and its value's name (`Kind`, `Joint`), or the stored
 * ids where the schema does not know them (a value removed from the schema).
 */
export function attributeText(
  category: CategoryDefinition | undefined,
  attribute: string,
  value: string,
): { readonly name: string; readonly value: string } {
  const definition = category?.attributes.find((a) => a.id === attribute)
  if (!category || !definition) return { name: attribute, value }
  const known = definition.values.find((v) => v.id === value)
  return {
    name: attributeLabel(category, definition),
    value: known ? valueLabel(category, definition, known) : value,
  }
}

/** The role's name for a role id of a category (the id itself when the schema does not know it). */
export function roleName(category: CategoryDefinition | undefined, role: string): string {
  const definition = category?.roles.find((r) => r.id === role)
  return category && definition ? roleLabel(category, definition) : role
}
