// The review's keyboard: one key per step through the queue and per decision (state/review-keys.ts), and
// while a candidate is edited, its boundaries (Shift/Alt+arrows), its label (the palette's keys: `e s`,
// or a number for the first nine labels), Enter and Esc. Keys typed into a field, or while another
// dialog is open, are left alone; `?` opens the cheat sheet and Esc closes it first.
import { useEffect } from 'react'
import { schemaLabels } from '@shared/model/schema-labels'
import type { TagSchema } from '@shared/model/tag-schema'
import { moveBoundary, relabel } from '../../state/review-draft'
import { draftActionOf, reviewActionOf, type ReviewAction } from '../../state/review-keys'
import type { ReviewSession } from '../../state/review-session'
import { patchUi, ui } from '../../state/ui-state'

const isMac = typeof navigator !== 'undefined' && navigator.platform.includes('Mac')
const TYPING = 'input:not([type="checkbox"]):not([type="radio"]), textarea, select, [contenteditable="true"]'

export function useReviewKeys(session: ReviewSession, schema: TagSchema, onLeave: () => void): void {
  useEffect(() => {
    /** The category whose type key is awaited while editing (`e`, then `s`). */
    let pending: string | null = null

    const labelKey = (event: KeyboardEvent): boolean => {
      if (event.ctrlKey || event.metaKey || event.altKey) return false
      const key = event.key.toLowerCase()
      const waiting = pending === null ? undefined : schema.categories.find((c) => c.id === pending)
      pending = null
      if (waiting) {
        const type = waiting.types.find((t) => t.key === key)
        if (type) session.updateDraft((d) => relabel(d, waiting.id, type.id))
        else if (key === waiting.key) session.updateDraft((d) => relabel(d, waiting.id, undefined))
        return Boolean(type) || key === waiting.key
      }
      const numbered = /^[1-9]$/.test(key) ? schemaLabels(schema).find((l) => l.number === Number(key)) : null
      if (numbered) {
        session.updateDraft((d) => relabel(d, numbered.category, numbered.type))
        return true
      }
      const category = schema.categories.find((c) => c.key === key)
      if (!category) return false
      if (category.types.length === 0) session.updateDraft((d) => relabel(d, category.id, undefined))
      else pending = category.id
      return true
    }

    const onDraftKey = (event: KeyboardEvent, typing: boolean): void => {
      const action = draftActionOf(event)
      if (action) {
        event.preventDefault()
        pending = null
        if (action.kind === 'move') {
          const { which, delta } = action
          session.updateDraft((d) => moveBoundary(d, session.document, which, delta))
        } else if (action.kind === 'accept') session.acceptEdit()
        else session.cancelEdit()
        return
      }
      if (!typing && labelKey(event)) event.preventDefault()
    }

    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented) return
      if (ui.get().cheatSheet) {
        if (event.key === 'Escape' || event.key === '?') {
          event.preventDefault()
          patchUi({ cheatSheet: false })
        }
        return
      }
      if (document.querySelector('[aria-modal="true"]')) return
      const typing = Boolean((event.target as HTMLElement | null)?.closest?.(TYPING))
      if (session.state.get().draft) return onDraftKey(event, typing)
      if (typing) return
      if (event.key === '?') {
        event.preventDefault()
        return patchUi({ cheatSheet: true })
      }
      const action = reviewActionOf(event, isMac)
      if (!action) return
      event.preventDefault()
      run(action)
    }

    const run = (action: ReviewAction): void => {
      switch (action.kind) {
        case 'next':
          return session.step(1)
        case 'previous':
          return session.step(-1)
        case 'accept': {
          const annotator = session.annotators[action.annotator]
          if (annotator) session.decide({ kind: 'accept', annotator })
          return
        }
        case 'accept-all':
          return void session.decide({ kind: 'accept-all' })
        case 'reject':
          return void session.decide({ kind: 'reject' })
        case 'edit':
          return session.startEdit()
        case 'undo':
          return void session.undo()
        case 'redo':
          return void session.redo()
        case 'leave':
          return onLeave()
      }
    }

    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [session, schema, onLeave])
}
