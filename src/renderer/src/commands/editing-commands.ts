// Commands that change annotations: undo, redo, delete, retag, repeat the last label, tag all occurrences.
import { flatLabel } from '@shared/model/tag-schema'
import { lastLabel } from '../state/editor-mode'
import { patchUi } from '../state/ui-state'
import type { Command } from './command'

export const undo: Command = {
  id: 'undo',
  label: 'Undo',
  shortcuts: ['Mod+Z'],
  group: 'Edit',
  isEnabled: ({ editing }) => editing?.history.canUndo ?? false,
  run: ({ editing }) => void editing?.undo(),
}

export const redo: Command = {
  id: 'redo',
  label: 'Redo',
  shortcuts: ['Shift+Mod+Z', 'Mod+Y'],
  group: 'Edit',
  isEnabled: ({ editing }) => editing?.history.canRedo ?? false,
  run: ({ editing }) => void editing?.redo(),
}

export const deleteAnnotation: Command = {
  id: 'delete',
  label: 'Delete the selected annotation',
  shortcuts: ['Delete', 'Backspace'],
  group: 'Annotate',
  isEnabled: ({ editing }) => Boolean(editing?.selected),
  run: ({ editing }) => {
    const id = editing?.selected?.id
    if (id) editing.remove(id)
  },
}

export const retag: Command = {
  id: 'retag',
  label: 'Change the label of the selected annotation',
  shortcuts: ['Enter', 'F2'],
  group: 'Annotate',
  isEnabled: ({ editing }) => Boolean(editing?.selected),
  run: () => {
    const box = document.querySelector('.details')?.getBoundingClientRect()
    patchUi({ palette: { kind: 'retag', at: { left: (box?.left ?? 400) - 360, top: box?.top ?? 120 } } })
  },
}

export const tagAllOccurrences: Command = {
  id: 'tag-all',
  label: 'Tag all occurrences of the selected annotation',
  shortcuts: ['Shift+A'],
  group: 'Annotate',
  isEnabled: ({ editing }) => Boolean(editing?.selected),
  run: ({ editing }) => {
    const a = editing?.selected
    if (a) patchUi({ tagAll: { label: a.label, type: a.attributes.type, quote: a.quote.exact } })
  },
}

export const describeLast = (): string => {
  const last = lastLabel.get()
  return last
    ? flatLabel({ label: last.label, attributes: last.type ? { type: last.type } : {} })
    : 'none yet'
}
