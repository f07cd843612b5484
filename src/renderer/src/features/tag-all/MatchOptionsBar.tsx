// The matching options shared by Find and Tag all occurrences.
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { MatchOptions } from './occurrence-candidates'

/** Memoised: its panels re-render on every edit, its options only change when the analyst ticks one. */
export const MatchOptionsBar = memo(function MatchOptionsBar({
  options,
  onChange,
}: {
  options: MatchOptions
  onChange: (o: MatchOptions) => void
}) {
  const { t } = useTranslation('tag-all')
  const toggle = (key: keyof MatchOptions, label: string, title: string) => (
    <label className="toggle" title={title}>
      <input
        type="checkbox"
        checked={options[key]}
        onChange={(e) => onChange({ ...options, [key]: e.target.checked })}
        data-testid={`option-${key}`}
      />
      {label}
    </label>
  )
  return (
    <span className="match-options">
      {toggle('caseSensitive', t('matchCase'), t('matchCaseTitle'))}
      {toggle('accentSensitive', t('matchAccents'), t('matchAccentsTitle'))}
      {toggle('elision', t('elision'), t('elisionTitle'))}
    </span>
  )
})
