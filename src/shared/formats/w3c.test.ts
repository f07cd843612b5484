import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Annotation } from '../model/annotation'
import { quoteAt } from '../model/quote'
import { asCodePoint, createOffsetIndex } from '../text/offsets'
import type { ExportInput, InputFile } from './format'
import { ASTRAL_ID, ASTRAL_TEXT, COMMUNIQUE_ID, goldenInput } from './testing/golden-input'
import { asInput, setsOf, setsRead, testContext } from './testing/round-trip'
import { w3cFormat } from './w3c'

const communique = readFileSync(
  new URL('../../../fixtures/cn-kz-strategic-dialogue-2024-03-29.fr.txt', import.meta.url),
  'utf8',
)
const input = goldenInput(communique)
const output = w3cFormat.serialize(input)
const AICHA_FILE = `${COMMUNIQUE_ID}/aicha-benali.jsonld`
const contentOf = (path: string): string => output.find((f) => f.path === path)?.content ?? ''
const parse = (files: readonly InputFile[]) => {
  if (!w3cFormat.parse) throw new Error('W3C reads its own files')
  return w3cFormat.parse(files, testContext)
}
const problemsOf = (files: readonly InputFile[]) => {
  const result = parse(files)
  if (result.ok) throw new Error('expected the import to be refused')
  return result.problems
}
const edited = (edit: (content: string) => string): InputFile[] => [
  { path: AICHA_FILE, content: edit(contentOf(AICHA_FILE)) },
  { path: `${COMMUNIQUE_ID}/text.txt`, content: communique },
]

interface Item {
  id: string
  body: { type: string; purpose: string; value?: string; label?: string; source?: string; format?: string }[]
  target: Target | Target[]
}
interface Target {
  source: string
  selector: { type: string; exact?: string; start?: number; end?: number }[]
}
const itemsOf = (path: string): Item[] =>
  (JSON.parse(contentOf(path)) as { first: { items: Item[] } }).first.items
const item = (n: number): Item | undefined =>
  itemsOf(AICHA_FILE).find((i) => i.id.endsWith(`-${String(n).padStart(12, '0')}`))

/** The astral document alone, with one annotation changed. */
function astralWith(change: Partial<Annotation>): ExportInput {
  const document = input.documents[0]
  const annotation = document?.sets[0]?.annotations[0]
  if (!document || !annotation) throw new Error('no astral document')
  const sets = [{ annotator: 'Aïcha Benali', annotations: [{ ...annotation, ...change }] }]
  return { ...input, documents: [{ ...document, sets }] }
}

describe('W3C Web Annotation export', () => {
  it('writes a collection per document and annotator, with the text beside it', () => {
    expect(output.map((f) => f.path)).toEqual([
      `${ASTRAL_ID}/text.txt`,
      `${ASTRAL_ID}/aicha-benali.jsonld`,
      `${COMMUNIQUE_ID}/text.txt`,
      AICHA_FILE,
      `${COMMUNIQUE_ID}/jean-dupont.jsonld`,
    ])
    expect(JSON.parse(contentOf(AICHA_FILE))).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: `urn:parley:document:${COMMUNIQUE_ID}:annotations:aicha-benali`,
      type: 'AnnotationCollection',
      creator: { type: 'Person', name: 'Aïcha Benali' },
      total: 8,
      first: { type: 'AnnotationPage', startIndex: 0 },
    })
  })

  it('writes the tag, the other attributes, role links and the note as bodies', () => {
    expect(item(4)?.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'POSITION' },
      { type: 'TextualBody', purpose: 'describing', value: 'intensity=strong' },
      { type: 'TextualBody', purpose: 'describing', value: 'polarity=support' },
      {
        type: 'SpecificResource',
        purpose: 'linking',
        label: 'holder',
        source: 'urn:uuid:3f1c2a10-0000-4000-8000-000000000005',
      },
      { type: 'TextualBody', purpose: 'linking', value: 'la Chine (intérêts fondamentaux)', label: 'target' },
      {
        type: 'TextualBody',
        purpose: 'commenting',
        value: 'Voir <script>alert("x")</script>, puis\n« fermement » : à vérifier',
        format: 'text/plain',
      },
    ])
  })

  it('gives a discontinuous span one target per fragment', () => {
    const targets = item(6)?.target
    expect(
      Array.isArray(targets) && targets.map((t) => t.selector.map((s) => s.exact ?? [s.start, s.end])),
    ).toEqual([
      ['La Chine est disposée', [2302, 2323]],
      ['renforcer la coopération en matière de capacité de production', [2481, 2542]],
    ])
  })

  it('counts offsets in code points: a Python-style slice of the text is each quote', () => {
    const items = itemsOf(`${ASTRAL_ID}/aicha-benali.jsonld`)
    const quotes = items.map((i) => {
      const selector = (i.target as Target).selector
      const position = selector.find((s) => s.type === 'TextPositionSelector')
      const exact = selector.find((s) => s.type === 'TextQuoteSelector')?.exact
      expect(Array.from(ASTRAL_TEXT).slice(position?.start, position?.end).join('')).toBe(exact)
      return exact
    })
    expect(quotes).toEqual(['𠮷', '👍🏽', '🇫🇷', 'e\u0301lan'])
  })

  it('loses nothing of the golden input; a role without filler and a key holding "=" are losses', () => {
    expect(w3cFormat.losses(input)).toEqual([])
    const odd = astralWith({ roles: { holder: [] }, attributes: { 'a=b': 'c' } })
    expect(w3cFormat.losses(odd).map((l) => l.what)).toEqual([
      'role holder without a filler',
      'attribute a=b (a key holding "=" is read back as another key)',
    ])
  })
})

