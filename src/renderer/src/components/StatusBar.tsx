// The status bar: who is annotating, the workspace, and whether the work is saved (truthfully). What a
// failed save offers (Save a copy as…) comes in as children, beside the save status.
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { formatTime } from '../i18n/format'
import type { SaveStatus } from '../state/save-queue'

interface StatusBarProps {
  readonly annotator: string | null
  readonly workspacePath: string
  readonly save: SaveStatus
  readonly onChangeAnnotator: () => void
  readonly children?: ReactNode
}

const saveText = (save: SaveStatus, t: TFunction): string =>
  save.state === 'saved'
    ? t('status.saved')
    : save.state === 'saving'
      ? t('status.saving')
      : t('status.failed', { message: save.message })

export function StatusBar({ annotator, workspacePath, save, onChangeAnnotator, children }: StatusBarProps) {
  const { t } = useTranslation()
  const savedAt = save.state === 'saved' ? save.at : undefined
  return (
    <footer className="status-bar" data-testid="status-bar">
      <span
        className={`save-status ${save.state}`}
        data-testid="save-status"
        role="status"
        aria-live="polite"
      >
        {saveText(save, t)}
      </span>
      {children}
      {savedAt && (
        <time
          className="saved-at"
          dateTime={savedAt}
          title={t('status.savedAt', { time: formatTime(savedAt) })}
          data-testid="saved-at"
        >
          {formatTime(savedAt)}
        </time>
      )}
      <span className="workspace" title={workspacePath}>
        {t('status.workspace', { path: workspacePath })}
      </span>
      <button
        type="button"
        className="link"
        onClick={onChangeAnnotator}
        data-testid="annotator-name"
        title={t('status.changeAnnotator')}
      >
        {t('status.annotator', { name: annotator ?? '—' })}
      </button>
    </footer>
  )
}
