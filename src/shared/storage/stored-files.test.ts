import { describe, expect, it } from 'vitest'
import { DEFAULT_TAG_SCHEMA } from '../model/default-tag-schema'
import {
  parseAnnotationSetFile,
  parseDocumentFile,
  parseSettingsFile,
  parseTagSchemaFile,
  STORED_SCHEMA_VERSION,
} from './stored-files'

const SHA = 'a'.repeat(64)

const v1Category = (id: string, label: string, key: string, color: string) => ({
  id,
  label,
  key,
  color,
  description: `${label}, as the analyst described it`,
})

const v1Annotation = (id: string, label: string, attributes: Record<string, string> = {}) => ({
  id,
  label,
  start: 3,
  end: 13,
  quote: { exact: 'Kazakhstan', prefix: 'Le ', suffix: ' soutient' },
  attributes,
  note: '',
  author: 'Claire',
  created: '2024-03-29T10:00:00.000Z',
  modified: '2024-03-29T10:00:00.000Z',
})

describe('stored files of schemaVersion 1', () => {
  it('a tag schema becomes the default schema carrying the old labels, keys and colours', () => {
    const parsed = parseTagSchemaFile({
      schemaVersion: 1,
      tagSchema: {
        version: 1,
        name: 'Mon discours',
        categories: [
          v1Category('COMMITMENT', 'Engagement', 'g', '#0072B2'),
          v1Category('POSITION', 'Position', 'p', '#CC79A7'),
          v1Category('ENTITY', 'Entité', 'e', '#009E73'),
          v1Category('CLAIM', 'Revendication', 'r', '#F0E442'),
        ],
      },
    })
    if (!parsed.ok) throw new Error(parsed.error.message)
    const { schemaVersion, tagSchema } = parsed.value
    expect(schemaVersion).toBe(STORED_SCHEMA_VERSION)
    expect(tagSchema).toMatchObject({ version: 2, name: 'Mon discours' })
    expect(tagSchema.categories.map((c) => [c.id, c.label, c.key, c.color])).toEqual([
      ['COMMITMENT', 'Engagement', 'g', '#0072B2'],
      ['POSITION', 'Position', 'p', '#CC79A7'],
      ['ENTITY', 'Entité', 'e', '#009E73'],
      ['CLAIM', 'Revendication', 'r', '#F0E442'],
    ])
    const [commitment, , entity, claim] = tagSchema.categories
    const [defaultCommitment, , defaultEntity] = DEFAULT_TAG_SCHEMA.categories
    expect(commitment?.description).toBe('Engagement, as the analyst described it')
    expect(commitment?.roles).toEqual(defaultCommitment?.roles)
    expect(commitment?.attributes).toEqual(defaultCommitment?.attributes)
    expect(entity?.types).toEqual(defaultEntity?.types)
    expect(claim).toMatchObject({ style: 'tint', types: [], attributes: [], roles: [] })
  })

  it('an annotation set gains roles, and a label CATEGORY:type splits into label and attributes.type', () => {
    const parsed = parseAnnotationSetFile({
      schemaVersion: 1,
      documentId: 'cn-kz',
      annotator: 'Claire',
      textSha256: SHA,
      tagSchemaVersion: 1,
      annotations: [
        v1Annotation('a1', 'ENTITY:STATE', { canonical: 'Kazakhstan' }),
        v1Annotation('a2', 'POSITION', { polarity: 'support' }),
      ],
    })
    if (!parsed.ok) throw new Error(parsed.error.message)
    expect(parsed.value.schemaVersion).toBe(STORED_SCHEMA_VERSION)
    expect(parsed.value.annotations.map((a) => [a.label, a.attributes, a.roles])).toEqual([
      ['ENTITY', { canonical: 'Kazakhstan', type: 'STATE' }, {}],
      ['POSITION', { polarity: 'support' }, {}],
    ])
  })

  it('settings and document files only move to the new version', () => {
    expect(parseSettingsFile({ schemaVersion: 1, annotator: 'Claire' })).toEqual({
      ok: true,
      value: { schemaVersion: STORED_SCHEMA_VERSION, annotator: 'Claire' },
    })
    const document = {
      id: 'cn-kz',
      title: 'cn-kz',
      fileName: 'cn-kz.txt',
      encoding: 'UTF-8',
      newline: 'LF',
      sourceSha256: SHA,
      textSha256: SHA,
      length: 42,
      importedAt: '2024-03-29T10:00:00.000Z',
    }
    expect(parseDocumentFile({ schemaVersion: 1, document })).toEqual({
      ok: true,
      value: { schemaVersion: STORED_SCHEMA_VERSION, document },
    })
  })
})

describe('stored files', () => {
  it('are refused, with a message, when a newer Parley wrote them', () => {
    const parsed = parseSettingsFile({ schemaVersion: STORED_SCHEMA_VERSION + 1, annotator: 'Claire' })
    expect(parsed).toMatchObject({ ok: false, error: { code: 'newer-version' } })
    expect(!parsed.ok && parsed.error.message).toBe(
      `the settings file was written by a newer Parley (schemaVersion ${STORED_SCHEMA_VERSION + 1}; this one reads up to ${STORED_SCHEMA_VERSION})`,
    )
  })

  it('read the current default tag schema back unchanged', () => {
    const file = { schemaVersion: STORED_SCHEMA_VERSION, tagSchema: DEFAULT_TAG_SCHEMA }
    expect(parseTagSchemaFile(JSON.parse(JSON.stringify(file)))).toEqual({ ok: true, value: file })
  })

  it('refuse a tag schema that defines a category twice, naming it', () => {
    const [first] = DEFAULT_TAG_SCHEMA.categories
    const tagSchema = { ...DEFAULT_TAG_SCHEMA, categories: [...DEFAULT_TAG_SCHEMA.categories, first] }
    const parsed = parseTagSchemaFile({ schemaVersion: STORED_SCHEMA_VERSION, tagSchema })
    expect(!parsed.ok && parsed.error.message).toBe(
      'the tag schema file is not valid at tagSchema.categories.3.id: category COMMITMENT is defined twice',
    )
  })

  it('refuse an annotation labelled CATEGORY:type in a current file', () => {
    const parsed = parseAnnotationSetFile({
      schemaVersion: STORED_SCHEMA_VERSION,
      documentId: 'cn-kz',
      annotator: 'Claire',
      textSha256: SHA,
      tagSchemaVersion: 2,
      annotations: [{ ...v1Annotation('a1', 'ENTITY:STATE'), roles: {} }],
    })
    expect(parsed).toMatchObject({ ok: false, error: { code: 'corrupt-file' } })
    expect(!parsed.ok && parsed.error.message).toContain('annotations.0.label')
  })
})
