// A short table of keys and what they do, from the review's key lists (state/review-keys.ts): shown in
// the review panel, under the edit form, and in the `?` cheat sheet.
import { useTranslation } from 'react-i18next'
import { displayShortcut } from '../../commands/command'

interface KeyListProps {
  readonly keys: readonly { readonly keys: readonly string[]; readonly does: string }[]
}

export function KeyList({ keys }: KeyListProps) {
  const { t } = useTranslation('review')
  return (
    <dl className="review-keys">
      {keys.map((k) => (
        <div key={k.does}>
          <dt>
            {k.keys.map((key) => (
              <kbd key={key}>{displayShortcut(key)}</kbd>
            ))}
          </dt>
          <dd>{t(k.does)}</dd>
        </div>
      ))}
    </dl>
  )
}
