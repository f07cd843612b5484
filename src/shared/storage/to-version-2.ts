// The migration of stored files from schemaVersion 1 to 2, when categories gained types, attributes and
// roles. A version 1 tag schema becomes the default "Diplomatic discourse" schema carrying the analyst's
// own labels, keys, colours and descriptions (and any category of her own); an annotation gains empty
// `roles`, and a label written `ENTITY:STATE` becomes label `ENTITY` with `attributes.type` `STATE`.
// The input is unchecked JSON: anything unexpected is passed on unchanged for the parser to report.
import { DEFAULT_TAG_SCHEMA } from '../model/default-tag-schema'
import type { CategoryDefinition } from '../model/tag-schema'
import type { MigrationStep } from './migrations'

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The fields a version 1 category had, where they are strings. */
function ownFields(old: Json): Partial<Pick<CategoryDefinition, 'label' | 'key' | 'color' | 'description'>> {
  const fields: Record<string, string> = {}
  for (const field of ['label', 'key', 'color', 'description'])
    if (typeof old[field] === 'string') fields[field] = old[field]
  return fields
}

export const tagSchemaFileToV2: MigrationStep = (file) => {
  const schema = file.tagSchema
  if (!isObject(schema) || !Array.isArray(schema.categories)) return file
  const old = schema.categories.filter(isObject)
  const merged = DEFAULT_TAG_SCHEMA.categories.map((category) => {
    const mine = old.find((c) => c.id === category.id)
    return mine ? { ...category, ...ownFields(mine) } : category
  })
  const added = old
    .filter((c) => !DEFAULT_TAG_SCHEMA.categories.some((d) => d.id === c.id))
    .map((c) => ({ ...c, style: 'tint', types: [], attributes: [], roles: [] }))
  const version = typeof schema.version === 'number' ? schema.version + 1 : DEFAULT_TAG_SCHEMA.version
  return {
    ...file,
    tagSchema: {
      ...schema,
      version: Math.max(version, DEFAULT_TAG_SCHEMA.version),
      categories: [...merged, ...added],
    },
  }
}

function annotationToV2(annotation: unknown): unknown {
  if (!isObject(annotation)) return annotation
  const roles = isObject(annotation.roles) ? annotation.roles : {}
  const label = annotation.label
  const colon = typeof label === 'string' ? label.indexOf(':') : -1
  if (typeof label !== 'string' || colon < 0) return { ...annotation, roles }
  // The label's type wins over an attribute named `type`: in version 1 the label carried the type.
  const attributes = isObject(annotation.attributes) ? annotation.attributes : {}
  return {
    ...annotation,
    label: label.slice(0, colon),
    attributes: { ...attributes, type: label.slice(colon + 1) },
    roles,
  }
}

export const annotationSetFileToV2: MigrationStep = (file) =>
  Array.isArray(file.annotations) ? { ...file, annotations: file.annotations.map(annotationToV2) } : file

/** Settings and document files did not change shape: only their version moves. */
export const unchangedToV2: MigrationStep = (file) => file
