// The service side, measured in the real web host process (the same services the desktop app's main
// process runs): an autosave of one changed annotation in a 20,000-annotation set, sent over HTTP as the
// renderer's save queue sends it. The host rewrites the whole set (check and insert the change, stable JSON
// serialised, hashed and written in chunks, atomic write);
// the probe loaded into it (host-probe.ts) reports the longest time its event loop was blocked meanwhile.
import type { Annotation } from '@shared/model/annotation'
import type { Host } from './host'

export interface AutosaveSample {
  /** The longest event-loop block of the host while it handled the save, in ms. */
  readonly longestBlockMs: number
  /** The longest garbage-collection pause meanwhile, in ms. */
  readonly longestGcMs: number
  /** From sending the request to the answer that the file is on disk, in ms. */
  readonly roundTripMs: number
}

export async function measureAutosave(
  host: Host,
  documentId: string,
  runs: number,
): Promise<AutosaveSample[]> {
  const opened = await host.call('openDocument', documentId)
  if (!opened.ok) throw new Error(opened.error.message)
  const annotations = opened.value.annotations
  const samples: AutosaveSample[] = []
  for (let run = -1; run < runs; run++) {
    const original = annotations[(annotations.length >> 1) + run + 1]
    if (!original) throw new Error('the set is too small to measure')
    const annotation: Annotation = {
      ...original,
      note: `Autosave ${run + 1}`,
      modified: new Date(Date.parse(original.modified) + 60_000).toISOString(),
    }
    await pause(50)
    await host.resetProbe()
    const start = performance.now()
    const saved = await host.call('saveAnnotations', { documentId, changes: [{ op: 'put', annotation }] })
    const roundTripMs = performance.now() - start
    await pause(20)
    const { longestBlockMs, longestGcMs } = await host.readProbe()
    if (!saved.ok) throw new Error(saved.error.message)
    if (saved.value.count !== annotations.length) throw new Error(`the set now holds ${saved.value.count}`)
    if (run >= 0) samples.push({ longestBlockMs, longestGcMs, roundTripMs })
  }
  return samples
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))
