// What the palette lists: every command once (the editor's and the application's), whether it applies
// now, and if not, why, in words the analyst can act on ("open a text first", "select an annotation").
import type { Command, CommandContext } from '../../commands/command'

export type DisabledReason = 'noDocument' | 'noSelection' | 'nothingToUndo' | 'nothingToRedo' | 'unavailable'

export interface PaletteEntry {
  readonly command: Command
  readonly enabled: boolean
  readonly reason: DisabledReason | null
}

/** Commands the palette does not offer: Esc is a key, not something one looks up. */
const HIDDEN = new Set(['escape', 'command-palette'])
/** Groups whose commands act on the open document. */
const NEEDS_DOCUMENT = new Set<Command['group']>(['Annotate', 'Navigate', 'Edit'])
const NEEDS_SELECTION = new Set(['delete', 'retag', 'tag-all'])

function reasonFor(command: Command, context: CommandContext): DisabledReason | null {
  if (NEEDS_DOCUMENT.has(command.group) && !context.editing) return 'noDocument'
  if (!command.isEnabled || command.isEnabled(context)) return null
  if (!context.editing) return 'noDocument'
  if (command.id === 'undo') return 'nothingToUndo'
  if (command.id === 'redo') return 'nothingToRedo'
  if (NEEDS_SELECTION.has(command.id)) return 'noSelection'
  return 'unavailable'
}

export function paletteEntries(
  commandLists: readonly (readonly Command[])[],
  context: CommandContext,
): PaletteEntry[] {
  const seen = new Set<string>()
  const entries: PaletteEntry[] = []
  for (const command of commandLists.flat()) {
    if (HIDDEN.has(command.id) || seen.has(command.id)) continue
    seen.add(command.id)
    const reason = reasonFor(command, context)
    entries.push({ command, enabled: reason === null, reason })
  }
  return entries
}
