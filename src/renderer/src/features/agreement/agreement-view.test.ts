import { describe, expect, it } from 'vitest'
import type { AgreementMeasures, AgreementReport, Disagreement } from '@shared/review/review-types'
import { disagreementsBehind, figureRows, figuresFor, formatFigure } from './agreement-view'

const measures = (f1Exact: number | null): AgreementMeasures => ({
  f1Exact,
  f1Overlap: null,
  cohenKappa: null,
  fleissKappa: null,
  krippendorffAlpha: null,
  alphaU: null,
})

const disagreement = (category: string, labels: string[], annotators: string[]): Disagreement => ({
  documentId: 'doc',
  category,
  labels,
  kind: 'single',
  start: 0,
  end: 1,
  excerpt: 'x',
  annotators,
})

const report: AgreementReport = {
  annotators: ['A', 'B', 'C'],
  documentIds: ['doc'],
  categories: {
    COMMITMENT: { ...measures(0.5), labels: {} },
    ENTITY: { ...measures(0.8), labels: { 'ENTITY:STATE': measures(1), 'ENTITY:PERSON': measures(0.6) } },
    OTHER: { ...measures(null), labels: {} },
  },
  overall: measures(0.7),
  pairs: [
    { annotators: ['A', 'B'], categories: {}, overall: measures(0.9) },
    { annotators: ['A', 'C'], categories: {}, overall: measures(0.4) },
  ],
  disagreements: [
    disagreement('ENTITY', ['ENTITY:STATE', 'ENTITY:LOCATION'], ['A', 'B']),
    disagreement('ENTITY', ['ENTITY:PERSON'], ['C']),
    disagreement('COMMITMENT', ['COMMITMENT'], ['B']),
  ],
}

describe('the agreement panel’s view of a report', () => {
  it('lists ENTITY, POSITION, COMMITMENT first, other categories after, everything last', () => {
    const rows = figureRows(report, new Set())
    expect(rows.map((r) => r.category)).toEqual(['ENTITY', 'COMMITMENT', 'OTHER', null])
    expect(rows.at(-1)?.measures.f1Exact).toBe(0.7)
  })

  it('shows a category’s labels under it when expanded', () => {
    const rows = figureRows(report, new Set(['ENTITY']))
    expect(rows.map((r) => r.label)).toEqual([null, 'ENTITY:PERSON', 'ENTITY:STATE', null, null, null])
  })

  it('writes figures to three decimals in the UI’s language, and – where a measure does not apply', () => {
    expect(formatFigure(0.85714, 'en')).toBe('0.857')
    expect(formatFigure(0.85714, 'fr')).toBe('0,857')
    expect(formatFigure(1, 'fr')).toBe('1,000')
    expect(formatFigure(-0.0001, 'en')).toBe('0.000')
    expect(formatFigure(-0.25, 'en')).toBe('-0.250')
    expect(formatFigure(null, 'en')).toBe('–')
    expect(formatFigure(Number.NaN, 'en')).toBe('–')
  })

  it('gives the pair’s figures, or everyone’s', () => {
    expect(figuresFor(report, null).overall.f1Exact).toBe(0.7)
    expect(figuresFor(report, 1).overall.f1Exact).toBe(0.4)
  })

  it('finds the disagreements behind a figure by category, label and pair', () => {
    expect(disagreementsBehind(report, { category: null, label: null }, null)).toHaveLength(3)
    expect(disagreementsBehind(report, { category: 'ENTITY', label: null }, null)).toHaveLength(2)
    expect(disagreementsBehind(report, { category: 'ENTITY', label: 'ENTITY:LOCATION' }, null)).toHaveLength(
      1,
    )
    expect(
      disagreementsBehind(report, { category: 'ENTITY', label: null }, 0).map((d) => d.annotators),
    ).toEqual([['A', 'B']])
    expect(disagreementsBehind(report, { category: null, label: null }, 1)).toHaveLength(2)
  })
})
