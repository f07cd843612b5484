import { describe, expect, it } from 'vitest'
import { spanF1, type LabelledSpan } from './span-f1'

const span = (start: number, end: number, label = 'ENTITY:STATE'): LabelledSpan => ({ start, end, label })
const pieces = (label: string, ...fragments: [number, number][]): LabelledSpan => ({
  start: fragments[0]![0],
  end: fragments.at(-1)![1],
  fragments: fragments.map(([start, end]) => ({ start, end })),
  label,
})

describe('spanF1', () => {
  it('counts exact and overlapping matches (hand-worked)', () => {
    const a = [span(0, 5), span(10, 15), span(20, 25, 'ENTITY:PERSON')]
    const b = [span(0, 5), span(11, 15), span(30, 35, 'ENTITY:PERSON')]
    // Exact: only [0, 5) matches: TP = 1, F1 = 2 · 1 / (3 + 3) = 1/3.
    // Overlap: B's [0, 5) and [11, 15) overlap A's: P = 2/3; A's [0, 5) and [10, 15) are overlapped: R = 2/3;
    // F1 = 2/3.
    const f1 = spanF1(a, b)
    expect(f1.exact).toBeCloseTo(1 / 3, 6)
    expect(f1.overlap).toBeCloseTo(2 / 3, 6)
  })

  it('matches exact spans one to one', () => {
    // A holds the same span twice, B once: TP = 1, F1 = 2 · 1 / (2 + 1) = 2/3.
    // Overlap: B's one span is overlapped (P = 1), both of A's are (R = 1): F1 = 1.
    expect(spanF1([span(0, 5), span(0, 5)], [span(0, 5)])).toEqual({ exact: 2 / 3, overlap: 1 })
  })

  it('credits each span overlapped by some span of the other set, not one to one', () => {
    // A: [0, 20); B: [0, 5), [6, 10), [30, 40). P = 2/3 (B's first two overlap A), R = 1/1.
    // F1 = 2 · (2/3) · 1 / (2/3 + 1) = 4/5. No exact match: 0.
    const a = [span(0, 20)]
    const b = [span(0, 5), span(6, 10), span(30, 40)]
    expect(spanF1(a, b).exact).toBe(0)
    expect(spanF1(a, b).overlap).toBeCloseTo(4 / 5, 6)
    // Swapping A and B swaps P and R: the same F1.
    expect(spanF1(b, a).overlap).toBeCloseTo(4 / 5, 6)
  })

  it('wants the same label, and a shared character (half-open spans that touch share none)', () => {
    expect(spanF1([span(0, 5)], [span(0, 5, 'ENTITY:PERSON')])).toEqual({ exact: 0, overlap: 0 })
    expect(spanF1([span(0, 5)], [span(5, 10)])).toEqual({ exact: 0, overlap: 0 })
    expect(spanF1([span(0, 5)], [span(4, 10)])).toEqual({ exact: 0, overlap: 1 })
  })

  it('compares the fragments of discontinuous spans, not only their extents', () => {
    const split = pieces('COMMITMENT', [0, 5], [15, 20])
    // Inside the gap: the extents overlap, the fragments do not.
    expect(spanF1([split], [span(7, 12, 'COMMITMENT')])).toEqual({ exact: 0, overlap: 0 })
    expect(spanF1([split], [span(4, 8, 'COMMITMENT')])).toEqual({ exact: 0, overlap: 1 })
    // Same extent, other fragments: no exact match.
    expect(spanF1([split], [span(0, 20, 'COMMITMENT')]).exact).toBe(0)
    expect(spanF1([split], [pieces('COMMITMENT', [0, 5], [16, 20])]).exact).toBe(0)
    expect(spanF1([split], [pieces('COMMITMENT', [0, 5], [15, 20])])).toEqual({ exact: 1, overlap: 1 })
  })

  it('is null when both sets are empty and 0 when one is', () => {
    expect(spanF1([], [])).toEqual({ exact: null, overlap: null })
    expect(spanF1([span(0, 5)], [])).toEqual({ exact: 0, overlap: 0 })
    expect(spanF1([], [span(0, 5)])).toEqual({ exact: 0, overlap: 0 })
  })

  it('gives 1 for identical sets, whatever their order', () => {
    const a = [span(10, 15), span(0, 5, 'POSITION'), pieces('COMMITMENT', [20, 22], [30, 31])]
    expect(spanF1(a, [...a].reverse())).toEqual({ exact: 1, overlap: 1 })
  })
})
