// Where an annotation disagrees with the tag schema. Editing the schema never deletes or rewrites an
// annotation: a value removed from the schema, a role that no longer exists, a filler whose annotation
// was deleted — each is computed here on demand and shown until the analyst fixes it.
import type { Annotation } from './annotation'
import { findCategory, TYPE_ATTRIBUTE, type CategoryDefinition, type TagSchema } from './tag-schema'

export type SchemaProblemKind =
  | 'unknown-category'
  | 'unknown-type'
  | 'unknown-attribute'
  | 'unknown-value'
  | 'unknown-role'
  | 'too-many-fillers'
  | 'missing-filler'
  | 'wrong-filler-category'
  | 'text-not-allowed'

export interface SchemaProblem {
  readonly annotationId: string
  readonly kind: SchemaProblemKind
  readonly attribute?: string
  readonly role?: string
  readonly value?: string
  /** What is wrong, in plain English, for the analyst. */
  readonly message: string
}

type Found = Omit<SchemaProblem, 'annotationId'>

/** The problems of one annotation; `byId` holds the annotations of its set, to resolve role fillers. */
export function findSchemaProblems(
  annotation: Annotation,
  schema: TagSchema,
  byId: ReadonlyMap<string, Annotation>,
): SchemaProblem[] {
  const category = findCategory(schema, annotation.label)
  const found: Found[] = category
    ? [...attributeProblems(annotation, category), ...roleProblems(annotation, category, byId)]
    : [
        {
          kind: 'unknown-category',
          message: `${annotation.label} is not a category of the tag schema any more`,
        },
      ]
  return found.map((problem) => ({ annotationId: annotation.id, ...problem }))
}

/** The problems of a whole annotation set, by annotation id; annotations without problems are absent. */
export function findAllSchemaProblems(
  annotations: readonly Annotation[],
  schema: TagSchema,
): Map<string, SchemaProblem[]> {
  const byId = new Map(annotations.map((a) => [a.id, a]))
  const problems = new Map<string, SchemaProblem[]>()
  for (const annotation of annotations) {
    const found = findSchemaProblems(annotation, schema, byId)
    if (found.length > 0) problems.set(annotation.id, found)
  }
  return problems
}

// An empty value means "not set", as `flatLabel` reads it.
function attributeProblems(annotation: Annotation, category: CategoryDefinition): Found[] {
  const found: Found[] = []
  for (const [attribute, value] of Object.entries(annotation.attributes)) {
    if (value === '') continue
    if (attribute === TYPE_ATTRIBUTE) {
      if (!category.types.some((t) => t.id === value))
        found.push({
          kind: 'unknown-type',
          attribute,
          value,
          message: `type « ${value} » is not a type of ${category.id} any more`,
        })
      continue
    }
    const definition = category.attributes.find((a) => a.id === attribute)
    if (!definition)
      found.push({
        kind: 'unknown-attribute',
        attribute,
        value,
        message: `${attribute} is not an attribute of ${category.id} any more`,
      })
    else if (definition.kind === 'enum' && !definition.values.some((v) => v.id === value))
      found.push({
        kind: 'unknown-value',
        attribute,
        value,
        message: `${attribute} « ${value} » is not a value of ${category.id}'s ${attribute} any more`,
      })
  }
  return found
}

function roleProblems(
  annotation: Annotation,
  category: CategoryDefinition,
  byId: ReadonlyMap<string, Annotation>,
): Found[] {
  const found: Found[] = []
  for (const [role, fillers] of Object.entries(annotation.roles)) {
    if (fillers.length === 0) continue
    const definition = category.roles.find((r) => r.id === role)
    if (!definition) {
      found.push({ kind: 'unknown-role', role, message: `${role} is not a role of ${category.id} any more` })
      continue
    }
    if (!definition.multiple && fillers.length > 1)
      found.push({
        kind: 'too-many-fillers',
        role,
        message: `${role} takes one filler, and has ${fillers.length}`,
      })
    for (const filler of fillers) {
      if ('text' in filler) {
        if (!definition.allowsText)
          found.push({
            kind: 'text-not-allowed',
            role,
            value: filler.text,
            message: `${role} must be another annotation, not the text « ${filler.text} »`,
          })
        continue
      }
      const target = byId.get(filler.ref)
      if (!target)
        found.push({
          kind: 'missing-filler',
          role,
          value: filler.ref,
          message: `${role} refers to annotation ${filler.ref}, which no longer exists`,
        })
      else if (!definition.targets.includes(target.label))
        found.push({
          kind: 'wrong-filler-category',
          role,
          value: filler.ref,
          message: `${role} must be ${orList(definition.targets)}, and « ${shorten(target.quote.exact)} » is ${target.label}`,
        })
    }
  }
  return found
}

function shorten(text: string): string {
  const chars = [...text]
  return chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : text
}

function orList(items: readonly string[]): string {
  if (items.length === 0) return 'nothing (the role has no target category)'
  return items.length === 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1) ?? ''}`
}

// The palette's labels live in their own module; re-exported here, where the editor's brief first put them.
export { schemaLabels, type SchemaLabel } from './schema-labels'
