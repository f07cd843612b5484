// The title bar's "Review…" button: compares colleagues' sets of the open document.
import { useTranslation } from 'react-i18next'

export function ReviewButton({ onClick, disabled }: { onClick: () => void; disabled: boolean }) {
  const { t } = useTranslation('review')
  return (
    <button
      type="button"
      className="title-button"
      onClick={onClick}
      disabled={disabled}
      data-testid="open-review"
    >
      {t('titleButton')}
    </button>
  )
}
