// A user command, shared by menus, shortcuts, the cheat sheet and the command list (as excalidraw's
// actions are): an id, what it says, its keys, when it applies, and what it does.
import type { AppController } from '../state/app-controller'
import type { AnnotationEditing } from '../state/annotation-editing'

export interface CommandContext {
  readonly app: AppController
  readonly editing: AnnotationEditing | null
}

export interface Command {
  readonly id: string
  readonly label: string
  /** Shortcuts as written for people and matched by `matchesShortcut`: `Mod+Z`, `Shift+Mod+Z`, `Delete`, `J`. */
  readonly shortcuts: readonly string[]
  readonly group: 'Annotate' | 'Navigate' | 'Edit' | 'File' | 'Help'
  readonly isEnabled?: (context: CommandContext) => boolean
  readonly run: (context: CommandContext) => void
}

const isMac = typeof navigator !== 'undefined' && navigator.platform.includes('Mac')

/** How a shortcut reads on this platform: `Mod` is ⌘ on macOS, Ctrl elsewhere. */
export const displayShortcut = (shortcut: string): string => shortcut.replace('Mod', isMac ? '⌘' : 'Ctrl')

export function matchesShortcut(event: KeyboardEvent, shortcut: string): boolean {
  const parts = shortcut.split('+')
  const key = parts.pop() ?? ''
  if ((isMac ? event.metaKey : event.ctrlKey) !== parts.includes('Mod')) return false
  if (event.altKey !== parts.includes('Alt')) return false
  // Printable symbols (?, ,) already carry Shift in their key; letters and named keys must match it.
  if (key.length === 1 && !/[A-Za-z0-9]/.test(key)) return event.key === key
  return event.shiftKey === parts.includes('Shift') && event.key.toLowerCase() === key.toLowerCase()
}
