// The folder import under way: a progress bar, "file n of m", the file being read, and Cancel (which stops
// after the current file: a file is imported whole or not at all).
import { useTranslation } from 'react-i18next'
import { useModalFocus } from '../../components/use-modal-focus'
import type { FolderProgress } from './folder-import'

interface FolderImportProgressProps {
  readonly progress: FolderProgress
  readonly cancelling: boolean
  readonly onCancel: () => void
}

export function FolderImportProgress({ progress, cancelling, onCancel }: FolderImportProgressProps) {
  const { t } = useTranslation('import-folder')
  const dialog = useModalFocus<HTMLDivElement>(onCancel)
  const { done, total, current } = progress
  return (
    <div className="modal-backdrop">
      <div
        ref={dialog}
        className="modal folder-import"
        role="dialog"
        aria-modal="true"
        aria-labelledby="folder-import-progress-title"
        data-testid="folder-import-progress"
      >
        <h2 id="folder-import-progress-title">{t('progressTitle')}</h2>
        <progress max={Math.max(total, 1)} value={done} aria-label={t('progressLabel')} />
        <p aria-live="polite" data-testid="folder-import-count">
          {t('progress', { n: Math.min(done + 1, total), total })}
        </p>
        <p className="folder-import-current" data-testid="folder-import-current">
          {current}
        </p>
        <div className="modal-actions">
          <button type="button" disabled={cancelling} onClick={onCancel} data-testid="folder-import-cancel">
            {cancelling ? t('cancelling') : t('cancel')}
          </button>
        </div>
      </div>
    </div>
  )
}
