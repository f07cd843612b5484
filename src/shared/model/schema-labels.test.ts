import { describe, expect, it } from 'vitest'
import { DEFAULT_TAG_SCHEMA } from './default-tag-schema'
import { schemaLabels } from './schema-labels'

describe('schemaLabels', () => {
  it('lists the categories, then each category’s types, with key sequences and numbers 1–9', () => {
    const labels = schemaLabels(DEFAULT_TAG_SCHEMA)
    expect(labels.map((l) => l.label)).toEqual([
      'COMMITMENT',
      'POSITION',
      'ENTITY',
      'ENTITY:PERSON',
      'ENTITY:STATE',
      'ENTITY:ORGANIZATION',
      'ENTITY:INITIATIVE',
      'ENTITY:LOCATION',
      'ENTITY:EVENT',
      'ENTITY:OTHER',
    ])
    expect(labels[0]).toEqual({ label: 'COMMITMENT', category: 'COMMITMENT', keys: 'c', number: 1 })
    expect(labels[4]).toEqual({
      label: 'ENTITY:STATE',
      category: 'ENTITY',
      type: 'STATE',
      keys: 'e s',
      number: 5,
    })
    expect(labels.map((l) => l.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, undefined])
  })
})
