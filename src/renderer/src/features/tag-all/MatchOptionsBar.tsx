// The matching options shared by Find and Tag all occurrences.
import type { MatchOptions } from './occurrence-candidates'

export function MatchOptionsBar({
  options,
  onChange,
}: {
  options: MatchOptions
  onChange: (o: MatchOptions) => void
}) {
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
      {toggle('caseSensitive', 'Match case', 'Kazakhstan ≠ kazakhstan')}
      {toggle('accentSensitive', 'Match accents', 'État ≠ Etat')}
      {toggle('elision', 'French elision', 'l’Union also finds Union after d’, l’…')}
    </span>
  )
}
