// Writes the files of an export into its staging folder, several at a time: a file's open, write and close
// each wait on the disk, so one write at a time left the process idle most of an export. At most
// `inFlight` files are being written at once (the caller waits for a free place, so what waits to be
// written stays small), and each folder is created once. Text is encoded to UTF-8 piece by piece into a
// few buffers reused for the whole export (utf8-chunks.ts): a new buffer per file, as `writeFile(path,
// string)` makes, cost far more than the encoding itself. A file given in pieces (output-pieces.ts) is
// encoded piece after piece, never joined. `settled` waits for every write started, even
// after a failure, so the caller can remove the staging folder knowing nothing more will appear in it.
// No fsync per file, as before: an export is rebuilt from the workspace at will and appears (by rename)
// only once complete. A file is created only if absent, so a path given twice fails instead of racing.
import { mkdir, open } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { OutputFile } from '@shared/formats/format'
import { bufferPool, MAX_UTF8_PER_UNIT, UNITS_PER_CHUNK, utf8Chunks, type BufferPool } from './utf8-chunks'

/** Enough to keep the disk and libuv's four threads busy without holding many files in memory. */
export const FILES_IN_FLIGHT = 16

export interface ExportFiles {
  /**
   * Starts writing `files` under `<staging>/<folder>/`; resolves once they are all started, with `written`,
   * which resolves once they are on disk (a promise in an object: one resolved with a promise would wait).
   */
  write(folder: string, files: readonly OutputFile[]): Promise<{ readonly written: Promise<void> }>
  /** Waits for every write started; rejects with the first failure. */
  settled(): Promise<void>
}

export function exportFiles(staging: string, inFlight = FILES_IN_FLIGHT): ExportFiles {
  const folders = new Map<string, Promise<unknown>>()
  const running = new Set<Promise<void>>()
  let failure: { error: unknown } | null = null

  const folder = (path: string): Promise<unknown> => {
    let made = folders.get(path)
    if (!made) folders.set(path, (made = mkdir(path, { recursive: true })))
    return made
  }

  const buffers = bufferPool()
  const start = (path: string, file: OutputFile): Promise<void> => {
    const written = folder(dirname(path))
      .then(() => writeText(path, file.pieces ?? [file.content], buffers))
      .catch((error: unknown) => {
        failure ??= { error }
        throw error
      })
      .finally(() => running.delete(written))
    running.add(written)
    return written
  }

  return {
    async write(root, files) {
      const started: Promise<void>[] = []
      for (const file of files) {
        if (failure) throw failure.error
        while (running.size >= inFlight) await Promise.race(running).catch(() => undefined)
        started.push(start(join(staging, root, ...pathParts(file.path)), file))
      }
      const written = Promise.all(started).then(() => undefined)
      written.catch(() => undefined)
      return { written }
    },
    async settled() {
      while (running.size > 0) await Promise.allSettled([...running])
      if (failure) throw failure.error
    },
  }
}

/**
 * Creates `path` (it must not exist: the staging folder is new) holding the pieces as UTF-8: each is encoded
 * after the last into the buffer, written out when the next would not fit; a piece longer than a buffer
 * goes through in chunks of its own.
 */
async function writeText(path: string, pieces: readonly string[], buffers: BufferPool): Promise<void> {
  const file = await open(path, 'wx')
  const buffer = buffers.take()
  let used = 0
  const flush = async (): Promise<void> => {
    for (let at = 0; at < used;) at += (await file.write(buffer, at, used - at)).bytesWritten
    used = 0
  }
  try {
    for (const piece of pieces) {
      if (piece.length * MAX_UTF8_PER_UNIT > buffer.length - used) {
        await flush()
        if (piece.length > UNITS_PER_CHUNK) {
          for (const length of utf8Chunks(piece, buffer)) {
            used = length
            await flush()
          }
          continue
        }
      }
      used += buffer.write(piece, used, 'utf8')
    }
    await flush()
  } finally {
    buffers.give(buffer)
    await file.close()
  }
}

/** A format's `/`-separated path, refused if it would leave the format's folder. */
function pathParts(path: string): string[] {
  const parts = path.split('/')
  if (parts.some((part) => part === '' || part === '.' || part === '..' || part.includes('\\')))
    throw new Error(`a format asked to write outside its folder: ${path}`)
  return parts
}
