// The annotations of the open document, grouped by category with counts, filterable by label, attribute,
// author and text. The list is virtualised (only visible rows exist), so 20,000 annotations scroll freely.
// A click selects an annotation and scrolls the text to it.
import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Annotation } from '@shared/model/annotation'
import { findCategory, flatLabel, type TagSchema } from '@shared/model/tag-schema'
import { formatNumber } from '../../i18n/format'
import { attributeText, categoryLabel } from '../../i18n/schema-text'
import { NoAnnotations, NoFilterMatch } from '../../components/EmptyStates'
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

/** Memoised: the workbench re-renders on every selection and palette change; the list follows its own stores. */
export const AnnotationList = memo(function AnnotationList({ editing, schema }: AnnotationListProps) {
  const annotations = useStore(editing.state, (s) => s.annotations.list)
  const byLabel = useStore(editing.state, (s) => s.annotations.byLabel)
  const selectedId = useStore(editing.state, (s) => s.selectedId)
  const loading = useStore(editing.state, (s) => s.loading)
  const { t } = useTranslation('annotation-list')
  // The list renders on every edit: its fixed strings are looked up once per language (i18next's `t` costs
  // about a millisecond for these ten at each render).
  const text = useMemo(
    () => ({
      title: t('title'),
      filterText: t('filterText'),
      filterLabel: t('filterLabel'),
      allLabels: t('allLabels'),
      filterAttribute: t('filterAttribute'),
      allAttributes: t('allAttributes'),
      filterAuthor: t('filterAuthor'),
      allAuthors: t('allAuthors'),
      inTextOrder: t('inTextOrder'),
      loading: t('loading'),
    }),
    [t],
  )
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
  useLayoutEffect(() => {
    const el = viewport.current
    if (!el) return
    // Measured before the first paint, so opening a document does not build the rows again a frame later.
    setHeight(el.clientHeight)
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
    <section
      className="annotation-list"
      aria-label={text.title}
      aria-busy={loading}
      data-testid="annotation-list"
    >
      <div className="pane-header">
        <h2>{text.title}</h2>
        <span className="count" data-testid="annotation-count">
          {loading
            ? '…'
            : shown === annotations.length
              ? formatNumber(annotations.length)
              : t('shownOf', { shown, total: annotations.length })}
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
          placeholder={text.filterText}
          aria-label={text.filterText}
          value={filter.text}
          data-testid="filter-text"
          onChange={(e) => set({ text: e.target.value })}
        />
        <div className="filter-selects">
          <FilterSelect
            label={text.filterLabel}
            all={text.allLabels}
            value={filter.label}
            options={options.labels}
            onChange={(label) => set({ label })}
          />
          <FilterSelect
            label={text.filterAttribute}
            all={text.allAttributes}
            value={filter.attribute}
            options={options.attributes}
            optionText={(option) => t('attributeValue', attributeOption(schema, option))}
            onChange={(attribute) => set({ attribute })}
          />
          <FilterSelect
            label={text.filterAuthor}
            all={text.allAuthors}
            value={filter.author}
            options={options.authors}
            onChange={(author) => set({ author })}
          />
        </div>
      </div>
      {annotations.length > 0 && shown === 0 && <NoFilterMatch onClear={() => setFilter(EMPTY_FILTER)} />}
      {loading ? (
        <p className="empty-state" role="status" data-testid="annotations-loading">
          {text.loading}
        </p>
      ) : annotations.length === 0 ? (
        <NoAnnotations />
      ) : (
        <div
          className="list-viewport"
          role="listbox"
          aria-label={text.inTextOrder}
          hidden={shown === 0}
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
                    {groupTitle(schema, row.category, row.title)}{' '}
                    <span className="count">{formatNumber(row.count)}</span>
                  </div>
                )
              const a = row.annotation
              return (
                <AnnotationRow
                  key={a.id}
                  annotation={a}
                  selected={a.id === selectedId}
                  top={top}
                  editing={editing}
                />
              )
            })}
          </div>
        </div>
      )}
    </section>
  )
})

/** One row; memoised, so an edit or a new selection re-renders only the rows it changed. */
const AnnotationRow = memo(function AnnotationRow(props: {
  annotation: Annotation
  selected: boolean
  top: number
  editing: AnnotationEditing
}) {
  const { annotation: a, selected, top, editing } = props
  return (
    <button
      type="button"
      role="option"
      aria-selected={selected}
      className={`annotation-row cat-${a.label}${selected ? ' selected' : ''}`}
      style={{ top }}
      onClick={() => editing.select(a.id, true)}
      data-testid="annotation-row"
    >
      <span className="label">{flatLabel(a)}</span>
      <span className="quote">{a.fragments ? `${a.quote.exact.slice(0, 40)} …` : a.quote.exact}</span>
    </button>
  )
})

function FilterSelect(props: {
  label: string
  all: string
  value: string
  options: string[]
  optionText?: (option: string) => string
  onChange: (v: string) => void
}) {
  return (
    <select aria-label={props.label} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
      <option value="">{props.all}</option>
      {props.options.map((o) => (
        <option key={o} value={o}>
          {props.optionText ? props.optionText(o) : o}
        </option>
      ))}
    </select>
  )
}

/** A group's heading: the category's name in the UI language, or the label itself outside the schema. */
function groupTitle(schema: TagSchema, category: string, title: string): string {
  const definition = findCategory(schema, category)
  return definition ? categoryLabel(definition) : title
}

/** An `attribute=value` filter choice in words (`Kind`, `Joint`), from the first category that defines it. */
function attributeOption(schema: TagSchema, option: string): { name: string; value: string } {
  const [attribute = '', value = ''] = option.split('=')
  const category = schema.categories.find((c) => c.attributes.some((a) => a.id === attribute))
  return attributeText(category, attribute, value)
}
