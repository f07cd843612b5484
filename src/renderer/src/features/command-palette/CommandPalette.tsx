// The command palette (Ctrl/⌘+K): every command of the window, found by typing a few letters, run with
// Enter. Follows the ARIA combobox pattern: the field owns a listbox, the active option is announced through
// aria-activedescendant while focus stays in the field. Commands that do not apply now are greyed, with why.
import { useEffect, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Command, CommandContext } from '../../commands/command'
import { displayShortcut } from '../../commands/command'
import { useModalFocus } from '../../components/use-modal-focus'
import { rankByMatch, type FuzzyMatch } from './fuzzy-match'
import { paletteEntries, type PaletteEntry } from './palette-entries'
import './command-palette.css'

interface CommandPaletteProps {
  readonly commands: readonly (readonly Command[])[]
  readonly context: () => CommandContext
  readonly onClose: () => void
}

export function CommandPalette({ commands, context, onClose }: CommandPaletteProps) {
  const { t } = useTranslation('command-palette')
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const dialog = useModalFocus<HTMLDivElement>(onClose)
  const id = useId()
  const entries = useMemo(() => paletteEntries(commands, context()), [commands, context])
  const shown = rankByMatch(entries, query, (e) => e.command.label)
  const current = Math.min(active, shown.length - 1)
  useEffect(() => {
    document.getElementById(`${id}-option-${current}`)?.scrollIntoView({ block: 'nearest' })
  }, [id, current])

  const run = (entry: PaletteEntry | undefined): void => {
    if (!entry?.enabled) return
    onClose()
    entry.command.run(context())
  }
  const onKeyDown = (event: React.KeyboardEvent): void => {
    const move = { ArrowDown: 1, ArrowUp: -1, PageDown: 5, PageUp: -5 }[event.key]
    if (move !== undefined && shown.length > 0) {
      event.preventDefault()
      setActive((Math.max(0, current) + move + shown.length * 5) % shown.length)
    } else if (event.key === 'Home' && event.ctrlKey) setActive(0)
    else if (event.key === 'End' && event.ctrlKey) setActive(shown.length - 1)
    else if (event.key === 'Enter') {
      event.preventDefault()
      run(shown[current]?.item)
    }
  }

  return (
    <div className="modal-backdrop palette-backdrop" onMouseDown={onClose}>
      <div
        ref={dialog}
        className="command-palette"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        data-testid="command-palette"
        onMouseDown={(event) => event.stopPropagation()}
      >
        <h2 id={`${id}-title`} className="visually-hidden">
          {t('title')}
        </h2>
        <input
          autoFocus
          type="text"
          role="combobox"
          aria-expanded="true"
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={current >= 0 ? `${id}-option-${current}` : undefined}
          aria-label={t('inputLabel')}
          placeholder={t('placeholder')}
          value={query}
          spellCheck={false}
          data-testid="command-palette-input"
          onChange={(event) => {
            setQuery(event.target.value)
            setActive(0)
          }}
          onKeyDown={onKeyDown}
        />
        <ul id={`${id}-list`} role="listbox" aria-label={t('listLabel')} className="palette-options">
          {shown.map(({ item, match }, index) => (
            <li
              key={item.command.id}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === current}
              aria-disabled={!item.enabled}
              className={`palette-option${index === current ? ' active' : ''}${item.enabled ? '' : ' disabled'}`}
              data-testid={`palette-${item.command.id}`}
              onMouseMove={() => index !== current && setActive(index)}
              onClick={() => run(item)}
            >
              <span className="palette-label">
                <Emphasised text={item.command.label} match={match} />
                {item.reason && <span className="palette-reason"> — {t(`reason.${item.reason}`)}</span>}
              </span>
              <span className="palette-keys">
                {item.command.shortcuts.slice(0, 2).map((s) => (
                  <kbd key={s}>{displayShortcut(s)}</kbd>
                ))}
              </span>
            </li>
          ))}
        </ul>
        {shown.length === 0 && (
          <p className="palette-empty" role="status">
            {t('noMatch', { query })}
          </p>
        )}
        <p className="palette-hint" aria-hidden="true">
          <kbd>↑</kbd> <kbd>↓</kbd> {t('hintMove')} · <kbd>{displayShortcut('Enter')}</kbd> {t('hintRun')} ·{' '}
          <kbd>{displayShortcut('Escape')}</kbd> {t('hintClose')}
        </p>
      </div>
    </div>
  )
}

/** The label with the typed letters in bold. */
function Emphasised({ text, match }: { text: string; match: FuzzyMatch }) {
  if (match.indices.length === 0) return <>{text}</>
  const hit = new Set(match.indices)
  const parts: { text: string; hit: boolean }[] = []
  for (let i = 0; i < text.length; i++) {
    const last = parts[parts.length - 1]
    if (last?.hit === hit.has(i)) last.text += text[i]
    else parts.push({ text: text[i] ?? '', hit: hit.has(i) })
  }
  return parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))
}
