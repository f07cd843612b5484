// Loaded into the web host with `node --import`, so the benchmark watches the host's event loop from the
// inside while the real services save: Node's event-loop delay monitor samples every millisecond, and the
// longest delay since the last `reset` is the longest time the loop could not run anything else. The
// harness sends `reset` and `read` over the IPC channel it opened; nothing else of the host changes. The
// longest garbage-collection pause meanwhile is read too, to tell the code's blocks from the collector's.
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks'

export interface ProbeReading {
  /** The longest event-loop delay since the last reset, in ms. */
  readonly longestBlockMs: number
  /** The longest garbage-collection pause since the last reset, in ms. */
  readonly longestGcMs: number
}

const histogram = monitorEventLoopDelay({ resolution: 1 })
histogram.enable()
let longestGcMs = 0
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longestGcMs = Math.max(longestGcMs, entry.duration)
}).observe({ entryTypes: ['gc'] })

process.channel?.unref()
process.on('message', (message) => {
  if (message === 'reset') {
    histogram.reset()
    longestGcMs = 0
    process.send?.('reset')
  } else if (message === 'read') {
    const reading: ProbeReading = { longestBlockMs: histogram.max / 1e6, longestGcMs }
    process.send?.(reading)
  }
})
