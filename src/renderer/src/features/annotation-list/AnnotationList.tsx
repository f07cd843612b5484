// The annotations of the open document in text order, with counts per category; a click selects one and
// scrolls the text to it.
import type { Annotation } from '@shared/model/annotation'
import { categoryOf, type TagSchema } from '@shared/model/tag-schema'

/** Beyond this the list shows a count instead of rows (virtualised browsing arrives with the editor). */
const MAX_ROWS = 500

interface AnnotationListProps {
  readonly schema: TagSchema
  readonly annotations: readonly Annotation[]
  readonly selectedId: string | null
  readonly onSelect: (id: string) => void
}

export function AnnotationList({ schema, annotations, selectedId, onSelect }: AnnotationListProps) {
  const counts = new Map<string, number>()
  for (const a of annotations) counts.set(categoryOf(a.label), (counts.get(categoryOf(a.label)) ?? 0) + 1)
  return (
    <aside className="annotation-list" aria-label="Annotations" data-testid="annotation-list">
      <div className="pane-header">
        <h2>Annotations</h2>
        <span className="count" data-testid="annotation-count">
          {annotations.length}
        </span>
      </div>
      <div className="category-counts">
        {schema.categories.map((c) => (
          <span key={c.id} className={`chip cat-${c.id}`}>
            <span className="swatch" aria-hidden="true" />
            {c.label} {counts.get(c.id) ?? 0}
          </span>
        ))}
      </div>
      {annotations.length === 0 ? (
        <p className="empty-state">Select words in the text, then pick a category (or press its key).</p>
      ) : (
        <ol>
          {annotations.slice(0, MAX_ROWS).map((a) => (
            <li key={a.id}>
              <button
                type="button"
                className={`annotation-row cat-${categoryOf(a.label)}${a.id === selectedId ? ' selected' : ''}`}
                aria-pressed={a.id === selectedId}
                onClick={() => onSelect(a.id)}
                data-testid="annotation-row"
              >
                <span className="label">{a.label}</span>
                <span className="quote">{a.quote.exact}</span>
              </button>
            </li>
          ))}
          {annotations.length > MAX_ROWS && (
            <li className="more">… and {annotations.length - MAX_ROWS} more</li>
          )}
        </ol>
      )}
    </aside>
  )
}
