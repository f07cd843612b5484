import { describe, expect, it } from 'vitest'
import { draftActionOf, reviewActionOf, type KeyPress } from './review-keys'

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
})

describe('reviewActionOf', () => {
  it('maps the review keys', () => {
    expect(reviewActionOf(press('j'))).toEqual({ kind: 'next' })
    expect(reviewActionOf(press('ArrowDown'))).toEqual({ kind: 'next' })
    expect(reviewActionOf(press('k'))).toEqual({ kind: 'previous' })
    expect(reviewActionOf(press('ArrowUp'))).toEqual({ kind: 'previous' })
    expect(reviewActionOf(press('1'))).toEqual({ kind: 'accept', annotator: 0 })
    expect(reviewActionOf(press('9'))).toEqual({ kind: 'accept', annotator: 8 })
    expect(reviewActionOf(press('b'))).toEqual({ kind: 'accept-all' })
    expect(reviewActionOf(press('x'))).toEqual({ kind: 'reject' })
    expect(reviewActionOf(press('e'))).toEqual({ kind: 'edit' })
    expect(reviewActionOf(press('u'))).toEqual({ kind: 'undo' })
    expect(reviewActionOf(press('Escape'))).toEqual({ kind: 'leave' })
  })

  it('undoes and redoes with Ctrl (⌘ on macOS), and leaves other chords alone', () => {
    expect(reviewActionOf(press('z', { ctrlKey: true }))).toEqual({ kind: 'undo' })
    expect(reviewActionOf(press('Z', { ctrlKey: true, shiftKey: true }))).toEqual({ kind: 'redo' })
    expect(reviewActionOf(press('y', { ctrlKey: true }))).toEqual({ kind: 'redo' })
    expect(reviewActionOf(press('z', { metaKey: true }), true)).toEqual({ kind: 'undo' })
    expect(reviewActionOf(press('z', { metaKey: true }))).toBeNull()
    expect(reviewActionOf(press('x', { ctrlKey: true }))).toBeNull()
    expect(reviewActionOf(press('1', { altKey: true }))).toBeNull()
    expect(reviewActionOf(press('0'))).toBeNull()
    expect(reviewActionOf(press('q'))).toBeNull()
  })
})

describe('draftActionOf', () => {
  it('moves the start with Shift+arrows and the end with Alt+arrows; Enter accepts, Esc cancels', () => {
    expect(draftActionOf(press('ArrowLeft', { shiftKey: true }))).toEqual({
      kind: 'move',
      which: 'start',
      delta: -1,
    })
    expect(draftActionOf(press('ArrowRight', { altKey: true }))).toEqual({
      kind: 'move',
      which: 'end',
      delta: 1,
    })
    expect(draftActionOf(press('ArrowRight'))).toBeNull()
    expect(draftActionOf(press('Enter'))).toEqual({ kind: 'accept' })
    expect(draftActionOf(press('Escape'))).toEqual({ kind: 'cancel' })
    expect(draftActionOf(press('e'))).toBeNull()
  })
})
