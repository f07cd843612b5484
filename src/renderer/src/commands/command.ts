// A user command, shared by menus, shortcuts, the cheat sheet and the command list (as excalidraw's
// actions are): an id, what it says, its keys, when it applies, and what it does.
import type { AppController } from '../state/app-controller'
import type { AnnotationEditing } from '../state/annotation-editing'
import { i18n } from '../i18n/i18n'

export interface CommandContext {
  readonly app: AppController
  readonly editing: AnnotationEditing | null
}

export interface Command {
  readonly id: string
  /** In the UI language: each command defines it as a getter over `i18n.t`, so reading it is always current. */
  readonly label: string
  /** Shortcuts as written for people and matched by `matchesShortcut`: `Mod+Z`, `Shift+Mod+Z`, `Delete`, `J`. */
  readonly shortcuts: readonly string[]
  readonly group: 'Annotate' | 'Navigate' | 'Edit' | 'File' | 'Help'
  readonly isEnabled?: (context: CommandContext) => boolean
  readonly run: (context: CommandContext) => void
}

const isMac = typeof navigator !== 'undefined' && navigator.platform.includes('Mac')

export type CommandGroup = Command['group']

/** A group's name in the UI language (the cheat sheet's headings). */
export const groupLabel = (group: CommandGroup): string => i18n.t(`commands:groups.${group}`)

const ARROWS: Readonly<Record<string, string>> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
}
const NAMED_KEYS = new Set(['Mod', 'Shift', 'Alt', 'Delete', 'Backspace', 'Enter', 'Escape'])

function keyName(key: string): string {
  if (key === 'Mod' && isMac) return '⌘'
  if (NAMED_KEYS.has(key)) return i18n.t(`commands:keys.${key}`)
  return ARROWS[key] ?? key
}

/**
 * How a shortcut reads on this platform and in the UI language: `Mod` is ⌘ on macOS, Ctrl elsewhere, and
 * keys are named as printed on the keyboard (`Shift+Mod+Z` reads `Maj+Ctrl+Z` in French, `Escape` `Échap`).
 */
export const displayShortcut = (shortcut: string): string => shortcut.split('+').map(keyName).join('+')

export function matchesShortcut(event: KeyboardEvent, shortcut: string): boolean {
  const parts = shortcut.split('+')
  const key = parts.pop() ?? ''
  if ((isMac ? event.metaKey : event.ctrlKey) !== parts.includes('Mod')) return false
  if (event.altKey !== parts.includes('Alt')) return false
  // Printable symbols (?, ,) already carry Shift in their key; letters and named keys must match it.
  if (key.length === 1 && !/[A-Za-z0-9]/.test(key)) return event.key === key
  return event.shiftKey === parts.includes('Shift') && event.key.toLowerCase() === key.toLowerCase()
}
