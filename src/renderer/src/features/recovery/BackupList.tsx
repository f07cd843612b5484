// The kept versions of an annotation set, newest first: when each was kept (in the UI's language) and how
// many annotations it holds. A version that no longer parses is listed but cannot be chosen.
import type { AnnotationBackup } from '@shared/ipc/contract'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../i18n/format'
import { isChoosable } from './recovery-offer'

interface BackupListProps {
  /** Null while they are being listed. */
  readonly backups: readonly AnnotationBackup[] | null
  readonly chosen: string | null
  readonly disabled: boolean
  readonly onChoose: (name: string) => void
}

export function BackupList({ backups, chosen, disabled, onChoose }: BackupListProps) {
  const { t } = useTranslation('recovery')
  if (!backups) return <p data-testid="recovery-loading">{t('backups.loading')}</p>
  if (backups.length === 0) return <p data-testid="recovery-no-backup">{t('backups.none')}</p>
  return (
    <fieldset className="recovery-backups" disabled={disabled}>
      <legend>{t('backups.label')}</legend>
      {backups.map((backup) => (
        <label key={backup.name} className="toggle" data-testid="recovery-backup">
          <input
            type="radio"
            name="recovery-backup"
            value={backup.name}
            checked={chosen === backup.name}
            disabled={!isChoosable(backup)}
            onChange={() => onChoose(backup.name)}
          />
          <time dateTime={backup.savedAt}>{formatDateTime(backup.savedAt)}</time>
          <span className={backup.annotations === null ? 'recovery-unreadable' : 'recovery-count'}>
            {backup.annotations === null
              ? t('backups.unreadable')
              : t('backups.annotations', { count: backup.annotations })}
          </span>
        </label>
      ))}
    </fieldset>
  )
}
