// Text to UTF-8, a piece at a time, into a buffer the caller writes out and then reuses: an export writes
// tens of megabytes of text, and allocating a fresh buffer per file (what `Buffer.from` and
// `writeFile(path, string)` do) cost ten times the encoding itself. Pieces never split a surrogate pair,
// so the bytes are exactly those of `Buffer.from(text, 'utf8')` (a lone surrogate becomes U+FFFD in both).

/** UTF-16 units encoded per piece; a unit takes at most 3 bytes (a surrogate pair, 2 units, takes 4). */
export const UNITS_PER_CHUNK = 128 * 1024

/** UTF-8 bytes a UTF-16 unit can take at most. */
export const MAX_UTF8_PER_UNIT = 3

/** Bytes of each pooled buffer: room for one piece whatever its characters. */
export const CHUNK_BYTES = UNITS_PER_CHUNK * MAX_UTF8_PER_UNIT

/**
 * Fills `buffer` (at least CHUNK_BYTES long) with the UTF-8 of successive pieces of `text`, yielding each
 * piece's byte length: the caller writes `buffer[0, length)` before asking for the next piece.
 */
export function* utf8Chunks(text: string, buffer: Buffer): Generator<number, void, undefined> {
  if (buffer.length < CHUNK_BYTES) throw new RangeError(`a chunk buffer needs ${CHUNK_BYTES} bytes`)
  for (let from = 0; from < text.length;) {
    let to = Math.min(text.length, from + UNITS_PER_CHUNK)
    if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to--
    yield buffer.write(from === 0 && to === text.length ? text : text.slice(from, to), 0, 'utf8')
    from = to
  }
}

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff

/** Buffers of CHUNK_BYTES, handed out and given back, allocated only when none is free. */
export interface BufferPool {
  take(): Buffer
  give(buffer: Buffer): void
}

export function bufferPool(): BufferPool {
  const free: Buffer[] = []
  return {
    take: () => free.pop() ?? Buffer.allocUnsafeSlow(CHUNK_BYTES),
    give: (buffer) => {
      free.push(buffer)
    },
  }
}
