import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parleyJsonFormat } from './parley-json'
import { goldenInput } from './testing/golden-input'

// docs/formats/parley-annotation-set.schema.json must describe what Parley writes. There is no JSON Schema
// validator among the dependencies, so this checks the keywords that schema uses, by hand: type, required,
// properties, additionalProperties, items, const, pattern, minimum, minItems, minLength, maxLength, $ref
// (to $defs), oneOf, propertyNames, not and enum. `format: date-time` and `description` are not checked.
type Schema = Record<string, unknown>
const schema = JSON.parse(
  readFileSync(new URL('../../../docs/formats/parley-annotation-set.schema.json', import.meta.url), 'utf8'),
) as Schema

const typeOf = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : Number.isInteger(value)
        ? 'integer'
        : typeof value
const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null

/** Where and why `value` does not satisfy `node`; empty when it does. */
function violations(value: unknown, node: Schema, at = '$'): string[] {
  const ref = node.$ref
  if (typeof ref === 'string') {
    const target = (schema.$defs as Record<string, Schema>)[ref.replace('#/$defs/', '')]
    return target ? violations(value, target, at) : [`${at}: unknown $ref ${ref}`]
  }
  const errors: string[] = []
  const type = node.type
  if (
    typeof type === 'string' &&
    typeOf(value) !== type &&
    !(type === 'number' && typeOf(value) === 'integer')
  )
    return [`${at}: expected ${type}, got ${typeOf(value)}`]
  if ('const' in node && value !== node.const) errors.push(`${at}: expected ${JSON.stringify(node.const)}`)
  if (Array.isArray(node.enum) && !node.enum.includes(value)) errors.push(`${at}: not one of the enum`)
  if (isSchema(node.not) && violations(value, node.not, at).length === 0) errors.push(`${at}: matches "not"`)
  if (Array.isArray(node.oneOf)) {
    const matching = (node.oneOf as Schema[]).filter((option) => violations(value, option, at).length === 0)
    if (matching.length !== 1) errors.push(`${at}: matches ${matching.length} of oneOf`)
  }
  if (typeof value === 'string') {
    if (typeof node.pattern === 'string' && !new RegExp(node.pattern, 'u').test(value))
      errors.push(`${at}: pattern`)
    if (typeof node.minLength === 'number' && [...value].length < node.minLength)
      errors.push(`${at}: too short`)
    if (typeof node.maxLength === 'number' && [...value].length > node.maxLength)
      errors.push(`${at}: too long`)
  }
  if (typeof value === 'number' && typeof node.minimum === 'number' && value < node.minimum)
    errors.push(`${at}: below ${node.minimum}`)
  if (Array.isArray(value)) {
    if (typeof node.minItems === 'number' && value.length < node.minItems) errors.push(`${at}: too few items`)
    if (isSchema(node.items)) {
      const items = node.items
      value.forEach((item, i) => errors.push(...violations(item, items, `${at}[${i}]`)))
    }
  }
  if (typeOf(value) === 'object') errors.push(...objectViolations(value as Record<string, unknown>, node, at))
  return errors
}

function objectViolations(value: Record<string, unknown>, node: Schema, at: string): string[] {
  const errors: string[] = []
  const properties = isSchema(node.properties) ? (node.properties as Record<string, Schema>) : {}
  for (const key of Array.isArray(node.required) ? (node.required as string[]) : [])
    if (!(key in value)) errors.push(`${at}: missing ${key}`)
  for (const [key, item] of Object.entries(value)) {
    if (isSchema(node.propertyNames))
      errors.push(...violations(key, node.propertyNames, `${at}.${key} (name)`))
    const property = properties[key]
    if (property) errors.push(...violations(item, property, `${at}.${key}`))
    else if (node.additionalProperties === false) errors.push(`${at}: unexpected ${key}`)
    else if (isSchema(node.additionalProperties))
      errors.push(...violations(item, node.additionalProperties, `${at}.${key}`))
  }
  return errors
}

describe('docs/formats/parley-annotation-set.schema.json', () => {
  const communique = readFileSync(
    new URL('../../../fixtures/cn-kz-strategic-dialogue-2024-03-29.fr.txt', import.meta.url),
    'utf8',
  )
  const sets = parleyJsonFormat.serialize(goldenInput(communique)).filter((f) => f.path.endsWith('.json'))

  it('is a draft 2020-12 schema', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
  })

  it.each(sets.map((f) => [f.path, f.content]))('describes %s as Parley writes it', (_path, content) => {
    expect(violations(JSON.parse(content), schema)).toEqual([])
  })

  it('refuses what Parley would refuse', () => {
    const set = JSON.parse(sets[0]?.content ?? '{}') as { annotations: Record<string, unknown>[] }
    const first = set.annotations[0] ?? {}
    const broken = [
      { ...set, format: 'other' },
      { ...set, annotator: undefined },
      { ...set, extra: 1 },
      { ...set, annotations: [{ ...first, label: 'entity' }] },
      { ...set, annotations: [{ ...first, quote: { exact: 'x' } }] },
      { ...set, annotations: [{ ...first, roles: { holder: [{ ref: 'a', text: 'b' }] } }] },
      { ...set, annotations: [{ ...first, attributes: { constructor: 'x' } }] },
      { ...set, annotations: [{ ...first, fragments: [{ start: 0, end: 1 }] }] },
    ]
    for (const value of broken) expect(violations(JSON.parse(JSON.stringify(value)), schema)).not.toEqual([])
  })
})
