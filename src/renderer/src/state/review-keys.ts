// The review's keys, in one place for the key handler, the queue panel's key hints and the `?` cheat
// sheet: what each key press means while reviewing, and while editing a candidate before accepting it.

export type ReviewAction =
  | { readonly kind: 'next' | 'previous' | 'accept-all' | 'reject' | 'edit' | 'undo' | 'redo' | 'leave' }
  | { readonly kind: 'accept'; readonly annotator: number }

export type DraftAction =
  | { readonly kind: 'move'; readonly which: 'start' | 'end'; readonly delta: 1 | -1 }
  | { readonly kind: 'accept' | 'cancel' }

export type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>

/** For the cheat sheet and the panel: keys as `displayShortcut` writes them, and the `review` namespace key saying what they do. */
export const REVIEW_KEYS: readonly { readonly keys: readonly string[]; readonly does: string }[] = [
  { keys: ['R'], does: 'keys.enter' },
  { keys: ['J', 'ArrowDown'], does: 'keys.next' },
  { keys: ['K', 'ArrowUp'], does: 'keys.previous' },
  { keys: ['1…9'], does: 'keys.accept' },
  { keys: ['B'], does: 'keys.acceptAll' },
  { keys: ['X'], does: 'keys.reject' },
  { keys: ['E'], does: 'keys.edit' },
  { keys: ['U', 'Mod+Z'], does: 'keys.undo' },
  { keys: ['Shift+Mod+Z', 'Mod+Y'], does: 'keys.redo' },
  { keys: ['Escape'], does: 'keys.leave' },
]

export const DRAFT_KEYS: readonly { readonly keys: readonly string[]; readonly does: string }[] = [
  { keys: ['Shift+ArrowLeft', 'Shift+ArrowRight'], does: 'keys.moveStart' },
  { keys: ['Alt+ArrowLeft', 'Alt+ArrowRight'], does: 'keys.moveEnd' },
  { keys: ['Enter'], does: 'keys.acceptEdit' },
  { keys: ['Escape'], does: 'keys.cancelEdit' },
]

/** What a key press means in review mode; null when it means nothing there. */
export function reviewActionOf(event: KeyPress, isMac = false): ReviewAction | null {
  const mod = isMac ? event.metaKey : event.ctrlKey
  const key = event.key.toLowerCase()
  if (mod && !event.altKey) {
    if (key === 'z') return { kind: event.shiftKey ? 'redo' : 'undo' }
    if (key === 'y' && !event.shiftKey) return { kind: 'redo' }
    return null
  }
  if (event.ctrlKey || event.metaKey || event.altKey) return null
  if (event.key === 'Escape') return { kind: 'leave' }
  if (event.key === 'ArrowDown' || key === 'j') return { kind: 'next' }
  if (event.key === 'ArrowUp' || key === 'k') return { kind: 'previous' }
  if (event.shiftKey) return null
  if (/^[1-9]$/.test(key)) return { kind: 'accept', annotator: Number(key) - 1 }
  const simple: Partial<Record<string, 'accept-all' | 'reject' | 'edit' | 'undo'>> = {
    b: 'accept-all',
    x: 'reject',
    e: 'edit',
    u: 'undo',
  }
  const kind = simple[key]
  return kind ? { kind } : null
}

/** What a key press means while a candidate is being edited; null leaves it to the label keys. */
export function draftActionOf(event: KeyPress): DraftAction | null {
  const arrow = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : 0
  if (arrow !== 0 && event.shiftKey && !event.altKey) return { kind: 'move', which: 'start', delta: arrow }
  if (arrow !== 0 && event.altKey && !event.shiftKey) return { kind: 'move', which: 'end', delta: arrow }
  if (event.key === 'Enter' && !event.shiftKey && !event.altKey) return { kind: 'accept' }
  if (event.key === 'Escape') return { kind: 'cancel' }
  return null
}
