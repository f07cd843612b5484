// A file's content made while it is written: the pieces of a large JSON file (stableStringifyChunks) are
// serialised, encoded to UTF-8 and hashed one at a time, as the writer asks for them, with the event loop
// free every few milliseconds. Nothing of the file is kept: each piece is garbage as soon as it is
// written, so the collector has little to copy or mark and its pauses stay short (holding an 11 MB set's
// text, then its bytes, made every save a long collection). A second read (the conflict copy or the
// backup of the same version, both rare) serialises the pieces again, from what the chunks captured.
import { createHash } from 'node:crypto'
import { timeSlicer } from './time-slice'

export class EncodedChunks {
  private readonly chunks: Iterable<string>
  private digest: string | null = null

  /** `chunks` must give the same pieces each time it is iterated (a generator is read once, up front). */
  constructor(chunks: Iterable<string>) {
    const isOneShot = (chunks[Symbol.iterator]() as unknown) === chunks
    this.chunks = isOneShot ? [...chunks] : chunks
  }

  /** The content's bytes, piece by piece, made as they are read. */
  async *bytes(): AsyncGenerator<Buffer, void, undefined> {
    const hash = this.digest === null ? createHash('sha256') : null
    const slice = timeSlicer()
    for (const chunk of this.chunks) {
      const bytes = Buffer.from(chunk, 'utf8')
      hash?.update(bytes)
      yield bytes
      await slice()
    }
    if (hash) this.digest ??= hash.digest('hex')
  }

  /** The SHA-256 of the whole content: known once it has been read to the end, else made now. */
  async sha256(): Promise<string> {
    if (this.digest === null) for await (const bytes of this.bytes()) void bytes
    return this.digest!
  }
}
