// How Parley's labels, attributes and roles are named in brat. brat stores a type as ASCII letters, digits,
// `_` and `-` (its configuration files use `:` and `|` as separators, so `ENTITY:STATE` cannot be a type):
// a category without a type keeps its id (`COMMITMENT`), a typed one is `CATEGORY-TYPE` (`ENTITY-STATE`),
// declared in annotation.conf as a child of its category, so brat's menu groups the types under it and
// every type of a category gets the category's colour. Reading back, that hierarchy says where the
// category ends; without an annotation.conf, a name such as `ENTITY-STATE` splits at its first `-`.

/** brat's storage form of a type, relation, attribute or comment type (`normalize_to_storage_form`). */
const BRAT_NAME = /^[A-Za-z0-9_-]+$/

export const isBratName = (name: string): boolean => BRAT_NAME.test(name)

/** The brat type of a category and optional type: `COMMITMENT`, `ENTITY-STATE`. */
export const bratTypeName = (category: string, type?: string): string =>
  type === undefined ? category : `${category}-${type}`

export interface ParleyLabel {
  readonly category: string
  readonly type?: string
}

/** brat type names read from annotation.conf, with the category and type each stands for. */
export type BratTypeMap = ReadonlyMap<string, ParleyLabel>

/** Splits a brat type into category and type: from annotation.conf if it lists it, else at the first `-`. */
export function parleyLabelOf(name: string, types: BratTypeMap): ParleyLabel {
  const known = types.get(name)
  if (known) return known
  const match = /^([A-Z][A-Z0-9_]*)-(.+)$/.exec(name)
  return match ? { category: match[1]!, type: match[2]! } : { category: name }
}
