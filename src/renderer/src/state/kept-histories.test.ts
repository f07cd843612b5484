import { describe, expect, it } from 'vitest'
import type { Annotation, AnnotationChange } from '@shared/model/annotation'
import { UndoHistory } from '@shared/editing/undo-history'
import { asCodePoint } from '@shared/text/offsets'
import { historyKey, KeptHistories, setFingerprint } from './kept-histories'

const annotation = (n: number, patch: Partial<Annotation> = {}): Annotation => ({
  id: `a${n}`,
  label: 'ENTITY',
  start: asCodePoint(n),
  end: asCodePoint(n + 2),
  quote: { exact: 'xy', prefix: '', suffix: '' },
  attributes: { type: 'STATE' },
  roles: {},
  note: '',
  author: 'Claire',
  created: '2024-03-29T10:00:00.000Z',
  modified: '2024-03-29T10:00:00.000Z',
  ...patch,
})

const withStep = (): UndoHistory<AnnotationChange> => {
  const history = new UndoHistory<AnnotationChange>()
  history.record({ label: 'Tag', forward: [{ op: 'delete', id: 'a1' }], backward: [] })
  return history
}

describe('setFingerprint', () => {
  it('does not depend on the order, and changes with anything an annotation holds but its quote', () => {
    const list = [annotation(1), annotation(2), annotation(3)]
    expect(setFingerprint([...list].reverse())).toBe(setFingerprint(list))
    const patches: Partial<Annotation>[] = [
      { label: 'POSITION' },
      { start: asCodePoint(0) },
      { end: asCodePoint(9) },
      { note: 'vu' },
      { attributes: { type: 'PERSON' } },
      { roles: { holder: [{ ref: 'a3' }] } },
      { fragments: [{ start: asCodePoint(1), end: asCodePoint(2) }] },
      { modified: '2024-03-30T10:00:00.000Z' },
      { author: 'Yerlan' },
    ]
    for (const patch of patches)
      expect(setFingerprint([annotation(1, patch), list[1]!, list[2]!]), JSON.stringify(patch)).not.toBe(
        setFingerprint(list),
      )
    expect(setFingerprint(list.slice(1))).not.toBe(setFingerprint(list))
  })
})

describe('KeptHistories', () => {
  it('gives a history back once, for the set it was left with, and keeps none with nothing to undo', () => {
    const kept = new KeptHistories()
    const key = historyKey('/ws', 'doc', 'Claire')
    const history = withStep()
    kept.keep(key, history, [annotation(1)])
    expect(kept.take(historyKey('/ws', 'doc', 'Yerlan'), [annotation(1)])).toBeUndefined()
    expect(kept.take(key, [annotation(1)])).toBe(history)
    expect(kept.take(key, [annotation(1)])).toBeUndefined()
    kept.keep(key, history, [annotation(1)])
    expect(kept.take(key, [annotation(2)])).toBeUndefined()
    kept.keep(key, new UndoHistory<AnnotationChange>(), [])
    expect(kept.take(key, [])).toBeUndefined()
  })

  it('does not read a set it keeps no history for (opening a document costs nothing more)', () => {
    const untouchable = new Proxy([] as Annotation[], {
      get() {
        throw new Error('the list was read')
      },
    })
    const kept = new KeptHistories()
    expect(kept.take(historyKey('/ws', 'doc', 'Claire'), untouchable)).toBeUndefined()
    kept.keep(historyKey('/ws', 'doc', 'Claire'), new UndoHistory<AnnotationChange>(), untouchable)
  })

  it('keeps the 50 documents left last', () => {
    const kept = new KeptHistories()
    for (let n = 0; n < 51; n++) kept.keep(historyKey('/ws', `d${n}`, 'Claire'), withStep(), [])
    expect(kept.take(historyKey('/ws', 'd0', 'Claire'), [])).toBeUndefined()
    expect(kept.take(historyKey('/ws', 'd1', 'Claire'), [])).toBeDefined()
    expect(kept.take(historyKey('/ws', 'd50', 'Claire'), [])).toBeDefined()
  })
})
