// Waiting for the window to paint what it has before starting more work: a frame is asked for, and a message
// posted at its start is handled once its rendering is done. A hidden window gets no frames, so a timer
// stands in after 100 ms; where there are no frames at all (Node, the unit tests) it resolves at once.

const HIDDEN_WINDOW_MS = 100

export function nextPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, HIDDEN_WINDOW_MS)
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        clearTimeout(timer)
        channel.port1.close()
        resolve()
      }
      channel.port2.postMessage(null)
    })
  })
}
