// Commands that change annotations: undo, redo, delete, retag, repeat the last label, tag all occurrences.
import { flatLabel } from '@shared/model/tag-schema'
import { lastLabel } from '../state/editor-mode'
import { patchUi } from '../state/ui-state'
import { i18n } from '../i18n/i18n'
import type { Command } from './command'

export const undo: Command = {
  id: 'undo',
  get label() {
    return i18n.t('commands:labels.undo')
  },
  shortcuts: ['Mod+Z'],
  group: 'Edit',
  isEnabled: ({ editing }) => editing?.history.canUndo ?? false,
  run: ({ editing }) => void editing?.undo(),
}

export const redo: Command = {
  id: 'redo',
  get label() {
    return i18n.t('commands:labels.redo')
  },
  shortcuts: ['Shift+Mod+Z', 'Mod+Y'],
  group: 'Edit',
  isEnabled: ({ editing }) => editing?.history.canRedo ?? false,
  run: ({ editing }) => void editing?.redo(),
}

export const deleteAnnotation: Command = {
  id: 'delete',
  get label() {
    return i18n.t('commands:labels.delete')
  },
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
  get label() {
    return i18n.t('commands:labels.retag')
  },
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
  get label() {
    return i18n.t('commands:labels.tagAll')
  },
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
    : i18n.t('commands:noneYet')
}
