// Commands speak the UI language wherever they are read (cheat sheet, palette, menus-in-page): `label`
// is read afresh each time, group names and shortcuts are named in the language too.
import { afterEach, describe, expect, it } from 'vitest'
import { setLanguage } from '../i18n/i18n'
import { allCommands } from './all-commands'
import { displayShortcut, groupLabel } from './command'
import { deleteAnnotation, undo } from './editing-commands'
import { escape, find } from './navigation-commands'

afterEach(() => setLanguage('en'))

describe('commands in the UI language', () => {
  it('read their label in the current language from the same object', async () => {
    await setLanguage('en')
    expect([undo.label, deleteAnnotation.label, find.label]).toEqual([
      'Undo',
      'Delete the selected annotation',
      'Find in the text',
    ])
    await setLanguage('fr')
    expect([undo.label, deleteAnnotation.label, find.label]).toEqual([
      'Annuler',
      'Supprimer l’annotation sélectionnée',
      'Rechercher dans le texte',
    ])
  })

  it('all have a translated label in both languages, never a bare key', async () => {
    for (const language of ['en', 'fr'] as const) {
      await setLanguage(language)
      const untranslated = allCommands
        .filter((c) => !c.label.trim() || /^[\w-]+(\.[\w-]+)+$/.test(c.label) || c.label.includes(':'))
        .map((c) => `${language}:${c.id}`)
      expect(untranslated).toEqual([])
    }
  })

  it('name their groups in the language', async () => {
    await setLanguage('fr')
    expect(['Annotate', 'Navigate', 'Edit', 'File', 'Help'].map((g) => groupLabel(g as never))).toEqual([
      'Annoter',
      'Naviguer',
      'Édition',
      'Fichier',
      'Aide',
    ])
    expect(escape.group).toBe('Navigate')
  })

  it('name keys as French keyboards print them', async () => {
    await setLanguage('fr')
    expect(displayShortcut('Shift+Mod+Z')).toMatch(/^Maj\+(Ctrl|⌘)\+Z$/)
    expect(displayShortcut('Escape')).toBe('Échap')
    expect(displayShortcut('Delete')).toBe('Suppr')
    expect(displayShortcut('Enter')).toBe('Entrée')
    expect(displayShortcut('Alt+ArrowDown')).toBe('Alt+↓')
    expect(displayShortcut('J')).toBe('J')
    await setLanguage('en')
    expect(displayShortcut('Shift+Mod+Z')).toMatch(/^Shift\+(Ctrl|⌘)\+Z$/)
    expect(displayShortcut('Escape')).toBe('Esc')
    expect(displayShortcut('Mod+,')).toMatch(/^(Ctrl|⌘)\+,$/)
  })
})
