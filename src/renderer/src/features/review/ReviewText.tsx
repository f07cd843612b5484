// The text under review: the document's paragraphs, painted by the ReviewPainter with each kind of item
// looking different, the item in hand outlined and scrolled into view. A click on an item makes it the
// one in hand (the innermost one that still needs a decision, else the innermost).
import { memo, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { offsetAtPoint } from '../../components/dom-offsets'
import { Paragraphs } from '../../components/Paragraphs'
import type { ReviewSession } from '../../state/review-session'
import { ReviewMarks } from './ReviewMarks'
import { ReviewPainter } from './review-painter'

export const ReviewText = memo(function ReviewText({ session }: { session: ReviewSession }) {
  const { t } = useTranslation('review')
  const scroller = useRef<HTMLDivElement>(null)
  const [column, setColumn] = useState<HTMLDivElement | null>(null)
  const [painter, setPainter] = useState<ReviewPainter | null>(null)

  useEffect(() => {
    if (!column || !scroller.current) return
    const blocks = [...column.querySelectorAll<HTMLElement>('p[data-start]')]
    const created = new ReviewPainter(scroller.current, blocks, session.document, session.items)
    setPainter(created)
    return () => created.dispose()
  }, [session, column])

  useEffect(() => {
    if (!painter) return
    let shown: string | null = null
    const repaint = (): void => {
      const { decided, currentKey, draft } = session.state.get()
      painter.update(decided, currentKey, draft?.annotation ?? null)
      const item = session.item(currentKey)
      if (item && currentKey !== shown) painter.reveal(item)
      shown = currentKey
    }
    repaint()
    return session.state.subscribe(repaint)
  }, [painter, session])

  const onClick = (event: React.MouseEvent): void => {
    if (!painter || !column || window.getSelection()?.isCollapsed === false) return
    const offset = offsetAtPoint(column, event.clientX, event.clientY, session.document)
    if (offset === null) return
    const here = painter.itemsAt(offset)
    const decided = session.state.get().decided
    const pick = here.find((item) => !decided.has(item.key)) ?? here[0]
    if (pick) session.select(pick.key)
  }

  return (
    <div className="text-scroll" ref={scroller} data-testid="review-text-scroll">
      <div
        className="text-column review-text"
        ref={setColumn}
        data-testid="review-text"
        lang="fr"
        // Focusable, so the keyboard can scroll the text (and axe's scrollable-region rule holds).
        tabIndex={0}
        role="document"
        aria-label={t('textLabel', { title: session.document.meta.title })}
        onClick={onClick}
      >
        <Paragraphs document={session.document} />
        {painter && column && <ReviewMarks painter={painter} session={session} column={column} />}
      </div>
    </div>
  )
})
