// The agreement tally on hand-built documents whose every figure can be stated: identical sets, one
// annotator silent, three annotators (Fleiss and the mean F1 at the top, Cohen per pair), figures per label,
// a document added in pieces giving what the documents laid end to end give, and the disagreements listed.
// Hand computations are written beside each figure; the measures' own formulas are those of measures/.
import { describe, expect, it } from 'vitest'
import type { Annotation } from '../model/annotation'
import { tokenize } from '../text/french-words'
import { createAgreementTally } from './agreement-tally'
import { unitizingAlpha } from './measures/unitizing-alpha'
import type { AgreementFigures, AgreementMeasures, AgreementReport } from './review-types'
import { testAnnotation, type TestSpan } from './testing/review-annotations'

const CATEGORIES = ['COMMITMENT', 'POSITION', 'ENTITY']
/** Six tokens: Alpha [0,5) Beta [6,10) Gamma [11,16) Delta [17,22) Epsilon [23,30) . [30,31); 32 code points. */
const TEXT = 'Alpha Beta Gamma Delta Epsilon.\n'
const PERSON: TestSpan = { id: 'p', label: 'ENTITY:PERSON', at: [0, 5] }
const STATE: TestSpan = { id: 's', label: 'ENTITY:STATE', at: [11, 16] }
const POSITION: TestSpan = { id: 'q', label: 'POSITION', at: [17, 30] }

const set = (who: string, specs: readonly TestSpan[]): Annotation[] =>
  specs.map((s) => testAnnotation(who, s))

function reportOf(
  annotators: readonly string[],
  documents: readonly { id: string; text: string; sets: Record<string, readonly TestSpan[]> }[],
): AgreementReport {
  const tally = createAgreementTally(annotators, CATEGORIES)
  for (const { id, text, sets } of documents)
    tally.addDocument({
      id,
      text,
      sets: new Map(Object.entries(sets).map(([who, specs]) => [who, set(who, specs)])),
    })
  return tally.report()
}

const all = (value: number | null, more: Partial<AgreementMeasures> = {}): AgreementMeasures => ({
  f1Exact: value,
  f1Overlap: value,
  cohenKappa: value,
  fleissKappa: null,
  krippendorffAlpha: value,
  alphaU: value,
  ...more,
})

