// Commands that move through the document and open panels: next/previous annotation, find, the cheat
// sheet, settings, escape.
import { editorMode } from '../state/editor-mode'
import { patchUi, ui } from '../state/ui-state'
import type { Command } from './command'

export const nextAnnotation: Command = {
  id: 'next',
  label: 'Next annotation',
  shortcuts: ['J', 'Alt+ArrowDown'],
  group: 'Navigate',
  run: ({ editing }) => editing?.step(1),
}

export const previousAnnotation: Command = {
  id: 'previous',
  label: 'Previous annotation',
  shortcuts: ['K', 'Alt+ArrowUp'],
  group: 'Navigate',
  run: ({ editing }) => editing?.step(-1),
}

export const find: Command = {
  id: 'find',
  label: 'Find in the text',
  shortcuts: ['Mod+F'],
  group: 'Navigate',
  run: () => patchUi({ findOpen: true }),
}

export const cheatSheet: Command = {
  id: 'shortcuts',
  label: 'Keyboard shortcuts',
  shortcuts: ['?'],
  group: 'Help',
  run: () => patchUi({ cheatSheet: !ui.get().cheatSheet }),
}

export const openSettings: Command = {
  id: 'settings',
  label: 'Tag schema settings',
  shortcuts: ['Mod+,'],
  group: 'File',
  run: () => patchUi({ settings: true }),
}

export const openText: Command = {
  id: 'open-text',
  label: 'Open text…',
  shortcuts: ['Mod+O'],
  group: 'File',
  run: ({ app }) => app.run('openText'),
}

export const exportCorpus: Command = {
  id: 'export',
  label: 'Export…',
  shortcuts: ['Mod+E'],
  group: 'File',
  run: () => patchUi({ exporting: true }),
}

export const importAnnotations: Command = {
  id: 'importAnnotations',
  label: 'Import annotations…',
  shortcuts: ['Mod+I'],
  group: 'File',
  run: () => patchUi({ importing: true }),
}

export const escape: Command = {
  id: 'escape',
  label: 'Close the popover, stop picking, clear the selection',
  shortcuts: ['Escape'],
  group: 'Navigate',
  run: ({ editing }) => {
    const state = ui.get()
    if (editorMode.get().kind !== 'normal') return editorMode.set({ kind: 'normal' })
    if (state.palette || state.overlap || state.cheatSheet || state.tagAll)
      return patchUi({ palette: null, overlap: null, cheatSheet: false, tagAll: null })
    editing?.select(null)
  },
}
