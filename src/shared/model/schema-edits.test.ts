import { describe, expect, it } from 'vitest'
import type { Result } from '../result'
import { DEFAULT_TAG_SCHEMA } from './default-tag-schema'
import {
  addValue,
  removeValue,
  renameCategory,
  renameValue,
  setCategoryColor,
  setCategoryKey,
  setValueKey,
} from './schema-edits'
import { findCategory, type TagSchema } from './tag-schema'

const schema = DEFAULT_TAG_SCHEMA
const TYPES = { category: 'ENTITY', attribute: 'type' }
const POLARITY = { category: 'POSITION', attribute: 'polarity' }

function edited(result: Result<TagSchema>): TagSchema {
  if (!result.ok) throw new Error(result.error.message)
  expect(result.value.version).toBe(schema.version + 1)
  return result.value
}

const entity = (s: TagSchema) => findCategory(s, 'ENTITY')
const polarity = (s: TagSchema) => findCategory(s, 'POSITION')?.attributes.find((a) => a.id === 'polarity')

describe('schema edits', () => {
  it('rename a category and a value, trimming the label, and bump the version', () => {
    expect(entity(edited(renameCategory(schema, 'ENTITY', '  Acteur ')))?.label).toBe('Acteur')
    const renamed = edited(renameValue(schema, POLARITY, 'concern', 'Préoccupation'))
    expect(polarity(renamed)?.values.find((v) => v.id === 'concern')?.label).toBe('Préoccupation')
    expect(renameCategory(schema, 'ENTITY', '  ')).toMatchObject({
      ok: false,
      error: { code: 'invalid-label' },
    })
  })

  it('leave the original schema untouched', () => {
    edited(removeValue(schema, TYPES, 'STATE'))
    expect(entity(schema)?.types.some((t) => t.id === 'STATE')).toBe(true)
    expect(schema.version).toBe(2)
  })

  it('change a colour, written #rrggbb', () => {
    expect(entity(edited(setCategoryColor(schema, 'ENTITY', '#56B4E9')))?.color).toBe('#56B4E9')
    for (const bad of ['56B4E9', '#56B4E', 'red', '#56B4E9 '])
      expect(setCategoryColor(schema, 'ENTITY', bad)).toMatchObject({
        ok: false,
        error: { code: 'invalid-color' },
      })
  })

  it('change a key, refusing one already used at the same level', () => {
    expect(entity(edited(setCategoryKey(schema, 'ENTITY', 'n')))?.key).toBe('n')
    expect(entity(edited(setCategoryKey(schema, 'ENTITY', 'e')))?.key).toBe('e')
    const taken = setCategoryKey(schema, 'ENTITY', 'P')
    expect(taken).toMatchObject({ ok: false, error: { code: 'key-taken' } })
    expect(!taken.ok && taken.error.message).toBe('« P » is already the key of POSITION')
    expect(setCategoryKey(schema, 'ENTITY', '1')).toMatchObject({ ok: false, error: { code: 'invalid-key' } })
    expect(setCategoryKey(schema, 'ENTITY', 'ab')).toMatchObject({
      ok: false,
      error: { code: 'invalid-key' },
    })

    expect(entity(edited(setValueKey(schema, TYPES, 'STATE', 'e')))?.types[1]?.key).toBe('e')
    const typeTaken = setValueKey(schema, TYPES, 'STATE', 'p')
    expect(!typeTaken.ok && typeTaken.error.message).toBe(
      "« p » is already the key of PERSON in ENTITY's types",
    )
    // `s` is taken by `support`, in another list: that is another level.
    expect(edited(setValueKey(schema, { category: 'POSITION', attribute: 'intensity' }, 'strong', 's')))
  })

  it('add a value to the types or to an enumerated attribute', () => {
    const city = { id: 'CITY', label: 'City', key: 'c' }
    expect(entity(edited(addValue(schema, TYPES, city)))?.types.at(-1)).toEqual(city)
    const hostile = edited(addValue(schema, POLARITY, { id: 'hostile', label: 'Hostile', key: 'h' }))
    expect(polarity(hostile)?.values.map((v) => v.id)).toContain('hostile')
    expect(addValue(schema, TYPES, { ...city, id: 'STATE' })).toMatchObject({
      ok: false,
      error: { code: 'duplicate-value' },
    })
    expect(addValue(schema, TYPES, { ...city, key: 'S' })).toMatchObject({
      ok: false,
      error: { code: 'key-taken' },
    })
    expect(addValue(schema, TYPES, { ...city, id: '__proto__' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-id' },
    })
    expect(addValue(schema, { category: 'ENTITY', attribute: 'canonical' }, city)).toMatchObject({
      ok: false,
      error: { code: 'not-enumerated' },
    })
  })

  it('remove a value', () => {
    expect(polarity(edited(removeValue(schema, POLARITY, 'concern')))?.values.map((v) => v.id)).toEqual([
      'support',
      'oppose',
      'neutral',
    ])
    expect(removeValue(schema, POLARITY, 'hostile')).toMatchObject({
      ok: false,
      error: { code: 'unknown-value' },
    })
  })

  it('refuse unknown categories and attributes', () => {
    expect(renameCategory(schema, 'CLAIM', 'Claim')).toMatchObject({
      ok: false,
      error: { code: 'unknown-category' },
    })
    expect(removeValue(schema, { category: 'POSITION', attribute: 'mood' }, 'calm')).toMatchObject({
      ok: false,
      error: { code: 'unknown-attribute' },
    })
  })
})
