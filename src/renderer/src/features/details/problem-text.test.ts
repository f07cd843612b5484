// Schema problems read in the UI language, with the default schema's names in that language.
import { afterEach, describe, expect, it } from 'vitest'
import type { Annotation } from '@shared/model/annotation'
import { DEFAULT_TAG_SCHEMA } from '@shared/model/default-tag-schema'
import { findSchemaProblems } from '@shared/model/schema-problems'
import { asCodePoint } from '@shared/text/offsets'
import { setLanguage } from '../../i18n/i18n'
import { problemText } from './problem-text'

const annotation = (id: string, label: string, patch: Partial<Annotation> = {}): Annotation => ({
  id,
  label,
  start: asCodePoint(0),
  end: asCodePoint(5),
  quote: { exact: 'Chine', prefix: '', suffix: '' },
  attributes: {},
  roles: {},
  note: '',
  author: 'Claire',
  created: '2024-03-29T10:00:00.000Z',
  modified: '2024-03-29T10:00:00.000Z',
  ...patch,
})

const commitment = annotation('p1', 'COMMITMENT', {
  attributes: { kind: 'retired' },
  roles: { actors: [{ ref: 'p2' }, { ref: 'gone' }] },
})
const byId = new Map([
  ['p1', commitment],
  ['p2', annotation('p2', 'POSITION')],
])

const texts = (): string[] =>
  findSchemaProblems(commitment, DEFAULT_TAG_SCHEMA, byId).map((p) =>
    problemText(p, commitment, DEFAULT_TAG_SCHEMA, byId),
  )

afterEach(() => setLanguage('en'))

describe('schema problems in words', () => {
  it('read in French, with the schema’s French names', async () => {
    await setLanguage('fr')
    expect(texts()).toEqual([
      '«\u00a0retired\u00a0» n’est plus une valeur de Nature pour Engagement',
      'Acteurs doit être Entité, or «\u00a0Chine\u00a0» est Position',
      'Acteurs renvoie à l’annotation gone, qui n’existe plus',
    ])
  })

  it('read in English', async () => {
    await setLanguage('en')
    expect(texts()).toEqual([
      'Kind « retired » is not a value of Commitment’s Kind any more',
      'Actors must be Entity, and « Chine » is Position',
      'Actors refers to annotation gone, which no longer exists',
    ])
  })
})
