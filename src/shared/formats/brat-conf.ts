// The two configuration files that let brat open an export as is: annotation.conf (which types, relations
// and attributes exist, and what a relation may link) and visual.conf (their labels and the schema's
// colours). brat's configuration syntax is line based: `|` separates a type's labels, `,` and `:` its
// arguments, `<…>` is a macro and a leading `!` marks a type as not annotatable, so labels are cleaned
// of those characters.
import { bratTypesOf, type BratVocabulary } from './brat-vocabulary'
import { toOneLine } from './brat-lines'
import { bratTypeName } from './brat-names'

/** A label as visual.conf can hold it; the type name when nothing is left. */
function cleanLabel(label: string, fallback: string): string {
  const clean = toOneLine(label)
    .replace(/[|<>\t]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s!#]+/, '')
    .trim()
  return clean === '' ? fallback : clean
}

/** Relative luminance of `#rrggbb` (WCAG 2). */
function luminance(color: string): number {
  const channel = (i: number): number => {
    const c = parseInt(color.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

/** Black or white text, whichever contrasts more with the background. */
const textColorOn = (background: string): string =>
  (luminance(background) + 0.05) / 0.05 >= 1.05 / (luminance(background) + 0.05) ? 'black' : 'white'

const section = (name: string, lines: readonly string[]): string => [`[${name}]`, ...lines, ''].join('\n')

export function annotationConf(vocabulary: BratVocabulary, schemaName: string): string {
  const types = new Map(vocabulary.categories.map((c) => [c.id, bratTypesOf(c).join('|')]))
  return [
    `# brat annotation configuration, written by Parley from the tag schema « ${toOneLine(schemaName)} ».`,
    '# A type is a category (COMMITMENT) or a category and its type (ENTITY-STATE), listed under its category.',
    '# A role is a relation from the annotation (Arg1) to an annotation that fills it (Arg2). Text attributes',
    '# (such as canonical) are `#A` comment lines in the .ann files: brat attributes take listed values only.',
    '',
    section('entities', [
      ...vocabulary.categories.flatMap((c) => [
        c.id,
        ...bratTypesOf(c)
          .slice(1)
          .map((t) => `\t${t}`),
      ]),
    ]),
    section('relations', [
      '# Parley spans may overlap and nest.',
      '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
      ...vocabulary.relations.map(
        (r) =>
          `${r.role}\tArg1:${types.get(r.from) ?? r.from}, Arg2:${r.to.map((t) => types.get(t) ?? t).join('|')}`,
      ),
    ]),
    section('events', []),
    section(
      'attributes',
      vocabulary.attributes.map(
        (a) =>
          `${a.id}\tArg:${a.categories.map((c) => types.get(c) ?? c).join('|')}, Value:${a.values.join('|')}`,
      ),
    ),
  ].join('\n')
}

export function visualConf(vocabulary: BratVocabulary, schemaName: string): string {
  const labels: string[] = []
  const drawing: string[] = []
  for (const c of vocabulary.categories) {
    const label = cleanLabel(c.label, c.id)
    labels.push(`${c.id} | ${label}`)
    for (const t of c.types) {
      const typeLabel = cleanLabel(t.label, t.id)
      labels.push(`${bratTypeName(c.id, t.id)} | ${label}: ${typeLabel} | ${typeLabel}`)
    }
    const style = `fgColor:${textColorOn(c.color)}, bgColor:${c.color}, borderColor:darken`
    for (const type of bratTypesOf(c)) drawing.push(`${type}\t${style}`)
  }
  const roleLabels = new Map<string, string>()
  for (const r of vocabulary.relations) {
    if (!roleLabels.has(r.role)) roleLabels.set(r.role, cleanLabel(r.label, r.role))
    if (!drawing.some((line) => line.startsWith(`${r.role}\t`))) drawing.push(`${r.role}\tcolor:${r.color}`)
  }
  for (const [role, label] of roleLabels) labels.push(`${role} | ${label}`)
  for (const a of vocabulary.attributes) labels.push(`${a.id} | ${cleanLabel(a.label, a.id)}`)
  return [
    `# brat display configuration, written by Parley: labels and colours of the tag schema « ${toOneLine(schemaName)} ».`,
    '',
    section('labels', labels),
    section('drawing', [
      'SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken',
      'ARC_DEFAULT\tcolor:black, arrowHead:triangle-5',
      'ATTRIBUTE_DEFAULT\tglyph:*',
      ...drawing,
    ]),
  ].join('\n')
}
