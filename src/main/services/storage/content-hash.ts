// The SHA-256 of a file's bytes: how Parley tells its own writes from changes made by other programs.
// Large contents (a 20,000-annotation set is ~11 MB) are hashed a slice at a time with the event loop free
// in between; chunks are hashed as the UTF-8 bytes they are written as, so the hash is the file's.
import { createHash } from 'node:crypto'
import type { FileContent } from './writer-fs'

/** Bytes hashed between two turns of the event loop. */
const SLICE_BYTES = 1 << 20

export const sha256Of = (bytes: string | Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex')

/** Lets the event loop run (timers, I/O, other requests) before going on. */
export const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/** The SHA-256 of a content or a file's bytes, hashed in slices with the event loop free in between. */
export async function sha256OfContent(content: FileContent | Uint8Array): Promise<string> {
  if (typeof content === 'string') return sha256Of(content)
  const hash = createHash('sha256')
  if (content instanceof Uint8Array) {
    for (let at = 0; at < content.length; at += SLICE_BYTES) {
      if (at > 0) await yieldToLoop()
      hash.update(content.subarray(at, at + SLICE_BYTES))
    }
  } else {
    for (let at = 0; at < content.length; at++) {
      if (at > 0) await yieldToLoop()
      const t = performance.now()
      hash.update(content[at]!, 'utf8')
      if (performance.now() - t > 5) console.log('slow hash', performance.now() - t)
    }
  }
  return hash.digest('hex')
}

/** Runs the chunks' serialisation one chunk per turn of the event loop. */
export async function collectChunks(chunks: Iterable<string>): Promise<string[]> {
  const collected: string[] = []
  let worst = 0
  let t = performance.now()
  for (const chunk of chunks) {
    worst = Math.max(worst, performance.now() - t)
    collected.push(chunk)
    await yieldToLoop()
    t = performance.now()
  }
  console.log('worst chunk', worst.toFixed(1), collected.length)
  return collected
}
