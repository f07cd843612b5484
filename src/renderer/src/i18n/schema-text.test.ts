// The default tag schema's names follow the UI language, and only while the analyst has not renamed them;
// the English file names the default schema exactly as default-tag-schema.ts does.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_TAG_SCHEMA } from '@shared/model/default-tag-schema'
import { renameCategory, renameValue } from '@shared/model/schema-edits'
import { findCategory, type TagSchema } from '@shared/model/tag-schema'
import { setLanguage } from './i18n'
import {
  attributeLabel,
  attributeText,
  categoryDescription,
  categoryLabel,
  roleLabel,
  schemaName,
  typeLabel,
  valueLabel,
} from './schema-text'

const category = (schema: TagSchema, id: string) => findCategory(schema, id)!

afterEach(() => setLanguage('en'))

describe('the default schema’s names', () => {
  it('are, in English, exactly those of the default schema', () => {
    const en = JSON.parse(
      readFileSync(join(import.meta.dirname, 'locales/en/schema.json'), 'utf8'),
    ) as unknown
    const expected: Record<string, unknown> = { name: DEFAULT_TAG_SCHEMA.name }
    for (const c of DEFAULT_TAG_SCHEMA.categories)
      expected[c.id] = {
        label: c.label,
        description: c.description,
        ...(c.types.length ? { types: Object.fromEntries(c.types.map((t) => [t.id, t.label])) } : {}),
        ...(c.attributes.length
          ? {
              attributes: Object.fromEntries(
                c.attributes.map((a) => [
                  a.id,
                  {
                    label: a.label,
                    ...(a.values.length
                      ? { values: Object.fromEntries(a.values.map((v) => [v.id, v.label])) }
                      : {}),
                  },
                ]),
              ),
            }
          : {}),
        ...(c.roles.length ? { roles: Object.fromEntries(c.roles.map((r) => [r.id, r.label])) } : {}),
      }
    expect(en).toEqual(expected)
  })

  it('are shown in French when the UI is French', async () => {
    await setLanguage('fr')
    const commitment = category(DEFAULT_TAG_SCHEMA, 'COMMITMENT')
    const entity = category(DEFAULT_TAG_SCHEMA, 'ENTITY')
    const kind = commitment.attributes.find((a) => a.id === 'kind')!
    expect(schemaName(DEFAULT_TAG_SCHEMA)).toBe('Discours diplomatique')
    expect(categoryLabel(commitment)).toBe('Engagement')
    expect(categoryLabel(entity)).toBe('Entité')
    expect(categoryDescription(commitment)).toBe('Une promesse d’action future')
    expect(
      typeLabel(
        entity,
        entity.types.find((t) => t.id === 'STATE')!,
      ),
    ).toBe('État')
    expect(attributeLabel(commitment, kind)).toBe('Nature')
    expect(
      valueLabel(
        commitment,
        kind,
        kind.values.find((v) => v.id === 'joint')!,
      ),
    ).toBe('Conjoint')
    expect(
      roleLabel(
        commitment,
        commitment.roles.find((r) => r.id === 'actors')!,
      ),
    ).toBe('Acteurs')
    expect(attributeText(commitment, 'kind', 'joint')).toEqual({ name: 'Nature', value: 'Conjoint' })
  })

  it('are shown in English when the UI is English', async () => {
    await setLanguage('en')
    expect(categoryLabel(category(DEFAULT_TAG_SCHEMA, 'COMMITMENT'))).toBe('Commitment')
    expect(attributeText(category(DEFAULT_TAG_SCHEMA, 'COMMITMENT'), 'kind', 'joint')).toEqual({
      name: 'Kind',
      value: 'Joint',
    })
  })

  it('follow the language back and forth, though each name is looked up once per language', async () => {
    const commitment = category(DEFAULT_TAG_SCHEMA, 'COMMITMENT')
    await setLanguage('en')
    expect(categoryLabel(commitment)).toBe('Commitment')
    await setLanguage('fr')
    expect(categoryLabel(commitment)).toBe('Engagement')
    await setLanguage('en')
    expect(categoryLabel(commitment)).toBe('Commitment')
  })

  it('are shown as the analyst wrote them once she renamed them', async () => {
    await setLanguage('fr')
    const renamed = renameCategory(DEFAULT_TAG_SCHEMA, 'COMMITMENT', 'Pledge')
    if (!renamed.ok) throw new Error(renamed.error.message)
    const value = renameValue(renamed.value, { category: 'COMMITMENT', attribute: 'kind' }, 'joint', 'Shared')
    if (!value.ok) throw new Error(value.error.message)
    const commitment = category(value.value, 'COMMITMENT')
    expect(categoryLabel(commitment)).toBe('Pledge')
    expect(attributeText(commitment, 'kind', 'joint')).toEqual({ name: 'Nature', value: 'Shared' })
  })

  it('leave ids the schema does not know as they are', async () => {
    await setLanguage('fr')
    const commitment = category(DEFAULT_TAG_SCHEMA, 'COMMITMENT')
    expect(attributeText(commitment, 'kind', 'retired')).toEqual({ name: 'Nature', value: 'retired' })
    expect(attributeText(undefined, 'colour', 'red')).toEqual({ name: 'colour', value: 'red' })
  })
})
