// Keyboard behaviour every dialog shares (WAI-ARIA dialog pattern): focus moves into the dialog when it
// opens (to the field marked autoFocus, else the first control), Tab and Shift+Tab cycle inside it, Esc
// closes it when it may be closed, and focus returns to where it was when the dialog goes away.
import { useEffect, useRef, useState } from 'react'

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',')

const focusables = (root: HTMLElement): HTMLElement[] =>
  [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0)

/** Attach the returned ref to the element with `role="dialog"`. `onClose` absent: Esc does nothing. */
export function useModalFocus<T extends HTMLElement>(onClose?: () => void) {
  const ref = useRef<T>(null)
  const close = useRef(onClose)
  // Read while rendering, before a field marked autoFocus takes the focus.
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  )
  useEffect(() => {
    close.current = onClose
  })
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (!dialog.contains(document.activeElement)) (focusables(dialog)[0] ?? dialog).focus()
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape' && close.current) {
        event.preventDefault()
        event.stopPropagation()
        close.current()
        return
      }
      if (event.key !== 'Tab') return
      const list = focusables(dialog)
      const first = list[0]
      const last = list[list.length - 1]
      if (!first || !last) return event.preventDefault()
      const active = document.activeElement
      if (event.shiftKey && (active === first || !dialog.contains(active))) {
        event.preventDefault()
        last.focus()
      } else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
        event.preventDefault()
        first.focus()
      }
    }
    dialog.addEventListener('keydown', onKey)
    return () => {
      dialog.removeEventListener('keydown', onKey)
      if (opener?.isConnected && !dialog.contains(opener)) opener.focus()
    }
  }, [opener])
  return ref
}
