// The text of the open document: one block per paragraph, rendered once per document. Highlights are
// painted over it by the HighlightPainter, updated imperatively from the editing state, so adding or
// removing an annotation never re-renders the text.
import { memo, useEffect, useRef } from 'react'
import type { AnnotationEditing } from '../../state/annotation-editing'
import { HighlightPainter } from './highlight-painter'
import { caretOffset, selectedSpan, type TextSpan } from './selection-span'

interface TextViewProps {
  readonly editing: AnnotationEditing
  /** Called when the analyst selects text (a span) or clears the selection (null). */
  readonly onSpanSelected: (span: TextSpan | null) => void
}

export const TextView = memo(function TextView({ editing, onSpanSelected }: TextViewProps) {
  const scroller = useRef<HTMLDivElement>(null)
  const column = useRef<HTMLDivElement>(null)
  const document = editing.document

  useEffect(() => {
    const scrollEl = scroller.current
    const columnEl = column.current
    if (!scrollEl || !columnEl) return
    const blocks = [...columnEl.querySelectorAll<HTMLElement>('p[data-start]')]
    const painter = new HighlightPainter(scrollEl, blocks, document)
    const repaint = (): void => {
      const { annotations, selectedId } = editing.state.get()
      painter.update(annotations, selectedId)
    }
    repaint()
    const unsubscribe = editing.state.subscribe(repaint)
    return () => {
      unsubscribe()
      painter.dispose()
    }
  }, [editing, document])

  const reportSelection = (): void => {
    if (column.current) onSpanSelected(selectedSpan(column.current, document))
  }

  const onClick = (event: React.MouseEvent): void => {
    const selection = window.getSelection()
    if (!column.current || (selection && !selection.isCollapsed)) return
    const offset = caretOffset(column.current, event.clientX, event.clientY, document)
    editing.select(offset === null ? null : (editing.annotationAt(offset)?.id ?? null))
  }

  return (
    <div className="text-scroll" ref={scroller} data-testid="text-scroll">
      <div
        className="text-column"
        ref={column}
        data-testid="document-text"
        lang="fr"
        onMouseUp={reportSelection}
        onKeyUp={(event) => event.shiftKey && reportSelection()}
        onClick={onClick}
      >
        {document.paragraphs.map((p) => (
          <p key={p.start} data-start={p.start} className={p.text ? undefined : 'empty'}>
            {p.text}
          </p>
        ))}
      </div>
    </div>
  )
})
