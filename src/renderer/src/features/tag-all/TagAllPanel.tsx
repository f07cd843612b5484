// Offers the other occurrences of a tagged quote, to tag one by one or all at once (one undo step).
import { useMemo, useState } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import { flatLabel } from '@shared/model/tag-schema'
import type { AnnotationEditing } from '../../state/annotation-editing'
import { useStore } from '../../state/store'
import type { TagAllOffer } from '../../state/ui-state'
import { MatchOptionsBar } from './MatchOptionsBar'
import { untaggedCandidates, type MatchOptions } from './occurrence-candidates'

interface TagAllPanelProps {
  readonly editing: AnnotationEditing
  readonly offer: TagAllOffer
  readonly onClose: () => void
}

export function TagAllPanel({ editing, offer, onClose }: TagAllPanelProps) {
  const { t } = useTranslation('tag-all')
  const [options, setOptions] = useState<MatchOptions>({
    caseSensitive: true,
    accentSensitive: true,
    elision: false,
  })
  const annotations = useStore(editing.state, (s) => s.annotations)
  const candidates = useMemo(
    () => untaggedCandidates(editing.document, annotations, offer.label, offer.quote, options),
    [editing, annotations, offer, options],
  )
  const label = flatLabel({ label: offer.label, attributes: offer.type ? { type: offer.type } : {} })
  return (
    <section className="side-panel" aria-label={t('region')} data-testid="tag-all-panel">
      <div className="pane-header">
        <h2>{t('title')}</h2>
        <button type="button" className="link" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </div>
      <p className="panel-intro">
        <Trans
          t={t}
          i18nKey="intro"
          count={candidates.length}
          values={{ quote: offer.quote, label }}
          components={{ count: <strong data-testid="tag-all-count" /> }}
        />
      </p>
      <MatchOptionsBar options={options} onChange={setOptions} />
      <div className="panel-actions">
        <button
          type="button"
          className="primary"
          disabled={candidates.length === 0}
          data-testid="tag-all-accept"
          onClick={() => {
            editing.createMany(offer.label, offer.type, candidates)
            onClose()
          }}
        >
          {t('tagAll', { count: candidates.length })}
        </button>
      </div>
      <ol className="candidates">
        {candidates.slice(0, 200).map((c) => (
          <li key={c.start}>
            <span className="context">
              …{c.before}
              <mark>{c.match}</mark>
              {c.after}…
            </span>
            <button
              type="button"
              className="small"
              data-testid="tag-one"
              onClick={() => editing.create(offer.label, offer.type, [c])}
            >
              {t('tag')}
            </button>
          </li>
        ))}
      </ol>
    </section>
  )
}
