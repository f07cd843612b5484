// The menu as the analyst finds it: the items desktop habits expect, in her language, each sending the
// right command to the window; Recent lists the workspaces and reopens one through the same path.
import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import type { MenuCommand } from '@shared/ipc/contract'
import { MENU_LABELS } from './menu-labels'
import { menuTemplate, type MenuInput } from './menu-template'

type Item = MenuItemConstructorOptions

function build(overrides: Partial<MenuInput> = {}) {
  const sent: MenuCommand[] = []
  const opened: string[] = []
  let newWindows = 0
  const template = menuTemplate({
    labels: MENU_LABELS.en,
    platform: 'linux',
    appVersion: '1.2.3',
    recent: [],
    send: (c) => sent.push(c),
    openRecent: (p) => opened.push(p),
    clearRecent: () => undefined,
    newWindow: () => newWindows++,
    ...overrides,
  })
  return { template, sent, opened, newWindows: () => newWindows }
}

const submenu = (item: Item | undefined): Item[] => (Array.isArray(item?.submenu) ? item.submenu : [])
const menuNamed = (template: Item[], label: string): Item[] =>
  submenu(template.find((i) => i.label === label))
const labelsOf = (items: Item[]): string[] => items.flatMap((i) => (i.label ? [i.label] : []))
const click = (item: Item | undefined): void =>
  (item?.click as (() => void) | undefined)?.call(undefined) ?? expect.fail('the item has no action')

describe('the application menu', () => {
  it('has File, Edit, View, Review and Help with the expected items', () => {
    const { template } = build()
    expect(labelsOf(template)).toEqual(['&File', '&Edit', '&View', '&Review', '&Help'])
    expect(labelsOf(menuNamed(template, '&File'))).toEqual(
      expect.arrayContaining([
        'Open Text…',
        'Import Folder…',
        'Import Annotations…',
        'Export…',
        'Open Workspace…',
        'Open Recent',
      ]),
    )
    expect(labelsOf(menuNamed(template, '&Edit'))).toEqual(
      expect.arrayContaining(['Undo', 'Redo', 'Find…', 'Tag All Occurrences']),
    )
    expect(labelsOf(menuNamed(template, '&View'))).toEqual(
      expect.arrayContaining(['Zoom In', 'Zoom Out', 'Actual Size', 'Next Annotation', 'Toggle Full Screen']),
    )
    expect(labelsOf(menuNamed(template, '&Review'))).toEqual(['Review This Document…', 'Agreement…'])
    expect(labelsOf(menuNamed(template, '&Help'))).toEqual([
      'Keyboard Shortcuts',
      'Annotation Guidelines',
      'Getting Started',
      'About Parley 1.2.3',
    ])
  })

  it('sends each item’s command to the window', () => {
    const { template, sent } = build()
    const find = (menu: string, label: string) => menuNamed(template, menu).find((i) => i.label === label)
    click(find('&Review', 'Review This Document…'))
    click(find('&Review', 'Agreement…'))
    click(find('&Help', 'Annotation Guidelines'))
    click(find('&View', 'Command Palette…'))
    click(find('&File', 'Import Folder…'))
    expect(sent).toEqual(['review', 'agreement', 'guidelines', 'commandPalette', 'importFolder'])
  })

  it('opens a new window on the same workspace from File, with Ctrl/Cmd+Shift+N, in main', () => {
    const { template, sent, newWindows } = build()
    const item = menuNamed(template, '&File').find((i) => i.label === 'New Window')
    // Registered with the OS: it works whatever has the focus, and never reaches the page as a command.
    expect(item).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+N' })
    expect(item).not.toHaveProperty('registerAccelerator')
    click(item)
    expect(newWindows()).toBe(1)
    expect(sent).toEqual([])
    const french = build({ labels: MENU_LABELS.fr }).template
    expect(labelsOf(menuNamed(french, '&Fichier'))).toContain('Nouvelle fenêtre')
  })

  it('leaves editor keys to the page, so a text field keeps its letters', () => {
    const { template } = build()
    const next = menuNamed(template, '&View').find((i) => i.label === 'Next Annotation')
    expect(next).toMatchObject({ accelerator: 'J', registerAccelerator: false })
  })

  it('is in French when asked, with no English label left', () => {
    const { template } = build({ labels: MENU_LABELS.fr })
    expect(labelsOf(template)).toEqual(['&Fichier', '&Édition', '&Affichage', '&Révision', '&Aide'])
    const all = template.flatMap((i) => labelsOf(submenu(i)))
    const english = new Set(Object.values(MENU_LABELS.en))
    expect(all.filter((label) => english.has(label))).toEqual([])
  })

  it('lists recent workspaces and reopens the one chosen', () => {
    const { template, opened } = build({ recent: ['/work/a', '/work/b'] })
    const recent = submenu(menuNamed(template, '&File').find((i) => i.label === 'Open Recent'))
    expect(labelsOf(recent)).toEqual(['/work/a', '/work/b', 'Clear Recent'])
    click(recent[1])
    expect(opened).toEqual(['/work/b'])
  })

  it('says so when there is no recent workspace', () => {
    const recent = submenu(menuNamed(build().template, '&File').find((i) => i.label === 'Open Recent'))
    expect(recent).toEqual([{ label: 'No recent workspace', enabled: false }])
  })
})
