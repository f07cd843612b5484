// The SHA-256 of a file's bytes: how Parley tells its own writes from changes made by other programs.
// Large contents (a 20,000-annotation set is ~11 MB) are hashed a slice at a time with the event loop free
// in between; chunks are hashed as the UTF-8 bytes they are written as, so the hash is the file's.
import { createHash } from 'node:crypto'
import { EncodedChunks } from './encoded-chunks'
import { timeSlicer, yieldToLoop } from './time-slice'
import type { FileContent } from './writer-fs'

/** Bytes hashed between two turns of the event loop. */
const SLICE_BYTES = 1 << 18

export const sha256Of = (bytes: string | Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex')

/** The SHA-256 of a content or a file's bytes, hashed in slices with the event loop free in between. */
export async function sha256OfContent(content: FileContent | Uint8Array): Promise<string> {
  if (typeof content === 'string') return sha256Of(content)
  if (content instanceof EncodedChunks) return content.sha256()
  const hash = createHash('sha256')
  if (content instanceof Uint8Array) {
    for (let at = 0; at < content.length; at += SLICE_BYTES) {
      if (at > 0) await yieldToLoop()
      hash.update(content.subarray(at, at + SLICE_BYTES))
    }
  } else {
    const slice = timeSlicer()
    for (const chunk of content) {
      hash.update(chunk, 'utf8')
      await slice()
    }
  }
  return hash.digest('hex')
}
