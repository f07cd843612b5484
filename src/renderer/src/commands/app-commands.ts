// Commands of the application as a whole (the workspace, review, help), beside the editor's: the command
// palette, the cheat sheet and the menus share them. Those whose feature another part of the window owns
// (folder import, review, agreement, preferences) go through the same route as the native menu's item
// (`app.run`), so a palette entry and a menu item can never behave differently.
import { i18n } from '../i18n/i18n'
import { patchUi, ui } from '../state/ui-state'
import type { Command } from './command'

const label = (key: string): string => i18n.t(`command-palette:command.${key}`)

export const commandPalette: Command = {
  id: 'command-palette',
  get label() {
    return label('commandPalette')
  },
  shortcuts: ['Mod+K'],
  group: 'Help',
  run: () => patchUi({ commandPalette: !ui.get().commandPalette }),
}

export const guidelines: Command = {
  id: 'open-guidelines',
  get label() {
    return label('guidelines')
  },
  shortcuts: ['G'],
  group: 'Help',
  run: () => patchUi({ guidelines: !ui.get().guidelines }),
}

export const guide: Command = {
  id: 'open-guide',
  get label() {
    return label('guide')
  },
  shortcuts: [],
  group: 'Help',
  run: () => patchUi({ guide: true }),
}

export const importFolder: Command = {
  id: 'import-folder',
  get label() {
    return label('importFolder')
  },
  shortcuts: [],
  group: 'File',
  run: ({ app }) => app.run('importFolder'),
}

export const openWorkspace: Command = {
  id: 'open-workspace',
  get label() {
    return label('openWorkspace')
  },
  shortcuts: ['Shift+Mod+O'],
  group: 'File',
  run: ({ app }) => app.run('chooseWorkspace'),
}

export const changeAnnotator: Command = {
  id: 'change-annotator',
  get label() {
    return label('changeAnnotator')
  },
  shortcuts: [],
  group: 'File',
  run: ({ app }) => app.run('changeAnnotator'),
}

export const reviewDocument: Command = {
  id: 'review-document',
  get label() {
    return label('review')
  },
  shortcuts: [],
  group: 'File',
  isEnabled: ({ editing }) => editing !== null,
  run: ({ app }) => app.run('review'),
}

export const agreement: Command = {
  id: 'agreement-report',
  get label() {
    return label('agreement')
  },
  shortcuts: [],
  group: 'File',
  run: ({ app }) => app.run('agreement'),
}

export const preferences: Command = {
  id: 'open-preferences',
  get label() {
    return label('preferences')
  },
  shortcuts: [],
  group: 'File',
  run: ({ app }) => app.run('preferences'),
}

/** Offers the kept versions of the open set (features/recovery), replacing it only after a confirmation. */
export const restoreEarlierVersion: Command = {
  id: 'restore-earlier-version',
  get label() {
    return i18n.t('recovery:command.restoreEarlier')
  },
  shortcuts: [],
  group: 'File',
  isEnabled: ({ editing }) => editing !== null && !editing.openSet?.readOnly,
  run: ({ app, editing }) => {
    if (!editing || editing.openSet?.readOnly) return
    const set = editing.openSet?.name
    app.recovery.set({ documentId: editing.document.meta.id, ...(set ? { set } : {}), damage: null })
  },
}

/** In the order the palette lists them after the editor's commands. */
export const appCommands: readonly Command[] = [
  importFolder,
  openWorkspace,
  changeAnnotator,
  restoreEarlierVersion,
  reviewDocument,
  agreement,
  preferences,
  guidelines,
  guide,
  commandPalette,
]
