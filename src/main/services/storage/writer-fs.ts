// The few file-system calls a save makes, behind one small interface: production passes straight through
// to node:fs/promises, and tests inject faults (disk full, permission denied, a file held by an
// antivirus) at each step or spy on their order to prove the durability discipline. Content is one string,
// a list of chunks, or chunks made as they are written (encoded-chunks.ts, a large file serialised in
// pieces): chunks are encoded and written a piece at a time, so converting them to UTF-8 never holds the
// event loop for the whole file.
import { createHash } from 'node:crypto'
import { open, readFile, rename, unlink, type FileHandle } from 'node:fs/promises'
import { EncodedChunks } from './encoded-chunks'

/** What a save writes: the text, whole or as chunks that are written one after the other. */
export type FileContent = string | readonly string[] | EncodedChunks

export interface WriterFileHandle {
  writeFile(content: FileContent): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

export interface WriterFs {
  /** Creates a new file for writing; fails if it exists (temp names are unique). */
  create(path: string): Promise<WriterFileHandle>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  /** Makes a rename within the folder durable (POSIX; folders cannot be opened for sync on Windows). */
  syncDirectory(path: string): Promise<void>
  /** The file's bytes, or null when it does not exist. */
  readBytes(path: string): Promise<Buffer | null>
  /** The SHA-256 (hex) of the file's bytes, read a slice at a time; null when it does not exist. */
  sha256OfFile(path: string): Promise<string | null>
}

export const nodeWriterFs: WriterFs = {
  async create(path) {
    const handle = await open(path, 'wx', 0o644)
    return {
      writeFile: (content) =>
        typeof content === 'string' ? handle.writeFile(content, 'utf8') : writeChunks(handle, content),
      sync: () => handle.sync(),
      close: () => handle.close(),
    }
  },
  rename: (from, to) => rename(from, to),
  unlink: (path) => unlink(path),
  async syncDirectory(path) {
    if (process.platform === 'win32') return
    const handle = await open(path, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  },
  async readBytes(path) {
    try {
      return await readFile(path)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
  },
  async sha256OfFile(path) {
    let handle: FileHandle
    try {
      handle = await open(path, 'r')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
    try {
      // One small buffer for the whole file: reading an 11 MB set whole at every save made the collector
      // work for it; the loop is free between reads.
      const hash = createHash('sha256')
      const buffer = Buffer.allocUnsafe(HASH_READ_BYTES)
      for (;;) {
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
        if (bytesRead === 0) return hash.digest('hex')
        hash.update(buffer.subarray(0, bytesRead))
      }
    } finally {
      await handle.close()
    }
  },
}

/** Bytes read (and hashed) at a time by sha256OfFile. */
const HASH_READ_BYTES = 1 << 18

/** Chunks are encoded one at a time and written about this many bytes per `write`. */
const WRITE_BYTES = 1 << 20

function* encodeEach(chunks: readonly string[]): Generator<Buffer> {
  for (const chunk of chunks) yield Buffer.from(chunk, 'utf8')
}

async function writeChunks(handle: FileHandle, chunks: readonly string[] | EncodedChunks): Promise<void> {
  let pending: Buffer[] = []
  let size = 0
  const flush = async (): Promise<void> => {
    const bytes = pending.length === 1 ? pending[0]! : Buffer.concat(pending, size)
    pending = []
    size = 0
    for (let offset = 0; offset < bytes.length;) {
      const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset)
      offset += bytesWritten
    }
  }
  for await (const bytes of chunks instanceof EncodedChunks ? chunks.bytes() : encodeEach(chunks)) {
    pending.push(bytes)
    size += bytes.length
    if (size >= WRITE_BYTES) await flush()
  }
  if (size > 0) await flush()
}
