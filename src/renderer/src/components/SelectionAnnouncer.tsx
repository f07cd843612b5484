// Says which annotation is selected, for screen readers: the label, the words and the author, each time the
// selection changes (from the list, J/K, a click in the text). Nothing is shown on screen.
import { useTranslation } from 'react-i18next'
import { flatLabel } from '@shared/model/tag-schema'
import type { AnnotationEditing } from '../state/annotation-editing'
import { useStore } from '../state/store'

const MAX_QUOTE = 120

export function SelectionAnnouncer({ editing }: { editing: AnnotationEditing }) {
  const { t } = useTranslation('a11y')
  const selected = useStore(editing.state, (s) =>
    s.selectedId ? s.annotations.byId.get(s.selectedId) : null,
  )
  const quote = selected?.quote.exact ?? ''
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="selection-announcer">
      {selected
        ? t('selected', {
            label: flatLabel(selected),
            quote: quote.length > MAX_QUOTE ? `${quote.slice(0, MAX_QUOTE)}…` : quote,
            author: selected.author,
          })
        : ''}
    </div>
  )
}
