// The palette that appears at a selection: one key per category, then one per type (`e` then `s` for
// ENTITY:STATE), number keys for the first nine labels, Enter to repeat the last label. The same palette
// retags the selected annotation and creates an entity on the spot while filling a role.
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { schemaLabels } from '@shared/model/schema-labels'
import type { TagSchema } from '@shared/model/tag-schema'
import { displayShortcut } from '../../commands/command'
import { categoryDescription, categoryLabel, typeLabel } from '../../i18n/schema-text'
import type { LabelChoice } from '../../state/editor-mode'

interface TagPaletteProps {
  readonly schema: TagSchema
  readonly title: string
  readonly position: { readonly left: number; readonly top: number }
  /** Only these categories may be chosen (filling a role); all when undefined. */
  readonly allowed?: readonly string[]
  readonly last: LabelChoice | null
  /** Offered when an annotation is selected: add the selection to it as a fragment. */
  readonly onAddFragment?: () => void
  readonly onPick: (choice: LabelChoice) => void
  readonly onDismiss: () => void
}

export function TagPalette(props: TagPaletteProps) {
  const { schema, title, position, allowed, last, onAddFragment, onPick, onDismiss } = props
  const { t } = useTranslation('tagging')
  const [category, setCategory] = useState<string | null>(null)
  const categories = schema.categories.filter((c) => !allowed || allowed.includes(c.id))
  const open = categories.find((c) => c.id === category)
  const numbered = schemaLabels(schema).filter((l) => !allowed || allowed.includes(l.category))

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.metaKey || event.altKey) return
      const key = event.key.toLowerCase()
      const handled = (): void => {
        event.preventDefault()
        event.stopPropagation()
      }
      if (key === 'escape') return (handled(), open ? setCategory(null) : onDismiss())
      if (key === 'enter' && last && (!allowed || allowed.includes(last.label)))
        return (handled(), onPick(last))
      if (key === '+' && onAddFragment) return (handled(), onAddFragment())
      if (open) {
        const type = open.types.find((t) => t.key === key)
        if (type) return (handled(), onPick({ label: open.id, type: type.id }))
        if (key === open.key) return (handled(), onPick({ label: open.id, type: undefined }))
        return
      }
      const numberedLabel = /^[1-9]$/.test(key) ? numbered.find((l) => l.number === Number(key)) : undefined
      if (numberedLabel)
        return (handled(), onPick({ label: numberedLabel.category, type: numberedLabel.type }))
      const picked = categories.find((c) => c.key === key)
      if (!picked) return
      handled()
      if (picked.types.length === 0) onPick({ label: picked.id, type: undefined })
      else setCategory(picked.id)
    }
    const onOutside = (event: MouseEvent): void => {
      if (!(event.target as Element | null)?.closest('.tag-palette')) onDismiss()
    }
    window.addEventListener('keydown', onKey, true)
    window.addEventListener('mousedown', onOutside, true)
    return () => {
      window.removeEventListener('keydown', onKey, true)
      window.removeEventListener('mousedown', onOutside, true)
    }
  }, [categories, open, numbered, last, allowed, onAddFragment, onPick, onDismiss])

  return (
    <div
      className="tag-palette"
      role="dialog"
      aria-label={title}
      data-testid="tag-palette"
      style={{ left: Math.min(position.left, window.innerWidth - 380), top: position.top }}
      onMouseDown={(event) => event.preventDefault()}
    >
      <div className="palette-title">{title}</div>
      <div className="palette-row" role="menu">
        {categories.map((c) => (
          <button
            key={c.id}
            type="button"
            role="menuitem"
            className={`tag-button cat-${c.id}${open?.id === c.id ? ' open' : ''}`}
            data-testid={`tag-${c.id}`}
            title={`${categoryDescription(c)} (${c.key})`}
            onClick={() =>
              c.types.length === 0 ? onPick({ label: c.id, type: undefined }) : setCategory(c.id)
            }
          >
            <span className="swatch" aria-hidden="true" />
            {categoryLabel(c)}
            <kbd>{c.key}</kbd>
          </button>
        ))}
      </div>
      {open && (
        <div
          className="palette-row types"
          role="menu"
          aria-label={t('typesOf', { category: categoryLabel(open) })}
        >
          {open.types.map((type) => (
            <button
              key={type.id}
              type="button"
              role="menuitem"
              className="tag-button type"
              data-testid={`tag-${open.id}-${type.id}`}
              onClick={() => onPick({ label: open.id, type: type.id })}
            >
              {typeLabel(open, type)}
              <kbd>{type.key}</kbd>
            </button>
          ))}
          <button
            type="button"
            role="menuitem"
            className="tag-button type"
            data-testid={`tag-${open.id}-none`}
            onClick={() => onPick({ label: open.id, type: undefined })}
          >
            {t('noType')} <kbd>{open.key}</kbd>
          </button>
        </div>
      )}
      <div className="palette-hints">
        {last && (
          <span>
            <kbd>{displayShortcut('Enter')}</kbd>{' '}
            {t('again', { label: last.type ? `${last.label}:${last.type}` : last.label })}
          </span>
        )}
        {onAddFragment && (
          <button type="button" className="link" onClick={onAddFragment} data-testid="add-fragment">
            <kbd>+</kbd> {t('addFragment')}
          </button>
        )}
        <span>
          <kbd>1</kbd>–<kbd>9</kbd> {t('labels')} · <kbd>{displayShortcut('Escape')}</kbd> {t('close')}
        </span>
      </div>
    </div>
  )
}
