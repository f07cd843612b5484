// The files Parley puts beside a stored file, and how to recognise them: temp files of a save in progress
// (`.name.json.<pid>.<n>.tmp`), the analyst's version kept when the file changed on disk meanwhile
// (`name.conflict-<time>.json`), and a corrupt file moved aside when she restores a backup
// (`name.json.corrupt-<time>`). Listings of stored files must skip all three.
import { readdir, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** A timestamp safe in file names on every system: `2024-03-29T10-00-00-000Z`. */
export const fileTimestamp = (at: Date): string => at.toISOString().replace(/[:.]/g, '-')

export const conflictPathFor = (path: string, at: Date): string =>
  join(dirname(path), `${basename(path, '.json')}.conflict-${fileTimestamp(at)}.json`)

export const corruptPathFor = (path: string, at: Date): string => `${path}.corrupt-${fileTimestamp(at)}`

const SIDE_FILE = /^\.|\.conflict-[0-9TZ-]+\.json$|\.corrupt-[0-9TZ-]+$/

export const isSideFileName = (name: string): boolean => SIDE_FILE.test(name)

const TEMP_FILE = /^\.(.+)\.(\d+)\.\d+\.tmp$/

/** Removes temp files a crashed writer left beside `path` (those of live processes are kept). */
export async function removeStaleTempFiles(path: string): Promise<void> {
  const dir = dirname(path)
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return
  }
  for (const name of names) {
    const match = TEMP_FILE.exec(name)
    if (match?.[1] !== basename(path) || isAlive(Number(match[2]))) continue
    await unlink(join(dir, name)).catch(() => undefined)
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
