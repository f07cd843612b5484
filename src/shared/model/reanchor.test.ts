import { describe, expect, it } from 'vitest'
import type { Annotation } from './annotation'
import { quoteAt } from './quote'
import { reanchorAnnotations, reanchorSpan } from './reanchor'
import { asCodePoint, codePointLength, createOffsetIndex } from '../text/offsets'

const BEFORE = 'Le 𠮷 Kazakhstan soutient la Chine. La Chine remercie le Kazakhstan.'

/** A span on `text` over the `nth` occurrence of `word`, with its quote. */
function spanOf(text: string, word: string, nth = 0): Annotation {
  let at = -1
  for (let i = 0; i <= nth; i++) at = text.indexOf(word, at + 1)
  const start = asCodePoint(codePointLength(text.slice(0, at)))
  const end = asCodePoint(start + codePointLength(word))
  const base = { label: 'ENTITY', attributes: {}, roles: {}, note: '', author: 'Claire' }
  const time = { created: '2024-03-29T10:00:00.000Z', modified: '2024-03-29T10:00:00.000Z' }
  const quote = quoteAt(text, createOffsetIndex(text), start, end)
  return { id: `${word}-${nth}`, start, end, quote, ...base, ...time }
}

const reanchor = (text: string, span: Annotation) => reanchorSpan(text, createOffsetIndex(text), span)

describe('reanchorSpan', () => {
  it('keeps a span whose offsets still hold its quote', () => {
    const after = BEFORE.replace('remercie', 'félicite')
    expect(reanchor(after, spanOf(BEFORE, 'Kazakhstan'))).toEqual({ status: 'kept' })
  })

  it('moves a span to the one place its quote occurs, counting code points', () => {
    const after = `Communiqué 👍🏽. ${BEFORE}`
    const span = spanOf(BEFORE, 'soutient')
    const moved = reanchor(after, span)
    expect(moved).toEqual({ status: 'moved', ...pick(spanOf(after, 'soutient')) })
  })

  it('of several occurrences, prefers the one whose prefix and suffix match', () => {
    const after = `Note: ${BEFORE}`
    expect(reanchor(after, spanOf(BEFORE, 'Chine', 1))).toEqual({
      status: 'moved',
      ...pick(spanOf(after, 'Chine', 1)),
    })
  })

  it('flags a span whose quote is gone', () => {
    const after = BEFORE.replace('soutient', 'appuie')
    expect(reanchor(after, spanOf(BEFORE, 'soutient'))).toEqual({
      status: 'flagged',
      reason: 'quote-not-found',
    })
  })

  it('flags a span when the surrounding text cannot tell the occurrences apart', () => {
    const span = spanOf(BEFORE, 'Chine')
    const after = 'a la Chine, a la Chine, a'
    expect(reanchor(after, span)).toEqual({ status: 'flagged', reason: 'ambiguous' })
  })

  it('flags rather than reads past the end of a shorter text', () => {
    expect(reanchor('Le', spanOf(BEFORE, 'remercie'))).toEqual({
      status: 'flagged',
      reason: 'quote-not-found',
    })
  })
})

describe('reanchorAnnotations', () => {
  it('keeps, moves (with fragments and a fresh quote) and flags, and says which', () => {
    const kept = spanOf(BEFORE, 'Le 𠮷')
    const gone = spanOf(BEFORE, 'remercie')
    const base = spanOf(BEFORE, 'soutient la Chine')
    const discontinuous: Annotation = {
      ...base,
      id: 'disc',
      fragments: [
        { start: base.start, end: asCodePoint(base.start + 8) },
        { start: asCodePoint(base.end - 5), end: base.end },
      ],
    }
    const after = BEFORE.replace('Le 𠮷 Kazakhstan', 'Le 𠮷 grand Kazakhstan').replace('remercie', 'salue')
    const index = createOffsetIndex(after)
    const result = reanchorAnnotations(after, index, [kept, discontinuous, gone])
    expect(result.moved).toEqual(['disc'])
    expect(result.flagged).toEqual([{ id: 'remercie-0', reason: 'quote-not-found' }])
    const [first, moved, last] = result.annotations
    expect(first).toBe(kept)
    expect(last).toBe(gone)
    expect(moved).toMatchObject({ start: base.start + 6, end: base.end + 6 })
    expect(moved?.fragments?.map((f) => [f.start - base.start, f.end - base.start])).toEqual([
      [6, 14],
      [6 + base.end - base.start - 5, 6 + base.end - base.start],
    ])
    expect(moved?.quote).toEqual(
      quoteAt(after, index, asCodePoint(base.start + 6), asCodePoint(base.end + 6)),
    )
  })
})

function pick(a: Annotation): { start: number; end: number } {
  return { start: a.start, end: a.end }
}
