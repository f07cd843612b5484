// When the first-run guide shows: once the analyst has said who she is and the sample is open, as long as
// she has not dismissed it (remembered in the workspace's preferences, so it stays dismissed after a
// restart). Help › Getting Started opens it again at any time.
import { useCallback, useEffect, useRef } from 'react'
import type { AppController } from '../../state/app-controller'
import { useStore } from '../../state/store'
import { patchUi, ui } from '../../state/ui-state'

export function useFirstRunGuide(app: AppController): { open: boolean; close: () => void } {
  const session = useStore(app.session, (s) => s)
  const dialog = useStore(app.dialog, (d) => d)
  const hasDocument = useStore(app.editing, (e) => e !== null)
  const open = useStore(ui, (s) => s.guide)
  const offered = useRef(false)

  useEffect(() => {
    if (offered.current || !session?.annotator || dialog !== 'none' || !hasDocument) return
    offered.current = true
    if (!session.preferences.guideDismissed) patchUi({ guide: true })
  }, [session, dialog, hasDocument])

  const close = useCallback((): void => {
    patchUi({ guide: false })
    const current = app.session.get()
    if (!current || current.preferences.guideDismissed) return
    void app.savePreferences({ ...current.preferences, guideDismissed: true })
  }, [app])

  return { open, close }
}