describe('W3C Web Annotation import', () => {
  it('reads back exactly what it wrote', () => {
    const result = parse(asInput(output))
    expect(result.ok && setsRead(result.documents)).toEqual(setsOf(input))
  })

  it('round-trips an id that is not a UUID, an empty type and a discontinuous quote', () => {
    const index = createOffsetIndex(ASTRAL_TEXT)
    const odd = astralWith({
      id: 'imported-1',
      start: asCodePoint(3),
      end: asCodePoint(11),
      fragments: [
        { start: asCodePoint(3), end: asCodePoint(4) },
        { start: asCodePoint(9), end: asCodePoint(11) },
      ],
      quote: quoteAt(ASTRAL_TEXT, index, asCodePoint(3), asCodePoint(11)),
      attributes: { type: '', note: 'a=b' },
    })
    const files = w3cFormat.serialize(odd)
    expect(files[1]?.content).toContain('"id":"urn:parley:annotation:imported-1"')
    const result = parse(asInput(files))
    expect(result.ok && setsRead(result.documents)).toEqual(setsOf(odd))
  })

  it('refuses a quote that no longer matches the text, at the line of the annotation', () => {
    const problems = problemsOf(edited((c) => c.replace('"exact":"Wang Yi"', '"exact":"Wang Ji"')))
    const line =
      contentOf(AICHA_FILE)
        .split('\n')
        .findIndex((l) => l.includes('000000000001"')) + 1
    expect(problems).toEqual([
      {
        file: AICHA_FILE,
        line,
        reason:
          'annotation urn:uuid:3f1c2a10-0000-4000-8000-000000000001: quote does not match the text at 17–24 (source changed?)',
      },
    ])
  })

  it('checks the quote of every fragment', () => {
    const problems = problemsOf(
      edited((c) => c.replace('"exact":"La Chine est disposée"', '"exact":"La Chine"')),
    )
    expect(problems.map((p) => p.reason)).toEqual([
      'annotation urn:uuid:3f1c2a10-0000-4000-8000-000000000006: quote does not match the text at 2302–2323 (source changed?)',
    ])
  })

  it.each([
    [
      'a missing tag',
      (c: string) =>
        c.replace('"purpose":"tagging","value":"ENTITY:PERSON"', '"purpose":"describing","value":"x=y"'),
      /exactly one tagging body, it has 0/,
    ],
    [
      'a prototype key in an attribute body',
      (c: string) => c.replace('"value":"canonical=PCC"', '"value":"__proto__=PCC"'),
      /attributes.__proto__: reserved key __proto__/,
    ],
    [
      'a target of another document',
      (c: string) =>
        c.replace(`"source":"urn:parley:document:${COMMUNIQUE_ID}"`, '"source":"urn:parley:document:other"'),
      /target 1 is urn:parley:document:other/,
    ],
    [
      'a foreign id',
      (c: string) =>
        c.replace('"id":"urn:uuid:3f1c2a10-0000-4000-8000-000000000001"', '"id":"https://example.org/1"'),
      /id https:\/\/example.org\/1 is neither/,
    ],
    [
      'a missing position',
      (c: string) => c.replace('"type":"TextPositionSelector"', '"type":"XPathSelector"'),
      /target 1 has no valid TextPositionSelector/,
    ],
  ])('refuses %s', (_what, edit, reason) => {
    const problems = problemsOf(edited(edit))
    expect(problems).toHaveLength(1)
    expect(problems[0]?.reason).toMatch(reason)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses a page that is not embedded, and a prototype key anywhere', () => {
    const page = problemsOf(
      edited((c) => c.replace('"startIndex": 0,', '"startIndex": 0, "next": "urn:x:2",')),
    )
    expect(page[0]?.reason).toMatch(/expected an AnnotationCollection/)
    const polluted = problemsOf([{ path: 'x.jsonld', content: '{"__proto__": {"polluted": 1}}' }])
    expect(polluted[0]?.reason).toMatch(/"__proto__" is refused/)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
