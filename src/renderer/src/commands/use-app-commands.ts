// The application's commands stay within reach when no document is open (the workbench, which handles the
// editor's keys, is then absent): their shortcuts, and the native menu's items that open the palette, the
// guidelines and the guide.
import { useCallback, useEffect } from 'react'
import type { MenuCommand } from '@shared/ipc/contract'
import type { AppController } from '../state/app-controller'
import { appCommands, commandPalette, guide, guidelines } from './app-commands'
import type { Command, CommandContext } from './command'
import { useShortcuts } from './use-shortcuts'

const MENU_ROUTES: Partial<Record<MenuCommand, Command>> = {
  commandPalette,
  guidelines,
  guide,
}

export function useAppCommands(app: AppController): () => CommandContext {
  const context = useCallback((): CommandContext => ({ app, editing: app.editing.get() }), [app])
  useShortcuts(context, appCommands)
  useEffect(
    () =>
      app.commandRequests.subscribe(() => {
        const id = app.commandRequests.get()?.id
        const command = id ? MENU_ROUTES[id as MenuCommand] : undefined
        command?.run(context())
      }),
    [app, context],
  )
  return context
}
