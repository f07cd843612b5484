import { describe, expect, it } from 'vitest'
import { DEFAULT_TAG_SCHEMA } from '../model/default-tag-schema'
import type { TagSchema } from '../model/tag-schema'
import { annotationConf, visualConf } from './brat-conf'
import { readBratTypes } from './brat-conf-read'
import { bratVocabulary } from './brat-vocabulary'
import type { ExportDocument } from './format'
import { phraseAnnotations } from './testing/phrase-annotations'

const schema: TagSchema = {
  ...DEFAULT_TAG_SCHEMA,
  categories: DEFAULT_TAG_SCHEMA.categories.map((c) =>
    c.id === 'COMMITMENT'
      ? { ...c, label: '!Engagement <b>|gras</b>', types: [{ id: 'PLEDGE', label: 'Pro\tmesse', key: 'p' }] }
      : c,
  ),
}
const text = 'La Chine et le Kazakhstan sont de bons voisins.'
const documents: ExportDocument[] = [
  {
    meta: {
      id: 'doc',
      title: '',
      fileName: 'doc.txt',
      encoding: 'UTF-8',
      newline: 'none',
      sourceSha256: '',
      textSha256: '',
      length: 47,
      importedAt: '',
    },
    text,
    sets: [
      {
        annotator: 'Claire',
        annotations: phraseAnnotations(text, 'Claire', [
          { id: 'a', label: 'ENTITY', phrases: ['La Chine'], attributes: { type: 'ALLIANCE' } },
          { id: 'b', label: 'OPINION', phrases: ['voisins'] },
        ]),
      },
    ],
  },
]
const vocabulary = bratVocabulary(schema, documents)

describe('brat configuration', () => {
  it('declares the types the annotations use that the schema does not list', () => {
    const conf = annotationConf(vocabulary, schema.name)
    expect(conf).toContain('\n\tENTITY-OTHER\n\tENTITY-ALLIANCE\nOPINION\n\n[relations]\n')
    expect(conf).toContain('\nactors\tArg1:COMMITMENT|COMMITMENT-PLEDGE, Arg2:ENTITY|ENTITY-PERSON|')
    expect(conf).toContain('\nkind\tArg:COMMITMENT|COMMITMENT-PLEDGE, Value:joint|unilateral|reaffirmed\n')
    expect(readBratTypes(conf).get('COMMITMENT-PLEDGE')).toEqual({ category: 'COMMITMENT', type: 'PLEDGE' })
  })

  it('writes labels brat can parse (no macro brackets, bars or leading !) and readable text colours', () => {
    const visual = visualConf(vocabulary, schema.name)
    expect(visual).toContain('\nCOMMITMENT | Engagement b gras /b\n')
    expect(visual).toContain('\nCOMMITMENT-PLEDGE | Engagement b gras /b: Pro messe | Pro messe\n')
    expect(visual).toContain('\nCOMMITMENT\tfgColor:white, bgColor:#0072B2, borderColor:darken\n')
    expect(visual).toContain('\nENTITY\tfgColor:black, bgColor:#009E73, borderColor:darken\n')
    expect(visual).toContain('\nOPINION\tfgColor:black, bgColor:#BBBBBB, borderColor:darken\n')
    expect(visual).toContain('\nholder\tcolor:#D55E00\n')
  })

  it('reads a hand-written entity hierarchy: comments, separators, macros, labels and abstract types', () => {
    const conf = [
      '# types',
      '[entities]',
      '!ENTITY | Entité',
      '\tENTITY-STATE',
      '\tPlace',
      '----',
      '<X>=ENTITY',
      'POSITION',
      '[relations]',
      'NOT-AN-ENTITY\tArg1:ENTITY, Arg2:ENTITY',
    ].join('\n')
    expect([...readBratTypes(conf)]).toEqual([
      ['ENTITY', { category: 'ENTITY' }],
      ['ENTITY-STATE', { category: 'ENTITY', type: 'STATE' }],
      ['Place', { category: 'Place' }],
      ['POSITION', { category: 'POSITION' }],
    ])
  })
})
