// The recovery dialog: for a damaged file, which file and where it breaks, then "Restore a backup…" or
// "Leave it"; for a healthy set, its kept versions and a confirmation before the current work is replaced.
import { useTranslation } from 'react-i18next'
import { useModalFocus } from '../../components/use-modal-focus'
import { formatDateTime } from '../../i18n/format'
import { BackupList } from './BackupList'
import type { RecoveryOffer, RecoveryView } from './recovery-offer'
import './recovery.css'

interface RecoveryDialogProps {
  readonly offer: RecoveryOffer
  readonly view: RecoveryView
}

export function RecoveryDialog({ offer, view }: RecoveryDialogProps) {
  const { t } = useTranslation('recovery')
  const dialog = useModalFocus<HTMLDivElement>(() => offer.leave())
  const damaged = view.request.damage !== null
  const chosen = view.backups?.find((b) => b.name === view.chosen)
  const problem =
    view.problem?.kind === 'unsaved'
      ? t('problem.unsaved')
      : view.problem && t('problem.refused', { message: view.problem.message })
  return (
    <div className="modal-backdrop">
      <div
        className="modal wide"
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby="recovery-title"
        data-testid="recovery-dialog"
      >
        <h2 id="recovery-title">{damaged ? t('damaged.title') : t('earlier.title')}</h2>
        {damaged && (
          <p className="recovery-damage" data-testid="recovery-damage">
            {view.request.damage}
          </p>
        )}
        <p>{damaged ? t('damaged.explain') : t('earlier.explain')}</p>
        {view.listing && (
          <BackupList
            backups={view.backups}
            chosen={view.chosen}
            disabled={view.busy || view.confirming}
            onChoose={(name) => offer.choose(name)}
          />
        )}
        {view.confirming && chosen && (
          <p role="alert" data-testid="recovery-confirmation">
            {t('earlier.confirm', { time: formatDateTime(chosen.savedAt) })}
          </p>
        )}
        {problem && (
          <p role="alert" className="recovery-damage" data-testid="recovery-problem">
            {problem}
          </p>
        )}
        <div className="modal-actions">
          {view.confirming ? (
            <button type="button" onClick={() => offer.cancelConfirmation()}>
              {t('earlier.back')}
            </button>
          ) : (
            <button
              type="button"
              onClick={() => offer.leave()}
              disabled={view.busy}
              data-testid="recovery-leave"
            >
              {damaged ? t('damaged.leave') : t('earlier.cancel')}
            </button>
          )}
          {!view.listing ? (
            <button
              type="button"
              className="primary"
              onClick={() => offer.showBackups()}
              data-testid="recovery-show-backups"
            >
              {t('damaged.restore')}
            </button>
          ) : (
            <button
              type="button"
              className="primary"
              disabled={!view.chosen || view.busy}
              onClick={() => void offer.restore()}
              data-testid="recovery-restore"
            >
              {view.confirming ? t('earlier.replace') : t('backups.restore')}
            </button>
          )}
        </div>
      </div>
    </div>
  )
}
