// Dispatches window key presses to commands. Keys typed into a field, or while the palette is open (it
// takes its own keys), are left alone.
import { useEffect } from 'react'
import { allCommands } from './all-commands'
import { matchesShortcut, type Command, type CommandContext } from './command'

export function useShortcuts(
  context: () => CommandContext,
  commands: readonly Command[] = allCommands,
): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented) return
      const target = event.target as HTMLElement | null
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]')
      for (const command of commands) {
        if (!command.shortcuts.some((s) => matchesShortcut(event, s))) continue
        if (typing && command.id !== 'escape') return
        const ctx = context()
        if (command.isEnabled && !command.isEnabled(ctx)) return
        event.preventDefault()
        command.run(ctx)
        return
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [context, commands])
}
