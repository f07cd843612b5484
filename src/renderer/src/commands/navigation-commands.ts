// Commands that move through the document and open panels: next/previous annotation, find, the cheat
// sheet, settings, escape.
import { editorMode } from '../state/editor-mode'
import { patchUi, ui } from '../state/ui-state'
import { i18n } from '../i18n/i18n'
import type { Command } from './command'

export const nextAnnotation: Command = {
  id: 'next',
  get label() {
    return i18n.t('commands:labels.next')
  },
  shortcuts: ['J', 'Alt+ArrowDown'],
  group: 'Navigate',
  run: ({ editing }) => editing?.step(1),
}

export const previousAnnotation: Command = {
  id: 'previous',
  get label() {
    return i18n.t('commands:labels.previous')
  },
  shortcuts: ['K', 'Alt+ArrowUp'],
  group: 'Navigate',
  run: ({ editing }) => editing?.step(-1),
}

export const find: Command = {
  id: 'find',
  get label() {
    return i18n.t('commands:labels.find')
  },
  shortcuts: ['Mod+F'],
  group: 'Navigate',
  run: () => patchUi({ findOpen: true }),
}

export const cheatSheet: Command = {
  id: 'shortcuts',
  get label() {
    return i18n.t('commands:labels.shortcuts')
  },
  shortcuts: ['?'],
  group: 'Help',
  run: () => patchUi({ cheatSheet: !ui.get().cheatSheet }),
}

export const openSettings: Command = {
  id: 'settings',
  get label() {
    return i18n.t('commands:labels.settings')
  },
  shortcuts: ['Mod+,'],
  group: 'File',
  run: () => patchUi({ settings: true }),
}

export const openText: Command = {
  id: 'open-text',
  get label() {
    return i18n.t('commands:labels.openText')
  },
  shortcuts: ['Mod+O'],
  group: 'File',
  run: ({ app }) => app.run('openText'),
}

export const exportCorpus: Command = {
  id: 'export',
  get label() {
    return i18n.t('commands:labels.export')
  },
  shortcuts: ['Mod+E'],
  group: 'File',
  run: () => patchUi({ exporting: true }),
}

export const importAnnotations: Command = {
  id: 'importAnnotations',
  get label() {
    return i18n.t('commands:labels.importAnnotations')
  },
  shortcuts: ['Mod+I'],
  group: 'File',
  run: () => patchUi({ importing: true }),
}

export const escape: Command = {
  id: 'escape',
  get label() {
    return i18n.t('commands:labels.escape')
  },
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
