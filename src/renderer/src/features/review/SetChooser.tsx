// Whose set the editor shows, in the title bar: the analyst's own, the curated ("gold") set made by the
// review, or a colleague's, read only. The list is asked again each time it is opened, so sets just
// imported appear.
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Bridge } from '@shared/ipc/contract'
import { CURATED } from '@shared/review/review-types'
import './review.css'

interface SetChooserProps {
  readonly api: Pick<Bridge, 'annotatorsOf'>
  readonly documentId: string
  /** The set open in the editor; null for the analyst's own. */
  readonly openSet: string | null
  readonly annotator: string
  /** Opens another set (undefined: her own). */
  readonly onOpen: (set: string | undefined) => void
}

const OWN = ''

export function SetChooser({ api, documentId, openSet, annotator, onOpen }: SetChooserProps) {
  const { t } = useTranslation('review')
  const [colleagues, setColleagues] = useState<readonly string[]>([])
  const refresh = useCallback(() => {
    void api.annotatorsOf(documentId).then((r) => {
      if (r.ok) setColleagues(r.value.filter((name) => name !== annotator))
    })
  }, [api, documentId, annotator])
  useEffect(refresh, [refresh])
  const value = openSet ?? OWN
  const names =
    openSet && openSet !== CURATED && !colleagues.includes(openSet) ? [...colleagues, openSet] : colleagues
  return (
    <label className="set-chooser">
      <span className="visually-hidden">{t('sets.label')}</span>
      <select
        value={value}
        onFocus={refresh}
        onChange={(e) => onOpen(e.target.value === OWN ? undefined : e.target.value)}
        data-testid="open-set"
        title={t('sets.label')}
      >
        <option value={OWN}>{t('sets.own', { name: annotator })}</option>
        <option value={CURATED}>{t('sets.curated')}</option>
        {names.map((name) => (
          <option key={name} value={name}>
            {t('sets.colleague', { name })}
          </option>
        ))}
      </select>
    </label>
  )
}
