// What highlights cannot draw: a check after each decided item near the viewport, and an outline around
// the item in hand. A few elements for what is on screen, re-placed after each paint, never one per item
// of the document.
import { useEffect, useState } from 'react'
import type { ReviewSession } from '../../state/review-session'
import type { ReviewPainter } from './review-painter'

interface Box {
  readonly key: string
  readonly left: number
  readonly top: number
  readonly width: number
  readonly height: number
}

/** At most this many checks: a window of two screens each way rarely holds more decided items. */
const MAX_CHECKS = 400

interface ReviewMarksProps {
  readonly painter: ReviewPainter
  readonly session: ReviewSession
  /** The text column: the marks are placed relative to it, and again when its size changes. */
  readonly column: HTMLElement
}

export function ReviewMarks({ painter, session, column }: ReviewMarksProps) {
  const [marks, setMarks] = useState<{ checks: Box[]; outline: Box[] }>({ checks: [], outline: [] })
  useEffect(() => {
    const place = (): void => {
      const origin = painter.columnRect()
      if (!origin) return
      const { decided, currentKey, draft } = session.state.get()
      const relative = (key: string, r: DOMRect): Box => ({
        key,
        left: r.left - origin.left,
        top: r.top - origin.top,
        width: r.width,
        height: r.height,
      })
      const checks: Box[] = []
      for (const item of painter.itemsInWindow()) {
        if (!decided.has(item.key)) continue
        const last = painter.rectsOf(item).at(-1)
        if (last) checks.push(relative(item.key, last))
        if (checks.length >= MAX_CHECKS) break
      }
      const current = draft ? draft.annotation : session.item(currentKey)
      const outline = current ? painter.rectsOf(current).map((r, i) => relative(`outline-${i}`, r)) : []
      setMarks({ checks, outline })
    }
    place()
    const stopPaint = painter.onPainted(place)
    const resize = new ResizeObserver(place)
    resize.observe(column)
    return () => {
      stopPaint()
      resize.disconnect()
    }
  }, [painter, session, column])

  return (
    <div className="review-marks" aria-hidden="true">
      {marks.outline.map((b) => (
        <div
          key={b.key}
          className="review-outline"
          data-testid="review-outline"
          style={{ left: b.left - 2, top: b.top - 1, width: b.width + 4, height: b.height + 2 }}
        />
      ))}
      {marks.checks.map((b) => (
        <span key={b.key} className="review-check" style={{ left: b.left + b.width, top: b.top }}>
          ✓
        </span>
      ))}
    </div>
  )
}
