import { describe, expect, it } from 'vitest'
import type { Annotation } from './annotation'
import { DEFAULT_TAG_SCHEMA } from './default-tag-schema'
import { removeValue } from './schema-edits'
import { findAllSchemaProblems, findSchemaProblems } from './schema-problems'
import { asCodePoint } from '../text/offsets'

function annotation(id: string, label: string, more: Partial<Annotation> = {}): Annotation {
  return {
    id,
    label,
    start: asCodePoint(0),
    end: asCodePoint(5),
    quote: { exact: `«${id}»`, prefix: '', suffix: '' },
    attributes: {},
    roles: {},
    note: '',
    author: 'Claire',
    created: '2024-03-29T10:00:00.000Z',
    modified: '2024-03-29T10:00:00.000Z',
    ...more,
  }
}

const kazakhstan = annotation('kz', 'ENTITY', { attributes: { type: 'STATE', canonical: 'Kazakhstan' } })
const china = annotation('cn', 'ENTITY', { attributes: { type: 'STATE' } })
const other = annotation('c1', 'COMMITMENT')
const problemsOf = (a: Annotation, set: readonly Annotation[] = [a], schema = DEFAULT_TAG_SCHEMA) =>
  findSchemaProblems(a, schema, new Map(set.map((x) => [x.id, x])))

describe('findSchemaProblems', () => {
  it('finds nothing wrong with annotations that follow the schema', () => {
    const position = annotation('p1', 'POSITION', {
      attributes: { polarity: 'support', intensity: 'strong' },
      roles: { holder: [{ ref: 'kz' }], target: [{ text: 'la souveraineté' }] },
    })
    const commitment = annotation('c2', 'COMMITMENT', {
      attributes: { kind: 'joint', domain: 'security', strength: '' },
      roles: { actors: [{ ref: 'kz' }, { ref: 'cn' }], beneficiary: [] },
    })
    const set = [kazakhstan, china, position, commitment]
    expect(findAllSchemaProblems(set, DEFAULT_TAG_SCHEMA).size).toBe(0)
  })

  it('flags, and never drops, an annotation whose value was removed from the schema', () => {
    const position = annotation('p1', 'POSITION', { attributes: { polarity: 'concern' } })
    const edited = removeValue(DEFAULT_TAG_SCHEMA, { category: 'POSITION', attribute: 'polarity' }, 'concern')
    if (!edited.ok) throw new Error(edited.error.message)
    const set = [kazakhstan, position]
    const problems = findAllSchemaProblems(set, edited.value)
    expect(set).toHaveLength(2)
    expect([...problems.keys()]).toEqual(['p1'])
    expect(problems.get('p1')).toEqual([
      {
        annotationId: 'p1',
        kind: 'unknown-value',
        attribute: 'polarity',
        value: 'concern',
        message: "polarity « concern » is not a value of POSITION's polarity any more",
      },
    ])
  })

  it('flags a removed type, category, attribute and role', () => {
    const edited = removeValue(DEFAULT_TAG_SCHEMA, { category: 'ENTITY', attribute: 'type' }, 'STATE')
    if (!edited.ok) throw new Error(edited.error.message)
    expect(problemsOf(kazakhstan, [kazakhstan], edited.value)).toMatchObject([
      { annotationId: 'kz', kind: 'unknown-type', attribute: 'type', value: 'STATE' },
    ])
    expect(problemsOf(annotation('x', 'CLAIM'))).toMatchObject([{ kind: 'unknown-category' }])
    const odd = annotation('p2', 'POSITION', {
      attributes: { mood: 'calm' },
      roles: { witness: [{ text: 'x' }] },
    })
    expect(problemsOf(odd)).toMatchObject([
      { kind: 'unknown-attribute', attribute: 'mood' },
      { kind: 'unknown-role', role: 'witness' },
    ])
  })

  it('flags a role filled by an annotation of the wrong category', () => {
    const position = annotation('p1', 'POSITION', { roles: { holder: [{ ref: 'c1' }] } })
    const problems = problemsOf(position, [position, other])
    expect(problems).toMatchObject([
      { annotationId: 'p1', kind: 'wrong-filler-category', role: 'holder', value: 'c1' },
    ])
    expect(problems[0]?.message).toBe('holder must be ENTITY, and « «c1» » is COMMITMENT')
  })

  it('flags too many fillers for a single role', () => {
    const position = annotation('p1', 'POSITION', { roles: { holder: [{ ref: 'kz' }, { ref: 'cn' }] } })
    expect(problemsOf(position, [position, kazakhstan, china])).toEqual([
      {
        annotationId: 'p1',
        kind: 'too-many-fillers',
        role: 'holder',
        message: 'holder takes one filler, and has 2',
      },
    ])
  })

  it('flags free text where the role wants an annotation, and a filler that was deleted', () => {
    const commitment = annotation('c2', 'COMMITMENT', {
      roles: { actors: [{ text: 'les deux parties' }, { ref: 'gone' }] },
    })
    expect(problemsOf(commitment)).toMatchObject([
      { kind: 'text-not-allowed', role: 'actors', value: 'les deux parties' },
      { kind: 'missing-filler', role: 'actors', value: 'gone' },
    ])
  })
})
