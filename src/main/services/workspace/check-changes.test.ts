import { describe, expect, it } from 'vitest'
import {
  applyAnnotationChanges,
  type Annotation,
  type AnnotationChange,
  type RoleFiller,
} from '@shared/model/annotation'
import { quoteAt } from '@shared/model/quote'
import { asCodePoint, createOffsetIndex } from '@shared/text/offsets'
import { checkChanges } from './check-changes'

const TEXT = 'Le Kazakhstan soutient fermement la Chine 𠮷.'
const index = createOffsetIndex(TEXT)

function span(id: string, label: string, start: number, end: number, roles = {}): Annotation {
  const at = (n: number) => asCodePoint(n)
  return {
    id,
    label,
    start: at(start),
    end: at(end),
    quote: quoteAt(TEXT, index, at(start), at(end)),
    attributes: {},
    roles,
    note: '',
    author: 'Claire',
    created: '2024-03-29T10:00:00.000Z',
    modified: '2024-03-29T10:00:00.000Z',
  }
}

const kazakhstan = span('kz', 'ENTITY', 3, 13)
const position = (holder: RoleFiller[]) => span('pos', 'POSITION', 14, 32, { holder })

describe('checkChanges', () => {
  it('returns the set after the changes, sorted', () => {
    const result = checkChanges(TEXT, index, [position([])], [{ op: 'put', annotation: kazakhstan }])
    expect(result.ok && result.value.map((a) => a.id)).toEqual(['kz', 'pos'])
  })

  it('refuses a span past the end of the text, or whose quote disagrees', () => {
    expect(
      checkChanges(TEXT, index, [], [{ op: 'put', annotation: { ...kazakhstan, end: asCodePoint(99) } }]),
    ).toMatchObject({ ok: false, error: { code: 'out-of-range' } })
    const shifted = { ...kazakhstan, start: asCodePoint(4), end: asCodePoint(14) }
    expect(checkChanges(TEXT, index, [], [{ op: 'put', annotation: shifted }])).toMatchObject({
      ok: false,
      error: { code: 'quote-mismatch' },
    })
  })

  it('refuses a fragment that lies outside the text', () => {
    const fragments = [
      { start: asCodePoint(3), end: asCodePoint(5) },
      { start: asCodePoint(40), end: asCodePoint(60) },
    ]
    const result = checkChanges(TEXT, index, [], [{ op: 'put', annotation: { ...kazakhstan, fragments } }])
    expect(result).toMatchObject({ ok: false, error: { code: 'out-of-range' } })
    expect(!result.ok && result.error.message).toContain('fragment 40–60')
  })

  it('accepts fragments within the text', () => {
    const fragments = [
      { start: asCodePoint(3), end: asCodePoint(5) },
      { start: asCodePoint(8), end: asCodePoint(13) },
    ]
    expect(checkChanges(TEXT, index, [], [{ op: 'put', annotation: { ...kazakhstan, fragments } }]).ok).toBe(
      true,
    )
  })

  it('refuses a role filler that names no annotation of the set, naming the annotation and the role', () => {
    const result = checkChanges(TEXT, index, [], [{ op: 'put', annotation: position([{ ref: 'kz' }]) }])
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-reference' } })
    expect(!result.ok && result.error.message).toMatch(/annotation pos: its role holder refers to .*kz/)
  })

  it('resolves references against the set after the changes', () => {
    const both = checkChanges(
      TEXT,
      index,
      [],
      [
        { op: 'put', annotation: position([{ ref: 'kz' }]) },
        { op: 'put', annotation: kazakhstan },
      ],
    )
    expect(both.ok).toBe(true)
    const deleted = checkChanges(
      TEXT,
      index,
      [kazakhstan],
      [
        { op: 'put', annotation: position([{ ref: 'kz' }]) },
        { op: 'delete', id: 'kz' },
      ],
    )
    expect(deleted).toMatchObject({ ok: false, error: { code: 'unknown-reference' } })
  })

  it('lets free text fill a role (whether the role allows it is a schema problem, not a storage one)', () => {
    const result = checkChanges(
      TEXT,
      index,
      [],
      [{ op: 'put', annotation: position([{ text: 'la Chine' }]) }],
    )
    expect(result.ok).toBe(true)
  })

  it('keeps the order and content of a full sort, change after change, whatever order the set came in', () => {
    let seed = 7
    const random = (n: number): number => (seed = (seed * 48271) % 2147483647) % n
    const length = index.codePointLength
    const any = (id: string): Annotation => {
      const start = random(length - 1)
      return span(id, 'ENTITY', start, start + 1 + random(Math.min(4, length - start - 1)))
    }
    const shuffled = Array.from({ length: 200 }, (_, n) => any(`a${n % 150}`))
    let expected = applyAnnotationChanges(shuffled, [])
    let current: readonly Annotation[] = shuffled
    for (let round = 0; round < 300; round++) {
      const changes: AnnotationChange[] = Array.from({ length: 1 + random(round % 50 ? 3 : 90) }, () =>
        random(3)
          ? { op: 'put', annotation: any(`a${random(180)}`) }
          : { op: 'delete', id: `a${random(180)}` },
      )
      const result = checkChanges(TEXT, index, current, changes)
      if (!result.ok) throw new Error(result.error.message)
      expected = applyAnnotationChanges(expected, changes)
      expect(result.value).toEqual(expected)
      current = result.value
    }
  })
})
