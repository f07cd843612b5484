// The guidelines say the same thing in both languages, quote the sample communiqué exactly, cover every
// category and entity type of the default schema, and follow French typography in French.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_TAG_SCHEMA } from '@shared/model/default-tag-schema'
import type { Guidelines } from './guideline-types'
import { GUIDELINES_EN } from './guidelines-en'
import { GUIDELINES_FR } from './guidelines-fr'

const SAMPLE = readFileSync(
  join(import.meta.dirname, '../../../../../fixtures/cn-kz-strategic-dialogue-2024-03-29.fr.txt'),
  'utf8',
)

const quotesOf = (g: Guidelines): string[] =>
  g.sections.flatMap((s) => [
    ...(s.examples ?? []).map((e) => e.quote),
    ...(s.terms ?? []).flatMap((t) => t.examples ?? []),
  ])

const proseOf = (g: Guidelines): string[] =>
  [g.title].concat(
    g.sections.flatMap((s) => [
      s.title,
      ...s.paragraphs,
      ...(s.terms ?? []).flatMap((t) => [t.name, t.text]),
      ...(s.examples ?? []).map((e) => e.note),
    ]),
  )

describe('annotation guidelines', () => {
  it.each([
    ['en', GUIDELINES_EN],
    ['fr', GUIDELINES_FR],
  ])('quote the sample exactly (%s)', (_, guidelines) => {
    const quotes = quotesOf(guidelines)
    expect(quotes.length).toBeGreaterThan(15)
    for (const quote of quotes) expect(SAMPLE.includes(quote), quote).toBe(true)
  })

  it('have the same sections, terms and examples in English and French', () => {
    const shape = (g: Guidelines) =>
      g.sections.map((s) => ({
        id: s.id,
        paragraphs: s.paragraphs.length,
        terms: (s.terms ?? []).map((t) => t.id),
        examples: (s.examples ?? []).map((e) => [e.quote, e.label]),
      }))
    expect(shape(GUIDELINES_FR)).toEqual(shape(GUIDELINES_EN))
    expect(quotesOf(GUIDELINES_FR)).toEqual(quotesOf(GUIDELINES_EN))
  })

  it('cover the three categories and every entity type of the default schema', () => {
    const ids = GUIDELINES_EN.sections.map((s) => s.id)
    for (const category of DEFAULT_TAG_SCHEMA.categories) expect(ids).toContain(category.id)
    const entity = DEFAULT_TAG_SCHEMA.categories.find((c) => c.id === 'ENTITY')
    const terms = GUIDELINES_EN.sections.find((s) => s.id === 'ENTITY')?.terms?.map((t) => t.id)
    expect(terms).toEqual(entity?.types.map((t) => t.id))
  })

  it('label examples with labels the default schema has', () => {
    const labels = new Set(DEFAULT_TAG_SCHEMA.categories.map((c) => c.id))
    for (const section of GUIDELINES_EN.sections)
      for (const example of section.examples ?? [])
        if (example.label) expect(labels.has(example.label.split(':')[0] ?? ''), example.label).toBe(true)
  })

  it('follow French typography in French: no breakable space before : ; ? ! or inside « »', () => {
    for (const text of proseOf(GUIDELINES_FR)) {
      expect(text, text).not.toMatch(/ [:;?!»]/)
      expect(text, text).not.toMatch(/« /)
    }
  })
})
