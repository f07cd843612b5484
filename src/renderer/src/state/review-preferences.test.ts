import { describe, expect, it } from 'vitest'
import { loadReviewPreferences, saveReviewPreferences } from './review-preferences'

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial))
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  }
}

describe('review preferences', () => {
  it('accepts agreed items automatically until told otherwise, and remembers the annotators', () => {
    const storage = memoryStorage()
    expect(loadReviewPreferences(storage)).toEqual({ autoAcceptAgreed: true, annotators: [] })
    saveReviewPreferences({ autoAcceptAgreed: false }, storage)
    saveReviewPreferences({ annotators: ['Aïcha Benali', 'Jean Dupont'] }, storage)
    expect(loadReviewPreferences(storage)).toEqual({
      autoAcceptAgreed: false,
      annotators: ['Aïcha Benali', 'Jean Dupont'],
    })
  })

  it('falls back to the defaults on a damaged entry', () => {
    expect(loadReviewPreferences(memoryStorage({ 'parley.review': '{not json' }))).toEqual({
      autoAcceptAgreed: true,
      annotators: [],
    })
    expect(
      loadReviewPreferences(
        memoryStorage({ 'parley.review': '{"autoAcceptAgreed":"no","annotators":[1,"A"]}' }),
      ),
    ).toEqual({ autoAcceptAgreed: true, annotators: ['A'] })
  })
})
