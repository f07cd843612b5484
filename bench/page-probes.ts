// Functions that run inside the page (passed to Playwright's addInitScript and evaluate, so each is
// self-contained: it may use only its arguments and the DOM).
//
// How "→ painted, main-thread ms" is measured (installProbe). The harness arms the probe for one event
// (a type, and a key for key presses), then performs the action. The probe's capturing listener is the
// first listener of the page (installed before the app's scripts), and arming adds two more listeners,
// after all of the app's (window capture, for the palette that stops propagation, and window bubble).
// Microtasks run between listeners of a dispatched input event, so when the last of these runs, the app's
// handlers and the React renders they queued are done. Four timestamps (performance.now()):
//   start        the event reaches the page's first listener,
//   handled      the last listener of the event has run,
//   frameStart   a requestAnimationFrame callback requested at `start` runs: the next frame begins,
//   painted      a user-blocking task posted from that callback runs: the frame's other callbacks, style,
//                layout and paint (where Chromium recomputes CSS highlights) are done.
// Main-thread time = (handled − start) + (painted − frameStart): the wait for the frame in between is
// vsync, not work, and Chromium may hold other tasks back until that frame after an input, so a task
// posted at `start` would not mark the end of the handlers. Work the app defers to a later task (the
// save queue's 120 ms debounce) is not "→ painted" and is not counted. `latency` (painted − start) keeps
// the wait, for reference.

export interface Timing {
  /** Main-thread ms from the event to the end of the frame that shows its effect. */
  readonly busy: number
  /** Wall-clock ms from the event to the end of that frame, the wait for the frame included. */
  readonly latency: number
}

export type ArmedEvent = 'keydown' | 'click' | 'mousemove' | 'input'

interface Probe {
  /** Times the next event of this type (and key, for key presses: `z` for Ctrl+Z). */
  arm(type: ArmedEvent, key?: string): void
  result: Promise<Timing> | null
}

declare global {
  interface Window {
    parleyBench?: Probe
  }
}

export function installProbe(): void {
  let armed: { type: string; key?: string; resolve: (timing: Timing) => void } | null = null
  let handled = 0
  const onHandled = (): void => void (handled = performance.now())
  const probe: Probe = {
    result: null,
    arm(type, key) {
      probe.result = new Promise((resolve) => (armed = { type, key, resolve }))
      for (const capture of [true, false]) {
        window.removeEventListener(type, onHandled, capture)
        window.addEventListener(type, onHandled, capture)
      }
    },
  }
  const onEvent = (event: Event): void => {
    if (armed?.type !== event.type) return
    if (armed.key && (event as KeyboardEvent).key.toLowerCase() !== armed.key) return
    const { resolve } = armed
    armed = null
    const start = performance.now()
    handled = start
    requestAnimationFrame(() => {
      const frameStart = performance.now()
      const end = handled
      void scheduler.postTask(
        () => {
          const painted = performance.now()
          const busy = end <= frameStart ? end - start + (painted - frameStart) : painted - start
          resolve({ busy, latency: painted - start })
        },
        { priority: 'user-blocking' },
      )
    })
  }
  for (const type of ['keydown', 'click', 'mousemove', 'input']) window.addEventListener(type, onEvent, true)
  window.parleyBench = probe
}

export interface Opening {
  /** From the click to the end of the frame that first paints the text (and its highlights, when asked). */
  readonly ms: number
  /** From the click to two frames after that one: the probe up to 2026-11-30, which also counted the work
   * the page did in the frames after the first paint (a set's rest arriving). */
  readonly twoFramesMs: number
  /** From the click to the end of the frame that first paints the list with the whole set in it. */
  readonly wholeMs: number
  /** The part spent waiting for the host's answer to the opening's first request (resource timing). */
  readonly requestMs: number
}

/**
 * Clicks a document in the list and times its first paint: the first frame that starts with its text in the
 * DOM (with highlights registered in it, when asked) paints them, and a message posted at its start is
 * handled once its rendering is done. Then, the same until the annotation list holds the whole set.
 */
