import { describe, expect, it } from 'vitest'
import { UndoHistory, type UndoStep } from './undo-history'

/** A step over a toy change type: a change sets or clears one key. */
interface Change {
  key: string
  value: number | null
}
const step = (
  label: string,
  key = label,
  value: number | null = 1,
  previous: number | null = null,
): UndoStep<Change> => ({
  label,
  forward: [{ key, value }],
  backward: [{ key, value: previous }],
})

/** Applies changes to a record, as the editor applies AnnotationChanges. */
function apply(state: Record<string, number>, changes: readonly Change[]): void {
  for (const { key, value } of changes) {
    if (value === null) delete state[key]
    else state[key] = value
  }
}

describe('UndoHistory', () => {
  it('starts empty', () => {
    const history = new UndoHistory<Change>()
    expect(history.canUndo).toBe(false)
    expect(history.canRedo).toBe(false)
    expect(history.undoLabel).toBeNull()
    expect(history.redoLabel).toBeNull()
    expect(history.undo()).toBeNull()
    expect(history.redo()).toBeNull()
  })

  it('undoes and redoes steps in order, moving them between the stacks', () => {
    const history = new UndoHistory<Change>()
    const a = step('Tag ENTITY', 'a')
    const b = step('Tag POSITION', 'b')
    history.record(a)
    history.record(b)
    expect(history.undoLabel).toBe('Tag POSITION')
    expect(history.undo()).toBe(b)
    expect(history.undoLabel).toBe('Tag ENTITY')
    expect(history.redoLabel).toBe('Tag POSITION')
    expect(history.undo()).toBe(a)
    expect(history.canUndo).toBe(false)
    expect(history.undo()).toBeNull()
    expect(history.redo()).toBe(a)
    expect(history.redo()).toBe(b)
    expect(history.canRedo).toBe(false)
    expect(history.redo()).toBeNull()
    expect(history.undoDepth).toBe(2)
  })

  it('replays a sequence with a bulk step on real state', () => {
    const state: Record<string, number> = {}
    const history = new UndoHistory<Change>()
    const perform = (s: UndoStep<Change>): void => {
      apply(state, s.forward)
      history.record(s)
    }
    perform(step('Tag x', 'x', 1))
    perform({
      label: 'Tag all occurrences',
      forward: [
        { key: 'y1', value: 2 },
        { key: 'y2', value: 2 },
        { key: 'x', value: 5 },
      ],
      backward: [
        { key: 'x', value: 1 },
        { key: 'y2', value: null },
        { key: 'y1', value: null },
      ],
    })
    perform(step('Delete y1', 'y1', null, 2))
    expect(state).toEqual({ x: 5, y2: 2 })

    apply(state, history.undo()!.backward)
    expect(state).toEqual({ x: 5, y1: 2, y2: 2 })
    const bulk = history.undo()!
    expect(bulk.label).toBe('Tag all occurrences')
    apply(state, bulk.backward)
    expect(state).toEqual({ x: 1 })
    apply(state, history.redo()!.forward)
    expect(state).toEqual({ x: 5, y1: 2, y2: 2 })
    apply(state, history.undo()!.backward)
    apply(state, history.undo()!.backward)
    expect(state).toEqual({})
    expect(history.canUndo).toBe(false)
    expect(history.redoDepth).toBe(3)
  })

  it('clears the redo stack when a new step is recorded', () => {
    const history = new UndoHistory<Change>()
    history.record(step('a'))
    history.record(step('b'))
    history.undo()
    expect(history.canRedo).toBe(true)
    history.record(step('c'))
    expect(history.canRedo).toBe(false)
    expect(history.redo()).toBeNull()
    expect(history.undo()?.label).toBe('c')
    expect(history.undo()?.label).toBe('a')
  })

  it('ignores a step without changes, and leaves the redo stack alone then', () => {
    const history = new UndoHistory<Change>()
    history.record(step('a'))
    history.undo()
    history.record({ label: 'nothing', forward: [], backward: [] })
    expect(history.canUndo).toBe(false)
    expect(history.redoLabel).toBe('a')
  })

  it('drops the oldest steps past the limit', () => {
    const history = new UndoHistory<Change>(3)
    for (const label of ['1', '2', '3', '4', '5']) history.record(step(label))
    expect(history.undoDepth).toBe(3)
    const undone: string[] = []
    for (let s = history.undo(); s !== null; s = history.undo()) undone.push(s.label)
    expect(undone).toEqual(['5', '4', '3'])
    expect(history.redoDepth).toBe(3)
  })

  it('keeps 500 steps by default', () => {
    const history = new UndoHistory<Change>()
    for (let n = 0; n < 600; n++) history.record(step(String(n)))
    expect(history.undoDepth).toBe(500)
    let last: UndoStep<Change> | null = null
    for (let s = history.undo(); s !== null; s = history.undo()) last = s
    expect(last?.label).toBe('100')
  })

  it('forgets everything on clear', () => {
    const history = new UndoHistory<Change>()
    history.record(step('a'))
    history.record(step('b'))
    history.undo()
    history.clear()
    expect(history.canUndo || history.canRedo).toBe(false)
  })

  it('rejects a limit that is not a positive integer', () => {
    expect(() => new UndoHistory(0)).toThrow(RangeError)
    expect(() => new UndoHistory(1.5)).toThrow(RangeError)
  })
})
