// Listens for texts changed outside Parley: when the open document's text is rewritten (a git pull, an
// editor), the window reopens it, which re-anchors its spans by quote or flags them; what the reopening (or
// any opening of a changed text) found is said in the notice bar. It draws nothing itself.
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { Bridge } from '@shared/ipc/contract'
import type { AppController } from '../../state/app-controller'
import { sourceTextNotice } from './source-text-notice'

interface SourceTextChangesProps {
  readonly app: Pick<AppController, 'editing' | 'notice' | 'openDocument'>
  readonly api: Pick<Bridge, 'subscribe'>
}

export function SourceTextChanges({ app, api }: SourceTextChangesProps) {
  const { t } = useTranslation('source-text')
  useEffect(
    () =>
      api.subscribe('sourceTextChanged', (change) => {
        if (!change.reopen) return app.notice.set(sourceTextNotice(change, t))
        const editing = app.editing.get()
        if (editing?.document.meta.id !== change.documentId) return
        // The editor is dropped first: its view was built on the old text, and the reopened document
        // (same id, same set) would otherwise be painted over it.
        app.editing.set(null)
        app.notice.set(t('changed')) // completed by what the reopening finds, if it moves or flags spans
        void app.openDocument(change.documentId, editing.openSet?.name)
      }),
    [app, api, t],
  )
  return null
}
