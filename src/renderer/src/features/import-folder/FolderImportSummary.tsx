// What a folder import did: how many texts were imported, how many were not because the analyst cancelled,
// and every skipped file with its reason in her language (the services' own words on hover).
import { useTranslation } from 'react-i18next'
import { useModalFocus } from '../../components/use-modal-focus'
import type { FolderImportResult } from './folder-import'
import type { SkippedFile } from './folder-plan'

/** Refusal codes the services give (`AppError.code`) that have their own words in `reasons`. */
const KNOWN_REASONS = new Set([
  'unsupported-type',
  'empty-file',
  'binary-file',
  'too-large',
  'corrupt-docx',
  'no-text',
  'invalid-encoding',
  'unknown-encoding',
  'unreadable',
])

interface FolderImportSummaryProps {
  readonly result: FolderImportResult
  readonly onClose: () => void
}

export function FolderImportSummary({ result, onClose }: FolderImportSummaryProps) {
  const { t } = useTranslation('import-folder')
  const dialog = useModalFocus<HTMLDivElement>(onClose)
  const { imported, notAttempted, skipped } = result
  const reason = (file: SkippedFile): string =>
    KNOWN_REASONS.has(file.code) ? t(`reasons.${file.code}`) : t('reasons.other', { detail: file.detail })
  const nothing = imported.length === 0 && skipped.length === 0 && notAttempted === 0
  return (
    <div className="modal-backdrop">
      <div
        ref={dialog}
        className="modal wide folder-import"
        role="dialog"
        aria-modal="true"
        aria-labelledby="folder-import-summary-title"
        data-testid="folder-import-summary"
      >
        <h2 id="folder-import-summary-title">{t('summaryTitle')}</h2>
        {nothing ? (
          <p>{t('nothingToImport')}</p>
        ) : (
          <p data-testid="folder-import-imported">{t('imported', { count: imported.length })}</p>
        )}
        {notAttempted > 0 && <p>{t('notAttempted', { count: notAttempted })}</p>}
        {skipped.length > 0 && (
          <>
            <p>{t('skipped', { count: skipped.length })}</p>
            <ul className="folder-import-skipped" aria-label={t('skipped', { count: skipped.length })}>
              {skipped.map((file) => (
                <li key={file.path} title={file.detail || undefined} data-testid="folder-import-skipped">
                  <span className="path">{file.path}</span> — <span className="reason">{reason(file)}</span>
                </li>
              ))}
            </ul>
          </>
        )}
        {!nothing && skipped.length === 0 && <p>{t('noneSkipped')}</p>}
        <div className="modal-actions">
          <button type="button" className="primary" onClick={onClose} data-testid="folder-import-close">
            {t('close')}
          </button>
        </div>
      </div>
    </div>
  )
}
