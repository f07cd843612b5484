// "Edit before accepting": the candidate being edited, its label (any label of the tag schema, chosen here
// or typed with the palette's keys, `e s`), its text as the boundaries move (Shift+←/→ the start, Alt+←/→
// the end), and Enter to accept it, Esc to drop it.
import { useTranslation } from 'react-i18next'
import { schemaLabels } from '@shared/model/schema-labels'
import { flatLabel, type TagSchema } from '@shared/model/tag-schema'
import type { ReviewItem } from '@shared/review/review-types'
import { displayShortcut } from '../../commands/command'
import { relabel, type EditDraft } from '../../state/review-draft'
import { DRAFT_KEYS } from '../../state/review-keys'
import type { ReviewSession } from '../../state/review-session'
import { excerpt } from './item-text'
import { KeyList } from './KeyList'

interface EditFormProps {
  readonly session: ReviewSession
  readonly item: ReviewItem
  readonly draft: EditDraft
  readonly schema: TagSchema
}

export function EditForm({ session, item, draft, schema }: EditFormProps) {
  const { t } = useTranslation('review')
  const labels = schemaLabels(schema)
  const current = flatLabel(draft.annotation)
  const sources = [...new Set(item.candidates.map((c) => c.annotator))]
  const { start, end } = draft.annotation
  return (
    <form
      className="review-edit"
      data-testid="review-edit"
      aria-label={t('edit.label')}
      onSubmit={(e) => {
        e.preventDefault()
        session.acceptEdit()
      }}
    >
      <h3>{t('edit.title', { who: draft.from })}</h3>
      {sources.length > 1 && (
        <label className="edit-field">
          {t('edit.from')}
          <select value={draft.from} onChange={(e) => session.startEdit(e.target.value)}>
            {sources.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="edit-field">
        {t('edit.labelField')}
        <select
          value={current}
          data-testid="review-edit-label"
          onChange={(e) => {
            const picked = labels.find((l) => l.label === e.target.value)
            if (picked) session.updateDraft((d) => relabel(d, picked.category, picked.type))
          }}
        >
          {!labels.some((l) => l.label === current) && <option value={current}>{current}</option>}
          {labels.map((l) => (
            <option key={l.label} value={l.label}>
              {l.label} ({l.keys})
            </option>
          ))}
        </select>
      </label>
      <p className="edit-span" data-testid="review-edit-text">
        <q>{excerpt(session.document, start, end, 200)}</q>{' '}
        <span className="hint">{t('current.place', { start, end })}</span>
      </p>
      <KeyList keys={DRAFT_KEYS} />
      <p className="hint">{t('edit.labelKeys')}</p>
      <div className="review-buttons">
        <button type="button" className="small" onClick={() => session.cancelEdit()}>
          {t('edit.cancel')} <kbd>{displayShortcut('Escape')}</kbd>
        </button>
        <button type="submit" className="primary" data-testid="review-edit-accept">
          {t('edit.accept')} <kbd>{displayShortcut('Enter')}</kbd>
        </button>
      </div>
    </form>
  )
}
