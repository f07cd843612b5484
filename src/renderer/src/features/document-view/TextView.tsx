// The text of the open document: one block per paragraph, rendered once per document. Highlights are
// painted over it by the HighlightPainter, updated imperatively from the editing state, so adding or
// removing an annotation never re-renders the text. Mouse and keyboard selection, clicks on highlights
// and hovering are turned into offsets here and reported to the caller.
import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TagSchema } from '@shared/model/tag-schema'
import { annotationsAt } from '@shared/editing/sorted-annotations'
import type { AnnotationEditing } from '../../state/annotation-editing'
import { useStore } from '../../state/store'
import { HighlightPainter, type Span } from './highlight-painter'
import { RoleLinks } from './RoleLinks'
import { Paragraphs } from '../../components/Paragraphs'
import type { PointedAnnotations, TextSpan } from '../../state/text-targets'
import { caretOffset, moveCaret, placeCaretAtStart, selectedSpan } from './selection-span'

interface TextViewProps {
  readonly editing: AnnotationEditing
  readonly schema: TagSchema
  readonly findMatches: readonly Span[]
  /** The find match to scroll to. */
  readonly findCurrent: number
  /** A text selection was made (null: cleared). `extend`: the analyst held Ctrl/Cmd to add a fragment. */
  readonly onSpanSelected: (span: TextSpan | null, extend: boolean) => void
  /** A click on the text: every annotation under it, innermost first (may be empty). */
  readonly onPointClicked: (pointed: PointedAnnotations) => void
  readonly onHover: (pointed: PointedAnnotations | null) => void
}

export const TextView = memo(function TextView(props: TextViewProps) {
  const { editing, schema, findMatches, findCurrent, onSpanSelected, onPointClicked, onHover } = props
  const scroller = useRef<HTMLDivElement>(null)
  const column = useRef<HTMLDivElement>(null)
  const [painter, setPainter] = useState<HighlightPainter | null>(null)
  const { t } = useTranslation('document-view')
  const document = editing.document
  // The text shows before its annotations have arrived; it says so to assistive technology meanwhile.
  const loading = useStore(editing.state, (s) => s.loading)

  // Before the first paint of the text, so its highlights show in the same frame (and no second frame
  // recomputes style for them): the layout this forces is the one the frame would do anyway.
  useLayoutEffect(() => {
    const blocks = [...column.current!.querySelectorAll<HTMLElement>('p[data-start]')]
    const created = new HighlightPainter(scroller.current!, blocks, document, schema)
    const { annotations, selectedId } = editing.state.get()
    created.update(annotations, selectedId, schema)
    setPainter(created)
    return () => created.dispose()
    // The painter lives as long as the document; schema changes are passed to update().
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [document])

  useEffect(() => {
    if (!painter) return
    const repaint = (): void => {
      const { annotations, selectedId } = editing.state.get()
      painter.update(annotations, selectedId, schema)
    }
    repaint()
    return editing.state.subscribe(repaint)
  }, [painter, editing, schema])

  useEffect(() => painter?.setFindMatches(findMatches), [painter, findMatches])
  useEffect(() => {
    const match = findMatches[findCurrent]
    if (painter && match) scrollIntoView(scroller.current, painter.rectsOf(match)[0])
  }, [painter, findMatches, findCurrent])
  useReveal(editing, painter, scroller)

  const report = (event: { altKey: boolean; ctrlKey: boolean; metaKey: boolean }): void => {
    onSpanSelected(selectedSpan(column.current!, document, !event.altKey), event.ctrlKey || event.metaKey)
  }

  const pointed = (x: number, y: number): PointedAnnotations => {
    const offset = caretOffset(column.current!, x, y, document)
    const list = offset === null ? [] : annotationsAt(editing.state.get().annotations.list, offset)
    return { annotations: list, x, y }
  }

  return (
    <div className="text-scroll" ref={scroller} data-testid="text-scroll">
      <div
        className="text-column"
        ref={column}
        data-testid="document-text"
        lang="fr"
        tabIndex={0}
        role="document"
        aria-label={t('textOf', { title: document.meta.title })}
        aria-busy={loading}
        onMouseUp={report}
        onFocus={() => {
          const selection = window.getSelection()
          if (!selection?.anchorNode || !column.current!.contains(selection.anchorNode))
            placeCaretAtStart(column.current!)
        }}
        onKeyDown={(event) => {
          if (moveCaret(event.nativeEvent, column.current!)) event.preventDefault()
        }}
        onKeyUp={(event) => {
          // From the keyboard, Ctrl/⌘ means "by word", never "add a fragment".
          if (event.key.startsWith('Arrow') && event.shiftKey)
            report({ altKey: event.altKey, ctrlKey: false, metaKey: false })
        }}
        onClick={(event) => {
          if (window.getSelection()?.isCollapsed === false) return
          onPointClicked(pointed(event.clientX, event.clientY))
        }}
        onMouseMove={(event) =>
          event.buttons === 0 ? onHover(pointed(event.clientX, event.clientY)) : undefined
        }
        onMouseLeave={() => onHover(null)}
      >
        <Paragraphs document={document} />
        {painter && <RoleLinks editing={editing} painter={painter} schema={schema} />}
      </div>
    </div>
  )
})

/** Scrolls the selected annotation into view when it was chosen from elsewhere (the list, next/previous). */
function useReveal(
  editing: AnnotationEditing,
  painter: HighlightPainter | null,
  scroller: React.RefObject<HTMLDivElement | null>,
): void {
  useEffect(() => {
    if (!painter) return
    let last = editing.state.get().reveal
    return editing.state.subscribe(() => {
      const { reveal, annotations } = editing.state.get()
      if (reveal === last) return
      last = reveal
      const target = reveal && annotations.byId.get(reveal.id)
      if (target) scrollIntoView(scroller.current, painter.rectsOf(target)[0])
    })
  }, [editing, painter, scroller])
}

function scrollIntoView(box: HTMLElement | null, rect: DOMRect | undefined): void {
  if (!box || !rect) return
  const view = box.getBoundingClientRect()
  if (rect.top < view.top + 40 || rect.bottom > view.bottom - 40)
    box.scrollTop += rect.top - view.top - view.height / 3
}
