import { describe, expect, it } from 'vitest'
import { annotationSchema } from './annotation-schema'

const valid = {
  id: 'p1',
  label: 'POSITION',
  start: 10,
  end: 30,
  quote: { exact: 'soutient fermement l', prefix: '', suffix: '' },
  attributes: { polarity: 'support' },
  roles: { holder: [{ ref: 'kz' }], target: [{ text: 'la Chine' }] },
  note: '',
  author: 'Claire',
  created: '2024-03-29T10:00:00.000Z',
  modified: '2024-03-29T10:00:00.000Z',
}

/** The first issue's message and path, or null when the annotation is accepted. */
function refusal(value: unknown): string | null {
  const parsed = annotationSchema.safeParse(value)
  if (parsed.success) return null
  const issue = parsed.error.issues[0]
  return `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`
}

const withFragments = (...pairs: [number, number][]) => ({
  ...valid,
  fragments: pairs.map(([start, end]) => ({ start, end })),
})

describe('annotationSchema', () => {
  it('accepts an annotation with roles, and one with sorted fragments covering its extent', () => {
    expect(refusal(valid)).toBeNull()
    expect(refusal({ ...valid, roles: {} })).toBeNull()
    expect(refusal(withFragments([10, 15], [20, 30]))).toBeNull()
    expect(refusal(withFragments([10, 15], [15, 20], [25, 30]))).toBeNull()
  })

  it('takes the category id as label, never CATEGORY:type', () => {
    expect(refusal({ ...valid, label: 'ENTITY:STATE' })).toMatch(/^label: a label is a category id/)
    expect(refusal({ ...valid, label: 'entity' })).toMatch(/^label/)
  })

  it('requires roles, as arrays of strict {ref} or {text} fillers', () => {
    const { roles: _roles, ...noRoles } = valid
    expect(refusal(noRoles)).toMatch(/^roles/)
    expect(refusal({ ...valid, roles: { holder: { ref: 'kz' } } })).toMatch(/^roles\.holder/)
    expect(refusal({ ...valid, roles: { holder: [{ ref: 'kz', text: 'x' }] } })).toMatch(/^roles\.holder\.0/)
    expect(refusal({ ...valid, roles: { holder: [{ ref: '../x' }] } })).toMatch(/^roles\.holder\.0/)
    expect(refusal({ ...valid, roles: { target: [{ text: 'x'.repeat(1001) }] } })).toMatch(/^roles\.target/)
    expect(refusal({ ...valid, roles: { target: [{ text: '\uD800' }] } })).toMatch(/lone surrogate/)
  })

  it('refuses reserved keys in attributes and roles', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      // JSON.parse makes `__proto__` an own key, as the wire and the file reader see it.
      const attributes = JSON.parse(`{"${key}": "x"}`) as unknown
      const roles = JSON.parse(`{"${key}": [{"ref": "kz"}]}`) as unknown
      expect(refusal({ ...valid, attributes })).toBe(`attributes.${key}: reserved key ${key}`)
      expect(refusal({ ...valid, roles })).toBe(`roles.${key}: reserved key ${key}`)
    }
  })

  it('refuses fragments that are too few or too many, empty, unsorted, overlapping or off the extent', () => {
    expect(refusal(withFragments([10, 30]))).toMatch(/^fragments/)
    expect(
      refusal(withFragments(...Array.from({ length: 101 }, (_, i): [number, number] => [i, i + 1]))),
    ).toMatch(/^fragments/)
    expect(refusal(withFragments([10, 15], [20, 20], [25, 30]))).toBe(
      'fragments.1.end: a fragment must end after it starts',
    )
    expect(refusal(withFragments([10, 15], [12, 30]))).toBe(
      'fragments.1: fragments must be sorted and must not overlap',
    )
    expect(refusal(withFragments([10, 15], [25, 30], [16, 20]))).toBe(
      'fragments.2: the last fragment must end where the span ends',
    )
    expect(refusal(withFragments([11, 15], [20, 30]))).toBe(
      'fragments.0: the first fragment must start where the span starts',
    )
    expect(refusal(withFragments([10, 15], [20, 29]))).toBe(
      'fragments.1: the last fragment must end where the span ends',
    )
    expect(
      refusal({ ...withFragments([10, 15], [20, 30]), fragments: [{ start: 10, end: 15, x: 1 }] }),
    ).toMatch(/^fragments/)
  })
})
