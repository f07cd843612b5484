// The palette's entries: each command once, greyed with a reason the analyst can act on when it does not
// apply (no document open, nothing selected, nothing to undo).
import { describe, expect, it } from 'vitest'
import type { Command, CommandContext } from '../../commands/command'
import type { AnnotationEditing } from '../../state/annotation-editing'
import type { AppController } from '../../state/app-controller'
import { paletteEntries } from './palette-entries'

const command = (id: string, group: Command['group'], isEnabled?: Command['isEnabled']): Command => ({
  id,
  label: id,
  shortcuts: [],
  group,
  isEnabled,
  run: () => undefined,
})

const app = {} as AppController
const editing = (selected: boolean, canUndo: boolean) =>
  ({ selected: selected ? {} : null, history: { canUndo, canRedo: false } }) as unknown as AnnotationEditing

const undo = command('undo', 'Edit', (c) => c.editing?.history.canUndo ?? false)
const redo = command('redo', 'Edit', (c) => c.editing?.history.canRedo ?? false)
const remove = command('delete', 'Annotate', (c) => Boolean(c.editing?.selected))
const next = command('next', 'Navigate')
const exportIt = command('export', 'File')
const escape = command('escape', 'Navigate')

const reasons = (context: CommandContext, lists: readonly (readonly Command[])[]) =>
  Object.fromEntries(paletteEntries(lists, context).map((e) => [e.command.id, e.reason]))

describe('paletteEntries', () => {
  it('without a document, greys what acts on a document and keeps the rest', () => {
    expect(reasons({ app, editing: null }, [[undo, next, exportIt]])).toEqual({
      undo: 'noDocument',
      next: 'noDocument',
      export: null,
    })
  })

  it('says why a document command does not apply now', () => {
    expect(reasons({ app, editing: editing(false, false) }, [[undo, redo, remove, next]])).toEqual({
      undo: 'nothingToUndo',
      redo: 'nothingToRedo',
      delete: 'noSelection',
      next: null,
    })
    expect(reasons({ app, editing: editing(true, true) }, [[undo, remove]])).toEqual({
      undo: null,
      delete: null,
    })
  })

  it('lists each command once, and not Esc', () => {
    const entries = paletteEntries([[exportIt, escape], [exportIt]], { app, editing: null })
    expect(entries.map((e) => e.command.id)).toEqual(['export'])
    expect(entries[0]?.enabled).toBe(true)
  })
})
