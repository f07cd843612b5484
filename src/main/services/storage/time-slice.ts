// Long work on the main process (serialising, encoding and hashing a large file) gives the event loop back
// every few milliseconds, so other requests, timers and file events never wait behind a save.

/** Lets the event loop run (timers, I/O, other requests) before going on. */
export const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/** How long a piece of work may hold the event loop before it yields, in ms. */
const SLICE_MS = 4

/** Returns a function that yields to the event loop once `SLICE_MS` have passed since the last yield. */
export function timeSlicer(): () => Promise<void> {
  let since = performance.now()
  return async () => {
    if (performance.now() - since < SLICE_MS) return
    await yieldToLoop()
    since = performance.now()
  }
}
