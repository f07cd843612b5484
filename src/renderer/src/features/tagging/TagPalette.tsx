// The small palette that appears at a text selection: one button and one key per category.
import { useEffect } from 'react'
import type { TagSchema } from '@shared/model/tag-schema'

interface TagPaletteProps {
  readonly schema: TagSchema
  readonly position: { readonly left: number; readonly top: number }
  readonly onPick: (categoryId: string) => void
  readonly onDismiss: () => void
}

export function TagPalette({ schema, position, onPick, onDismiss }: TagPaletteProps) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.metaKey || event.altKey) return
      if (event.key === 'Escape') return onDismiss()
      const category = schema.categories.find((c) => c.key === event.key.toLowerCase())
      if (category) {
        event.preventDefault()
        onPick(category.id)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [schema, onPick, onDismiss])

  return (
    <div
      className="tag-palette"
      role="toolbar"
      aria-label="Tag the selection"
      data-testid="tag-palette"
      style={{ left: position.left, top: position.top }}
      onMouseDown={(event) => event.preventDefault()}
    >
      {schema.categories.map((c) => (
        <button
          key={c.id}
          type="button"
          className={`tag-button cat-${c.id}`}
          data-testid={`tag-${c.id}`}
          title={`${c.description} (${c.key})`}
          onClick={() => onPick(c.id)}
        >
          <span className="swatch" aria-hidden="true" />
          {c.label}
          <kbd>{c.key}</kbd>
        </button>
      ))}
    </div>
  )
}
