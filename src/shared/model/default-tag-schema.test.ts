import { describe, expect, it } from 'vitest'
import { DEFAULT_TAG_SCHEMA } from './default-tag-schema'
import { tagSchemaSchema } from './tag-schema-validation'

const { categories } = DEFAULT_TAG_SCHEMA
const isUnique = (items: readonly string[]): boolean =>
  new Set(items.map((i) => i.toLowerCase())).size === items.length

describe('the default tag schema', () => {
  it('is "Diplomatic discourse", version 2, in the order COMMITMENT, POSITION, ENTITY', () => {
    expect(DEFAULT_TAG_SCHEMA).toMatchObject({ version: 2, name: 'Diplomatic discourse' })
    expect(categories.map((c) => [c.id, c.key, c.color, c.style])).toEqual([
      ['COMMITMENT', 'c', '#0072B2', 'underline'],
      ['POSITION', 'p', '#D55E00', 'underline'],
      ['ENTITY', 'e', '#009E73', 'tint'],
    ])
  })

  it('passes the validation of a stored tag schema', () => {
    expect(tagSchemaSchema.safeParse(DEFAULT_TAG_SCHEMA).success).toBe(true)
  })

  it('has keys unique per level: among categories, and within each list of values', () => {
    expect(isUnique(categories.map((c) => c.key))).toBe(true)
    for (const category of categories) {
      expect(isUnique(category.types.map((t) => t.key)), `${category.id} types`).toBe(true)
      for (const attribute of category.attributes)
        expect(isUnique(attribute.values.map((v) => v.key)), `${category.id}.${attribute.id}`).toBe(true)
    }
  })

  it('names only categories of the schema as role targets', () => {
    const ids = categories.map((c) => c.id)
    for (const role of categories.flatMap((c) => c.roles)) {
      expect(role.targets.length).toBeGreaterThan(0)
      for (const target of role.targets) expect(ids).toContain(target)
    }
  })

  it('gives ENTITY its seven types and a free-text canonical name', () => {
    const entity = categories.find((c) => c.id === 'ENTITY')
    expect(entity?.types.map((t) => `${t.id}:${t.key}`)).toEqual([
      'PERSON:p',
      'STATE:s',
      'ORGANIZATION:o',
      'INITIATIVE:i',
      'LOCATION:l',
      'EVENT:v',
      'OTHER:x',
    ])
    expect(entity?.attributes).toEqual([
      { id: 'canonical', label: 'Canonical name', kind: 'text', values: [] },
    ])
  })

  it('gives POSITION and COMMITMENT their roles and enumerated attributes', () => {
    const shape = (id: string) => {
      const category = categories.find((c) => c.id === id)
      return {
        roles: category?.roles.map((r) => [r.id, r.targets.join('|'), r.multiple, r.allowsText]),
        attributes: category?.attributes.map((a) => [a.id, a.kind, a.values.map((v) => v.id).join(' ')]),
      }
    }
    expect(shape('POSITION')).toEqual({
      roles: [
        ['holder', 'ENTITY', false, false],
        ['target', 'ENTITY', false, true],
      ],
      attributes: [
        ['polarity', 'enum', 'support oppose concern neutral'],
        ['intensity', 'enum', 'strong moderate weak'],
      ],
    })
    expect(shape('COMMITMENT')).toEqual({
      roles: [
        ['actors', 'ENTITY', true, false],
        ['beneficiary', 'ENTITY', false, false],
      ],
      attributes: [
        ['kind', 'enum', 'joint unilateral reaffirmed'],
        [
          'domain',
          'enum',
          'economy-trade security culture-people infrastructure-connectivity multilateral political other',
        ],
        ['strength', 'enum', 'firm conditional aspirational'],
      ],
    })
  })
})
