import { describe, expect, it } from 'vitest'
import { asCodePoint } from '@shared/text/offsets'
import { createDocumentModel } from './document-model'
import { moveBoundary, relabel, startDraft, type EditDraft } from './review-draft'
import { AICHA, openedReview, span, TEXT } from './testing/review-fixture'

const document = createDocumentModel(openedReview().meta, TEXT)
const draftOf = (quote: string, label = 'ENTITY', type?: string): EditDraft => ({
  from: AICHA,
  annotation: span('a', AICHA, quote, label, type),
})

describe('review drafts', () => {
  it('moves each boundary one character, keeping the quote true to the text', () => {
    let draft = draftOf('Wang Yi')
    draft = moveBoundary(draft, document, 'start', -1)
    draft = moveBoundary(draft, document, 'end', 1)
    expect(draft.annotation.quote.exact).toBe(' Wang Yi ')
    expect(draft.annotation.quote.suffix.startsWith('a parlé')).toBe(true)
  })

  it('never lets a boundary cross the other, nor leave the text', () => {
    let draft = draftOf('La')
    for (let i = 0; i < 5; i++) draft = moveBoundary(draft, document, 'start', 1)
    expect(draft.annotation.quote.exact).toBe('a')
    draft = moveBoundary(draftOf('La'), document, 'start', -1)
    expect(draft.annotation.start).toBe(0)
    draft = draftOf('Beijing.\n')
    expect(moveBoundary(draft, document, 'end', 1)).toBe(draft)
  })

  it('moves the first and last fragment of a discontinuous span', () => {
    const base = draftOf('Chine et le Kazakhstan')
    const a = base.annotation
    const fragments = [
      { start: a.start, end: asCodePoint(a.start + 5) },
      { start: asCodePoint(a.end - 10), end: a.end },
    ]
    const moved = moveBoundary(
      moveBoundary({ ...base, annotation: { ...a, fragments } }, document, 'start', -1),
      document,
      'end',
      1,
    )
    expect(moved.annotation.fragments).toEqual([
      { start: a.start - 1, end: a.start + 5 },
      { start: a.end - 10, end: a.end + 1 },
    ])
  })

  it('relabels: a new type keeps the category’s attributes, a new category drops them and the roles', () => {
    const entity = draftOf('Chine', 'ENTITY', 'STATE')
    const withCanonical: EditDraft = {
      ...entity,
      annotation: { ...entity.annotation, attributes: { type: 'STATE', canonical: 'Chine' } },
    }
    expect(relabel(withCanonical, 'ENTITY', 'LOCATION').annotation.attributes).toEqual({
      type: 'LOCATION',
      canonical: 'Chine',
    })
    const position = relabel(
      { ...withCanonical, annotation: { ...withCanonical.annotation, roles: { holder: [{ ref: 'x' }] } } },
      'POSITION',
      undefined,
    )
    expect(position.annotation).toMatchObject({ label: 'POSITION', attributes: {}, roles: {} })
  })

  it('starts from the chosen annotator’s candidate, else the first', () => {
    const item = {
      key: 'k',
      kind: 'label' as const,
      start: 0,
      end: 2,
      candidates: [
        { annotator: 'A', annotation: span('1', 'A', 'La', 'ENTITY') },
        { annotator: 'B', annotation: span('2', 'B', 'La', 'POSITION') },
      ],
      silent: [],
    }
    expect(startDraft(item, 'B')?.annotation.id).toBe('2')
    expect(startDraft(item)?.annotation.id).toBe('1')
    expect(startDraft({ ...item, candidates: [] })).toBeNull()
  })
})
