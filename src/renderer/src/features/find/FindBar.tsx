// Find in the text (Ctrl/⌘+F): matches are highlighted, Enter and Shift+Enter step through them, and all
// matches can be tagged with one label as one undo step.
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { schemaLabels } from '@shared/model/schema-labels'
import type { TagSchema } from '@shared/model/tag-schema'
import type { AnnotationEditing } from '../../state/annotation-editing'
import type { Span } from '../document-view/highlight-painter'
import { MatchOptionsBar } from '../tag-all/MatchOptionsBar'
import { matchSpans, type MatchOptions } from '../tag-all/occurrence-candidates'

interface FindBarProps {
  readonly editing: AnnotationEditing
  readonly schema: TagSchema
  readonly onMatches: (matches: readonly Span[], current: number) => void
  readonly onClose: () => void
}

export function FindBar({ editing, schema, onMatches, onClose }: FindBarProps) {
  const { t } = useTranslation('find')
  const [needle, setNeedle] = useState('')
  const [options, setOptions] = useState<MatchOptions>({
    caseSensitive: false,
    accentSensitive: false,
    elision: false,
  })
  const [current, setCurrent] = useState(0)
  const [label, setLabel] = useState('')
  const matches = useMemo(() => matchSpans(editing.document, needle, options), [editing, needle, options])
  useEffect(() => onMatches(matches, current), [matches, current, onMatches])
  const labels = schemaLabels(schema)
  const step = (d: number): void =>
    setCurrent((c) => (matches.length ? (c + d + matches.length) % matches.length : 0))

  return (
    <div className="find-bar" role="search" data-testid="find-bar">
      <input
        autoFocus
        type="search"
        placeholder={t('placeholder')}
        aria-label={t('placeholder')}
        value={needle}
        data-testid="find-input"
        onChange={(e) => {
          setNeedle(e.target.value)
          setCurrent(0)
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') step(e.shiftKey ? -1 : 1)
          if (e.key === 'Escape') onClose()
        }}
      />
      <span className="count" data-testid="find-count">
        {needle ? t('count', { current: matches.length ? current + 1 : 0, total: matches.length }) : ''}
      </span>
      <MatchOptionsBar options={options} onChange={setOptions} />
      <select
        aria-label={t('labelFor')}
        value={label}
        onChange={(e) => setLabel(e.target.value)}
        data-testid="find-label"
      >
        <option value="">{t('tagAs')}</option>
        {labels.map((l) => (
          <option key={l.label} value={l.label}>
            {l.label}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="small"
        disabled={!label || matches.length === 0}
        data-testid="find-tag-all"
        onClick={() => {
          const [category = '', type] = label.split(':')
          editing.createMany(category, type, matches)
        }}
      >
        {t('tag', { count: matches.length })}
      </button>
      <button type="button" className="link" onClick={onClose} aria-label={t('close')}>
        ×
      </button>
    </div>
  )
}