describe('createAgreementTally', () => {
  it('has six tokens in the test text', () => {
    expect(tokenize(TEXT).map((t) => t.text)).toEqual(['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', '.'])
  })

  it('gives 1 everywhere for identical sets, and null where nothing was marked', () => {
    const specs = [PERSON, STATE, POSITION]
    const report = reportOf(['A', 'B'], [{ id: 'd1', text: TEXT, sets: { A: specs, B: specs } }])
    expect(report.categories).toEqual({
      COMMITMENT: { ...all(null), labels: {} },
      POSITION: { ...all(1), labels: { POSITION: all(1) } },
      ENTITY: { ...all(1), labels: { 'ENTITY:PERSON': all(1), 'ENTITY:STATE': all(1) } },
    })
    expect(report.overall).toEqual(all(1))
    expect(report.pairs).toEqual([{ annotators: ['A', 'B'], categories: report.categories, overall: all(1) }])
    expect(report.disagreements).toEqual([])
    expect([report.annotators, report.documentIds]).toEqual([['A', 'B'], ['d1']])
  })

  it('counts a silent annotator as marking nothing', () => {
    const report = reportOf(['A', 'B'], [{ id: 'd1', text: TEXT, sets: { A: [PERSON, STATE, POSITION] } }])
    const entity = report.categories.ENTITY!
    expect([entity.f1Exact, entity.f1Overlap, entity.fleissKappa]).toEqual([0, 0, null])
    // Tokens A: P O S O O O, B: all O. n = 6, agreed 4, Σ Ak·Bk = 4·6: κ = (6·4 − 24) / (36 − 24) = 0.
    expect(entity.cohenKappa).toBe(0)
    // 12 values: O 10, P 1, S 1; two tokens each with 2 ordered differing pairs / (2 − 1):
    // α = 1 − 11 · 4 / (144 − 102) = −2/42.
    expect(entity.krippendorffAlpha).toBeCloseTo(-2 / 42, 12)
    const units = [
      { rater: 0, start: 0, length: 5, category: 'ENTITY:PERSON' },
      { rater: 0, start: 11, length: 5, category: 'ENTITY:STATE' },
    ]
    // αu as DKPro computes it: per category (here per label), and 1 − mean Do / mean De over several.
    expect(entity.alphaU).toBeCloseTo(unitizingAlpha(32, 2, units)!, 12)
    const position = { rater: 0, start: 17, length: 13, category: 'POSITION' }
    expect(report.overall.alphaU).toBeCloseTo(unitizingAlpha(32, 2, [...units, position])!, 12)
    expect(entity.alphaU).toBeLessThan(0)
    expect(entity.labels['ENTITY:STATE']!.alphaU).toBe(unitizingAlpha(32, 2, units.slice(1), 'ENTITY:STATE'))
    expect(report.disagreements).toEqual([
      {
        documentId: 'd1',
        category: 'ENTITY',
        labels: ['ENTITY:PERSON'],
        kind: 'single',
        start: 0,
        end: 5,
        excerpt: 'Alpha',
        annotators: ['A'],
      },
      {
        documentId: 'd1',
        category: 'ENTITY',
        labels: ['ENTITY:STATE'],
        kind: 'single',
        start: 11,
        end: 16,
        excerpt: 'Gamma',
        annotators: ['A'],
      },
      {
        documentId: 'd1',
        category: 'POSITION',
        labels: ['POSITION'],
        kind: 'single',
        start: 17,
        end: 30,
        excerpt: 'Delta Epsilon',
        annotators: ['A'],
      },
    ])
  })

  it('gives Fleiss and the mean F1 over pairs for three annotators, Cohen only per pair', () => {
    const report = reportOf(
      ['A', 'B', 'C'],
      [
        {
          id: 'd1',
          text: TEXT,
          sets: { A: [PERSON, STATE, POSITION], B: [PERSON, STATE, POSITION], C: [PERSON, POSITION] },
        },
      ],
    )
    const entity = report.categories.ENTITY!
    expect(entity.cohenKappa).toBeNull()
    // Tokens (A, B, C): Alpha P P P, Gamma S S O, four tokens O O O. 18 values: P 3, S 2, O 13.
    // Fleiss: ordered agreeing pairs 6 + 2 + 4·6 = 32 of 36; chance (9 + 4 + 169) / 324: κ = 106 / 142.
    expect(entity.fleissKappa).toBeCloseTo(106 / 142, 12)
    // Alpha: Gamma has 4 ordered differing pairs / (3 − 1) = 2: α = 1 − 17·2 / (324 − 182) = 108 / 142.
    expect(entity.krippendorffAlpha).toBeCloseTo(108 / 142, 12)
    // F1 per pair: A–B 1, A–C and B–C 2·1/(2 + 1) = 2/3; the mean is 7/9 (overlap alike).
    expect(entity.f1Exact).toBeCloseTo(7 / 9, 12)
    expect(entity.f1Overlap).toBeCloseTo(7 / 9, 12)
    // ENTITY:STATE alone: S 2, O 16. Fleiss (288 − 260) / (324 − 260) = 28/64; α = 1 − 34/64; F1 (1 + 0 + 0)/3.
    const state = entity.labels['ENTITY:STATE']!
    expect(state.fleissKappa).toBeCloseTo(28 / 64, 12)
    expect(state.krippendorffAlpha).toBeCloseTo(30 / 64, 12)
    expect(state.f1Exact).toBeCloseTo(1 / 3, 12)
    expect(entity.labels['ENTITY:PERSON']).toEqual({ ...all(1), cohenKappa: null, fleissKappa: 1 })
    expect(report.categories.POSITION).toMatchObject({ fleissKappa: 1, cohenKappa: null, f1Exact: 1 })

    expect(report.pairs.map((p) => p.annotators)).toEqual([
      ['A', 'B'],
      ['A', 'C'],
      ['B', 'C'],
    ])
    const ac = report.pairs[1]!.categories.ENTITY!
    // A–C tokens: (P,P), (S,O), four (O,O); n 6, agreed 5, Σ Ak·Ck = 1·1 + 4·5: κ = (30 − 21)/(36 − 21).
    expect(ac.cohenKappa).toBeCloseTo(9 / 15, 12)
    expect([ac.fleissKappa, ac.f1Exact]).toEqual([null, 2 / 3])
    expect(Object.keys(ac.labels)).toEqual(['ENTITY:PERSON', 'ENTITY:STATE'])
    expect(report.pairs[0]!.categories.ENTITY).toMatchObject({ cohenKappa: 1, f1Exact: 1 })
    expect(report.disagreements).toMatchObject([
      { kind: 'single', labels: ['ENTITY:STATE'], annotators: ['A', 'B'] },
    ])
  })

  it('pools documents as the documents laid end to end', () => {
    const second = 'Zeta 𠮷 Eta, Theta-Iota.\n'
    const offset = [...TEXT].length
    const shift = (specs: readonly TestSpan[]): TestSpan[] =>
      specs.map((s) => ({
        ...s,
        id: `${s.id}2`,
        at: [(s.at[0] as number) + offset, (s.at[1] as number) + offset],
      }))
    const later = {
      A: [
        { id: 'z', label: 'ENTITY:PERSON', at: [0, 4] },
        { id: 'y', label: 'COMMITMENT', at: [7, 24] },
      ] as TestSpan[],
      B: [
        { id: 'z', label: 'ENTITY:STATE', at: [0, 4] },
        { id: 'y', label: 'COMMITMENT', at: [10, 24] },
      ] as TestSpan[],
      C: [{ id: 'x', label: 'ENTITY:PERSON', at: [5, 6] }] as TestSpan[],
    }
    const first = { A: [PERSON, STATE, POSITION], B: [PERSON, POSITION], C: [STATE] }
    const pooled = reportOf(
      ['A', 'B', 'C'],
      [
        { id: 'd1', text: TEXT, sets: first },
        { id: 'd2', text: second, sets: later },
      ],
    )
    const together = reportOf(
      ['A', 'B', 'C'],
      [
        {
          id: 'd1+d2',
          text: TEXT + second,
          sets: Object.fromEntries(
            (['A', 'B', 'C'] as const).map((who) => [who, [...first[who], ...shift(later[who])]]),
          ),
        },
      ],
    )
    expect(figuresOf(pooled)).toEqual(figuresOf(together).map(([path, value]) => [path, closeTo(value)]))
    expect(pooled.documentIds).toEqual(['d1', 'd2'])
    expect(pooled.disagreements.map((d) => d.documentId)).toContain('d2')
  })

  it('gives null everywhere before any document, and refuses fewer than two annotators', () => {
    const report = createAgreementTally(['A', 'B'], CATEGORIES).report()
    expect(report.overall).toEqual(all(null))
    expect(() => createAgreementTally(['A'], CATEGORIES)).toThrow(RangeError)
    expect(() => createAgreementTally(['A', 'A'], CATEGORIES)).toThrow(RangeError)
  })
})

/** Every figure of a report as [path, value], pairs included. */
function figuresOf(report: AgreementReport): [string, number | null][] {
  const of = (prefix: string, figures: AgreementFigures): [string, number | null][] => [
    ...Object.entries(figures.categories).flatMap(([c, m]) => [
      ...measures(`${prefix}${c}.`, m),
      ...Object.entries(m.labels).flatMap(([l, lm]) => measures(`${prefix}${c}.${l}.`, lm)),
    ]),
    ...measures(`${prefix}overall.`, figures.overall),
  ]
  const measures = (prefix: string, m: AgreementMeasures): [string, number | null][] =>
    (Object.keys(all(0)) as (keyof AgreementMeasures)[]).map((k) => [prefix + k, m[k]])
  return [...of('', report), ...report.pairs.flatMap((p) => of(`${p.annotators.join('+')}.`, p))]
}

const closeTo = (value: number | null): unknown => (value === null ? null : expect.closeTo(value, 12))
