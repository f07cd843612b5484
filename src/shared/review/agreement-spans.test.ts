// Span counts: for one document, F1 from the counts equals span-f1.ts's spanF1, per label and for all
// labels together; over documents the counts are summed, which is not the mean of per-document scores.
import { describe, expect, it } from 'vitest'
import { flatLabel } from '../model/tag-schema'
import { addCounts, f1OfCounts, matchCounts, NO_SPANS, spansByLabel } from './agreement-spans'
import { spanF1, type LabelledSpan } from './measures/span-f1'
import { randomAnnotations, seeded } from './testing/random-spans'

const spansOf = (seed: number, count: number): LabelledSpan[] =>
  randomAnnotations(seeded(seed), count).map((a) => ({ ...a, label: flatLabel(a) }))

const byLabel = (span: LabelledSpan): string => span.label

const total = (counts: Map<string, ReturnType<typeof addCounts>>) =>
  [...counts.values()].reduce(addCounts, NO_SPANS)

function expectF1(actual: ReturnType<typeof f1OfCounts>, expected: ReturnType<typeof spanF1>): void {
  for (const key of ['exact', 'overlap'] as const)
    if (expected[key] === null) expect(actual[key]).toBeNull()
    else expect(actual[key]).toBeCloseTo(expected[key], 12)
}

describe('span counts', () => {
  it('give spanF1 for one document, all labels and each label', () => {
    for (let round = 0; round < 100; round++) {
      const a = spansOf(2 * round, round % 20)
      // Half of B copies A's spans, so exact and overlap matches are frequent.
      const b = [...a.filter((_, k) => k % 2 === 0), ...spansOf(2 * round + 1, round % 7)]
      const counts = matchCounts(spansByLabel(a, byLabel), spansByLabel(b, byLabel))
      expectF1(f1OfCounts(total(counts)), spanF1(a, b))
      for (const [label, c] of counts)
        expectF1(
          f1OfCounts(c),
          spanF1(
            a.filter((s) => s.label === label),
            b.filter((s) => s.label === label),
          ),
        )
    }
  })

  it('pools documents by summing counts', () => {
    const span = (start: number, end: number): LabelledSpan => ({ start, end, label: 'POSITION' })
    const one = total(matchCounts(spansByLabel([span(0, 5)], byLabel), spansByLabel([span(0, 5)], byLabel)))
    const two = total(
      matchCounts(spansByLabel([span(0, 5), span(6, 9), span(10, 12)], byLabel), spansByLabel([], byLabel)),
    )
    expect(f1OfCounts(one)).toEqual({ exact: 1, overlap: 1 })
    expect(f1OfCounts(two)).toEqual({ exact: 0, overlap: 0 })
    // 2·1 / (4 + 1), not the mean 0.5 of the two documents.
    expect(f1OfCounts(addCounts(one, two)).exact).toBeCloseTo(0.4, 12)
    expect(f1OfCounts(NO_SPANS)).toEqual({ exact: null, overlap: null })
  })

  it('matches a one-fragment discontinuous span with the same continuous span', () => {
    const a: LabelledSpan[] = [{ start: 2, end: 6, label: 'ENTITY' }]
    const b: LabelledSpan[] = [{ start: 2, end: 6, fragments: [{ start: 2, end: 6 }], label: 'ENTITY' }]
    expect(f1OfCounts(total(matchCounts(spansByLabel(a, byLabel), spansByLabel(b, byLabel))))).toEqual(
      spanF1(a, b),
    )
  })
})
