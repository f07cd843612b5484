// A schema problem of the selected annotation in the UI language. The shared check says what is wrong
// (`kind`, and the attribute, role or value concerned); the words are composed here, from the annotation
// and the schema, so they follow the language like the rest of the window.
import type { Annotation } from '@shared/model/annotation'
import type { SchemaProblem } from '@shared/model/schema-problems'
import { findCategory, type TagSchema } from '@shared/model/tag-schema'
import { formatList, formatNumber } from '../../i18n/format'
import { i18n } from '../../i18n/i18n'
import { attributeText, categoryLabel, roleName } from '../../i18n/schema-text'

const shorten = (text: string): string => {
  const chars = [...text]
  return chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : text
}

const labelName = (schema: TagSchema, id: string): string => {
  const category = findCategory(schema, id)
  return category ? categoryLabel(category) : id
}

export function problemText(
  problem: SchemaProblem,
  annotation: Annotation,
  schema: TagSchema,
  byId: ReadonlyMap<string, Annotation>,
): string {
  const category = findCategory(schema, annotation.label)
  const role = problem.role ?? ''
  const definition = category?.roles.find((r) => r.id === role)
  const target = problem.value === undefined ? undefined : byId.get(problem.value)
  const targets = (definition?.targets ?? []).map((id) => labelName(schema, id))
  return i18n.t(`details:problems.${problem.kind}`, {
    label: annotation.label,
    category: category ? categoryLabel(category) : annotation.label,
    attribute: attributeText(category, problem.attribute ?? '', '').name,
    value: problem.value ?? '',
    text: problem.value ?? '',
    ref: problem.value ?? '',
    role: roleName(category, role),
    n: formatNumber(annotation.roles[role]?.length ?? 0),
    targets: targets.length > 0 ? formatList(targets, 'or') : i18n.t('details:problems.noTarget'),
    quote: shorten(target?.quote.exact ?? ''),
    targetLabel: target ? labelName(schema, target.label) : '',
  })
}
