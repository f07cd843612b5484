// The annotations of the open document, grouped by category with counts, filterable by label, attribute,
// author and text. The list is virtualised (only visible rows exist), so 20,000 annotations scroll freely.
// A click selects an annotation and scrolls the text to it.
import { useEffect, useMemo, useRef, useState } from 'react'
import { flatLabel, type TagSchema } from '@shared/model/tag-schema'
import type { AnnotationEditing } from '../../state/annotation-editing'
import { useStore } from '../../state/store'
import {
  EMPTY_FILTER,
  filterOptions,
  listGroups,
  prepareTextFilter,
  rowsBetween,
  type ListFilter,
} from './list-rows'

const ROW_HEIGHT = 30

interface AnnotationListProps {
  readonly editing: AnnotationEditing
  readonly schema: TagSchema
}

export function AnnotationList({ editing, schema }: AnnotationListProps) {
  const annotations = useStore(editing.state, (s) => s.annotations.list)
  const byLabel = useStore(editing.state, (s) => s.annotations.byLabel)
  const selectedId = useStore(editing.state, (s) => s.selectedId)
  const [filter, setFilter] = useState<ListFilter>(EMPTY_FILTER)
  const [scrollTop, setScrollTop] = useState(0)
  const [height, setHeight] = useState(600)
  // Groups, not rows: only the visible rows are built, and an edit refilters only the groups it touched.
  const groups = useMemo(() => listGroups(schema, byLabel, filter), [schema, byLabel, filter])
  /** The filter choices are computed only once the analyst opens a filter (20,000 rows otherwise). */
  const [optionsWanted, setOptionsWanted] = useState(false)
  const options = useMemo(
    () => (optionsWanted ? filterOptions(annotations) : { labels: [], authors: [], attributes: [] }),
    [annotations, optionsWanted],
  )
  const viewport = useRef<HTMLDivElement>(null)
  const isEmpty = annotations.length === 0
  useEffect(() => {
    const el = viewport.current
    if (!el) return
    const observer = new ResizeObserver(() => setHeight(el.clientHeight))
    observer.observe(el)
    return () => observer.disconnect()
  }, [isEmpty])
  let shown = 0
  for (const g of groups) shown += g.items.length
  const rowCount = shown + groups.length
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - 5)
  const last = Math.min(rowCount, Math.ceil((scrollTop + height) / ROW_HEIGHT) + 5)
  const set = (patch: Partial<ListFilter>): void => setFilter((f) => ({ ...f, ...patch }))

  return (
    <section className="annotation-list" aria-label="Annotations" data-testid="annotation-list">
      <div className="pane-header">
        <h2>Annotations</h2>
        <span className="count" data-testid="annotation-count">
          {shown === annotations.length ? annotations.length : `${shown} of ${annotations.length}`}
        </span>
      </div>
      <div
        className="filters"
        onFocus={() => {
          setOptionsWanted(true)
          // Fold the quotes and notes once, after this focus is painted, not on the first keystroke.
          setTimeout(() => prepareTextFilter(editing.state.get().annotations.list), 0)
        }}
        onMouseDown={() => setOptionsWanted(true)}
      >
        <input
          type="search"
          placeholder="Filter by text or note"
          aria-label="Filter by text or note"
          value={filter.text}
          data-testid="filter-text"
          onChange={(e) => set({ text: e.target.value })}
        />
        <div className="filter-selects">
          <FilterSelect
            label="Label"
            value={filter.label}
            options={options.labels}
            onChange={(label) => set({ label })}
          />
          <FilterSelect
            label="Attribute"
            value={filter.attribute}
            options={options.attributes}
            onChange={(attribute) => set({ attribute })}
          />
          <FilterSelect
            label="Author"
            value={filter.author}
            options={options.authors}
            onChange={(author) => set({ author })}
          />
        </div>
      </div>
      {annotations.length === 0 ? (
        <p className="empty-state">
          Select words in the text, then pick a category (or press its key). Press ? for all shortcuts.
        </p>
      ) : (
        <div
          className="list-viewport"
          role="listbox"
          aria-label="Annotations in text order"
          ref={viewport}
          onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        >
          <div style={{ height: rowCount * ROW_HEIGHT, position: 'relative' }}>
            {rowsBetween(groups, first, last).map(({ row, index }) => {
              const top = index * ROW_HEIGHT
              if (row.kind === 'header')
                return (
                  <div
                    key={`h-${row.category}`}
                    className={`group-header cat-${row.category}`}
                    style={{ top }}
                  >
                    <span className="swatch" aria-hidden="true" />
                    {row.title} <span className="count">{row.count}</span>
                  </div>
                )
              const a = row.annotation
              return (
                <button
                  key={a.id}
                  type="button"
                  role="option"
                  aria-selected={a.id === selectedId}
                  className={`annotation-row cat-${a.label}${a.id === selectedId ? ' selected' : ''}`}
                  style={{ top }}
                  onClick={() => editing.select(a.id, true)}
                  data-testid="annotation-row"
                >
                  <span className="label">{flatLabel(a)}</span>
                  <span className="quote">
                    {a.fragments ? `${a.quote.exact.slice(0, 40)} …` : a.quote.exact}
                  </span>
                </button>
              )
            })}
          </div>
        </div>
      )}
    </section>
  )
}

function FilterSelect(props: {
  label: string
  value: string
  options: string[]
  onChange: (v: string) => void
}) {
  return (
    <select
      aria-label={`Filter by ${props.label.toLowerCase()}`}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
    >
      <option value="">{props.label}: all</option>
      {props.options.map((o) => (
        <option key={o} value={o}>
          {o}
        </option>
      ))}
    </select>
  )
}
