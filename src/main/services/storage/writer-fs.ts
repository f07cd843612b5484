// The few file-system calls a save makes, behind one small interface: production passes straight through
// to node:fs/promises, and tests inject faults (disk full, permission denied, a file held by an
// antivirus) at each step or spy on their order to prove the durability discipline. Content is one string
// or a list of chunks (a large file serialised in pieces): chunks are written one `write` at a time, so
// converting them to UTF-8 never holds the event loop for the whole file.
import { open, readFile, rename, unlink, type FileHandle } from 'node:fs/promises'

/** What a save writes: the text, whole or as chunks that are written one after the other. */
export type FileContent = string | readonly string[]

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
}

/** Chunks are encoded one at a time and written about this many bytes per `write`. */
const WRITE_BYTES = 1 << 20

async function writeChunks(handle: FileHandle, chunks: readonly string[]): Promise<void> {
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
  for (const chunk of chunks) {
    const bytes = Buffer.from(chunk, 'utf8')
    pending.push(bytes)
    size += bytes.length
    if (size >= WRITE_BYTES) await flush()
  }
  if (size > 0) await flush()
}
