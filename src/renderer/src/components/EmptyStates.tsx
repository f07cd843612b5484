// Empty states that say what to do next, shared by the features that can be empty: a workspace with no
// text, a document with no annotation, a filter that hides everything, a review with too few annotators.
import { Trans, useTranslation } from 'react-i18next'
import './empty-states.css'

interface NoDocumentProps {
  readonly onOpenText: () => void
  readonly onImportFolder: () => void
  readonly onOpenGuidelines: () => void
}

export function NoDocument({ onOpenText, onImportFolder, onOpenGuidelines }: NoDocumentProps) {
  const { t } = useTranslation('guide')
  return (
    <section className="empty-guide" aria-labelledby="no-document-title" data-testid="no-document">
      <h2 id="no-document-title">{t('empty.noDocumentTitle')}</h2>
      <p>{t('empty.noDocument')}</p>
      <div className="empty-actions">
        <button type="button" className="primary" onClick={onOpenText} data-testid="empty-open-text">
          {t('empty.openText')}
        </button>
        <button type="button" onClick={onImportFolder} data-testid="empty-import-folder">
          {t('empty.importFolder')}
        </button>
        <button type="button" onClick={onOpenGuidelines}>
          {t('empty.guidelines')}
        </button>
      </div>
    </section>
  )
}

export function NoAnnotations() {
  const { t } = useTranslation('guide')
  return (
    <p className="empty-state" data-testid="no-annotations">
      <Trans t={t} i18nKey="empty.noAnnotations" components={{ k: <kbd /> }} />
    </p>
  )
}

export function NoFilterMatch({ onClear }: { onClear: () => void }) {
  const { t } = useTranslation('guide')
  return (
    <p className="empty-state" role="status" data-testid="no-filter-match">
      {t('empty.noMatch')}{' '}
      <button type="button" className="link" onClick={onClear} data-testid="clear-filters">
        {t('empty.clearFilters')}
      </button>
    </p>
  )
}

export function ReviewNeedsTwoAnnotators({ onImport }: { onImport: () => void }) {
  const { t } = useTranslation('guide')
  return (
    <div className="empty-state" data-testid="review-needs-two">
      <p>{t('empty.reviewNeedsTwo')}</p>
      <button type="button" className="small" onClick={onImport}>
        {t('empty.importAnnotations')}
      </button>
    </div>
  )
}
