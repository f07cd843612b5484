// The brat types, relations and attributes an export declares: those of the tag schema, in its order,
// plus any category or type the annotations use that the schema no longer lists (so brat still colours
// and names them). annotation.conf and visual.conf are both written from this one list.
import type { ExportDocument } from './format'
import type { TagSchema } from '../model/tag-schema'
import { TYPE_ATTRIBUTE } from '../model/tag-schema'
import { bratTypeName, isBratName } from './brat-names'

export interface BratCategory {
  readonly id: string
  readonly label: string
  readonly color: string
  readonly types: readonly { readonly id: string; readonly label: string }[]
}

export interface BratRelation {
  readonly role: string
  readonly label: string
  readonly color: string
  readonly from: string
  readonly to: readonly string[]
}

export interface BratAttribute {
  readonly id: string
  readonly label: string
  readonly categories: readonly string[]
  readonly values: readonly string[]
}

export interface BratVocabulary {
  readonly categories: readonly BratCategory[]
  readonly relations: readonly BratRelation[]
  readonly attributes: readonly BratAttribute[]
}

/** Grey for categories the schema no longer lists. */
const UNLISTED_COLOR = '#BBBBBB'

/** Every brat type of a category: the category itself, then one per type. */
export const bratTypesOf = (category: BratCategory): string[] => [
  category.id,
  ...category.types.map((t) => bratTypeName(category.id, t.id)),
]

/** Each category the annotations use, with the types they give it in the order first met (undefined: none). */
function usedTypes(documents: readonly ExportDocument[]): Map<string, Set<string | undefined>> {
  const used = new Map<string, Set<string | undefined>>()
  for (const d of documents)
    for (const s of d.sets)
      for (const a of s.annotations) {
        const types = used.get(a.label)
        if (types) types.add(a.attributes[TYPE_ATTRIBUTE])
        else used.set(a.label, new Set([a.attributes[TYPE_ATTRIBUTE]]))
      }
  return used
}

export function bratVocabulary(schema: TagSchema, documents: readonly ExportDocument[]): BratVocabulary {
  const categories = new Map<string, { label: string; color: string; types: Map<string, string> }>()
  for (const c of schema.categories)
    categories.set(c.id, {
      label: c.label,
      color: c.color,
      types: new Map(c.types.filter((t) => isBratName(t.id)).map((t) => [t.id, t.label])),
    })
  for (const [label, types] of [...usedTypes(documents)].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    if (!isBratName(label)) continue
    const category = categories.get(label) ?? { label, color: UNLISTED_COLOR, types: new Map() }
    categories.set(label, category)
    for (const type of types)
      if (type !== undefined && isBratName(type) && !category.types.has(type)) category.types.set(type, type)
  }
  const list: BratCategory[] = [...categories].map(([id, c]) => ({
    id,
    label: c.label,
    color: c.color,
    types: [...c.types].map(([typeId, label]) => ({ id: typeId, label })),
  }))
  const byId = new Map(list.map((c) => [c.id, c]))

  const relations: BratRelation[] = schema.categories.flatMap((c) =>
    c.roles
      .filter((r) => isBratName(r.id))
      .map((r) => ({
        role: r.id,
        label: r.label,
        color: c.color,
        from: c.id,
        to: r.targets.filter((t) => byId.has(t)),
      }))
      .filter((r) => r.to.length > 0),
  )

  const attributes = new Map<string, { label: string; categories: string[]; values: string[] }>()
  for (const c of schema.categories)
    for (const attribute of c.attributes) {
      if (attribute.kind !== 'enum' || !isBratName(attribute.id)) continue
      const entry = attributes.get(attribute.id) ?? { label: attribute.label, categories: [], values: [] }
      entry.categories.push(c.id)
      for (const v of attribute.values) if (!entry.values.includes(v.id)) entry.values.push(v.id)
      attributes.set(attribute.id, entry)
    }
  return {
    categories: list,
    relations,
    attributes: [...attributes].filter(([, a]) => a.values.length > 0).map(([id, a]) => ({ id, ...a })),
  }
}
