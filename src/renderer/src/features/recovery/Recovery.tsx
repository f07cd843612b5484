// Recovery in the window: answers the controller's requests to restore a set from a backup (a damaged file
// met on opening, or File › Restore an earlier version…), shows the restored set in the editor and says,
// in a notice, where the file it replaced was kept.
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Api } from '@shared/ipc/contract'
import { formatDateTime } from '../../i18n/format'
import type { AppController } from '../../state/app-controller'
import { useStore } from '../../state/store'
import { patchUi } from '../../state/ui-state'
import { RecoveryDialog } from './RecoveryDialog'
import { RecoveryOffer } from './recovery-offer'

interface RecoveryProps {
  readonly app: AppController
  readonly api: Pick<Api, 'annotationBackups' | 'restoreAnnotationBackup'>
}

export function Recovery({ app, api }: RecoveryProps) {
  const { t } = useTranslation('recovery')
  const [offer] = useState(
    () =>
      new RecoveryOffer(api, app.recovery, {
        hasUnsaved: (request) => app.saves.hasUnsavedFor(request.documentId),
        restored(document, request, backup) {
          app.show(document, request.set)
          patchUi({ tagAll: null }) // an offer made for the replaced annotations
          const time = formatDateTime(backup.savedAt)
          const path = document.setAsidePath
          const kind = request.damage === null ? 'earlier' : 'damaged'
          app.notice.set(path ? t(`restored.${kind}`, { time, path }) : t('restored.nothingAside', { time }))
        },
      }),
  )
  useEffect(() => offer.connect(), [offer])
  const view = useStore(offer.view, (v) => v)
  return view ? <RecoveryDialog offer={offer} view={view} /> : null
}
