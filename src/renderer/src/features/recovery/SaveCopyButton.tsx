// "Save a copy as…" in the status bar, offered while saves of the open set keep failing for lack of
// permission: writes the set as the window holds it to another file and says where; the edits stay here
// and the normal save keeps being retried.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Api } from '@shared/ipc/contract'
import type { AppController } from '../../state/app-controller'
import { useStore } from '../../state/store'
import { offersSaveCopy, saveCopy } from './save-copy'
import './recovery.css'

interface SaveCopyButtonProps {
  readonly app: AppController
  readonly api: Pick<Api, 'saveAnnotationsCopy'>
}

export function SaveCopyButton({ app, api }: SaveCopyButtonProps) {
  const { t } = useTranslation('recovery')
  const status = useStore(app.saves.status, (s) => s)
  const editing = useStore(app.editing, (e) => e)
  const [busy, setBusy] = useState(false)
  if (!editing || !offersSaveCopy(status, editing)) return null
  const run = async (): Promise<void> => {
    setBusy(true)
    try {
      const result = await saveCopy(api, editing)
      if (!result.ok) app.error.set(t('copy.failed', { message: result.error.message }))
      else if (result.value)
        app.notice.set(t('copy.saved', { count: result.value.annotations, path: result.value.path }))
    } finally {
      setBusy(false)
    }
  }
  return (
    <button
      type="button"
      className="link save-copy"
      disabled={busy}
      title={t('copy.hint')}
      onClick={() => void run()}
      data-testid="save-copy"
    >
      {t('copy.action')}
    </button>
  )
}
