// The workspaces the analyst opened last, for File › Open Recent: a short list kept in the app's user-data
// folder (not in a workspace, which may be shared in git). A Recent item is opened through the same path as
// File › Open Workspace…: the item is remembered as the next "pick", and the window asks to switch.
import { existsSync } from 'node:fs'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

export const MAX_RECENT = 8

/** The list with `path` first, without duplicates, at most `max` long. */
export function withRecent(list: readonly string[], path: string, max = MAX_RECENT): string[] {
  return [path, ...list.filter((p) => p !== path)].slice(0, max)
}

export class RecentWorkspaces {
  private paths: string[] = []
  private chosen: string | null = null

  private constructor(private readonly file: string) {}

  /** Reads the list; a missing or unreadable file is an empty list (it is only a convenience). */
  static async load(file: string): Promise<RecentWorkspaces> {
    const recent = new RecentWorkspaces(file)
    try {
      const raw: unknown = JSON.parse(await readFile(file, 'utf8'))
      const paths = (raw as { paths?: unknown } | null)?.paths
      if (Array.isArray(paths))
        recent.paths = paths.filter((p): p is string => typeof p === 'string').slice(0, MAX_RECENT)
    } catch {
      recent.paths = []
    }
    return recent
  }

  /** The remembered workspaces that still exist, most recent first. */
  list(): readonly string[] {
    return this.paths.filter((p) => existsSync(p))
  }

  async remember(path: string): Promise<void> {
    const next = withRecent(this.paths, path)
    if (next.join('\n') === this.paths.join('\n')) return
    this.paths = next
    await this.write()
  }

  async clear(): Promise<void> {
    this.paths = []
    await this.write()
  }

  /** Marks a workspace as the answer to the next "choose a workspace" question. */
  choose(path: string): void {
    this.chosen = path
  }

  /** The workspace chosen from the Recent menu, once; null when the analyst should be asked. */
  takeChosen(): string | null {
    const chosen = this.chosen
    this.chosen = null
    return chosen
  }

  private async write(): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true })
    const temp = `${this.file}.tmp`
    await writeFile(temp, `${JSON.stringify({ paths: this.paths }, null, 2)}\n`)
    await rename(temp, this.file)
  }
}