export async function timeOpening(target: {
  id: string
  title: string
  highlights: boolean
}): Promise<Opening> {
  const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve))
  const afterThisFrame = (): Promise<number> =>
    new Promise((resolve) => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => resolve(performance.now())
      channel.port2.postMessage(null)
    })
  const button = document.querySelector<HTMLElement>(`[data-testid="document-${target.id}"]`)
  if (!button) throw new Error(`no document ${target.id} in the list`)
  performance.clearResourceTimings()
  const start = performance.now()
  button.click()
  // Highlights count once one of them lies in this text, not merely once some are registered anywhere.
  const highlighted = (text: Element): boolean => {
    for (const highlight of CSS.highlights.values())
      for (const range of highlight as Iterable<AbstractRange>)
        if (text.contains(range.startContainer)) return true
    return false
  }
  const late = (): void => {
    if (performance.now() - start > 120_000) throw new Error(`${target.id} did not open within 2 minutes`)
  }
  // The whole set is in once the list no longer says it is loading (aria-busy).
  const loading = (): boolean =>
    document.querySelector('[data-testid="annotation-list"][aria-busy="true"]') !== null
  for (;;) {
    await frame()
    const text = document.querySelector(`[data-testid="document-text"][aria-label="Text of ${target.title}"]`)
    if (text && (!target.highlights || highlighted(text))) break
    late()
  }
  const whole = !loading()
  const painted = (await afterThisFrame()) - start
  let wholeMs = whole ? painted : NaN
  let twoFramesMs = NaN
  for (let frames = 1; Number.isNaN(twoFramesMs) || Number.isNaN(wholeMs); frames++) {
    await frame()
    if (frames === 2) twoFramesMs = performance.now() - start
    if (Number.isNaN(wholeMs) && !loading()) wholeMs = (await afterThisFrame()) - start
    late()
  }
  const request = performance
    .getEntriesByType('resource')
    .find((e) => e.name.endsWith('/api/openDocumentFirst'))
  return { ms: painted, twoFramesMs, wholeMs, requestMs: request ? request.duration : NaN }
}

/**
 * Scrolls the text from top to bottom, `step` screens per frame, and returns the interval between
 * consecutive frames (rAF timestamps) in ms: a frame that takes long shows as a long interval.
 */
export async function scrollThrough(step: number): Promise<number[]> {
  const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve))
  const box = document.querySelector<HTMLElement>('[data-testid="text-scroll"]')
  if (!box) throw new Error('no text to scroll')
  box.scrollTop = 0
  await frame()
  await frame()
  const intervals: number[] = []
  let last = await frame()
  let settling = 3
  while (settling > 0) {
    if (box.scrollTop + box.clientHeight >= box.scrollHeight - 1) settling--
    else box.scrollTop += box.clientHeight * step
    const now = await frame()
    intervals.push(now - last)
    last = now
  }
  return intervals
}

/**
 * Selects the n-th word of at least 6 letters in the first paragraph below the top of the view, as a
 * mouse selection would, and releases the mouse there so the app sees it. Returns the word.
 */
export function selectWord(n: number): string {
  const box = document.querySelector<HTMLElement>('[data-testid="text-scroll"]')
  const column = document.querySelector<HTMLElement>('[data-testid="document-text"]')
  if (!box || !column) throw new Error('no text to select in')
  const top = box.getBoundingClientRect().top + 80
  const paragraph = [...column.querySelectorAll('p')].find(
    (p) => p.getBoundingClientRect().top > top && (p.textContent ?? '').length > 200,
  )
  const node = paragraph?.firstChild
  if (!node?.textContent) throw new Error('no paragraph in view')
  const words = [...node.textContent.matchAll(/\p{L}{6,}/gu)]
  const word = words[n % words.length]
  if (!word) throw new Error('no word to select')
  const range = new Range()
  range.setStart(node, word.index)
  range.setEnd(node, word.index + word[0].length)
  const selection = window.getSelection()
  selection?.removeAllRanges()
  selection?.addRange(range)
  const rect = range.getBoundingClientRect()
  column.dispatchEvent(
    new MouseEvent('mouseup', { bubbles: true, clientX: rect.right, clientY: rect.bottom }),
  )
  return word[0]
}

/** Centres of entity highlights in view, to hover over. */
export function highlightCentres(): { x: number; y: number }[] {
  const box = document.querySelector<HTMLElement>('[data-testid="text-scroll"]')?.getBoundingClientRect()
  const tint = CSS.highlights.get('parley-tint-ENTITY') as Iterable<AbstractRange> | undefined
  if (!box || !tint) return []
  const centres: { x: number; y: number }[] = []
  // The editor registers StaticRanges, which cannot be measured: one live Range, moved over each, can.
  const range = new Range()
  for (const registered of tint) {
    range.setStart(registered.startContainer, registered.startOffset)
    range.setEnd(registered.endContainer, registered.endOffset)
    const rect = range.getBoundingClientRect()
    if (rect.top > box.top + 20 && rect.bottom < box.bottom - 20 && rect.width > 0)
      centres.push({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 })
  }
  return centres
}
