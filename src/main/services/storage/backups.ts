// Rotating backups of a stored file: the last few versions Parley wrote, each a complete file that parses,
// kept under `.parley-backups/` at the workspace root with the same relative path as the file
// (`documents/<id>/annotations/claire.<time>.json`), so they never show up among the documents. A version is
// kept only when the content changed and at most once per interval of editing; the folder ignores itself
// in git.
import { mkdir, readdir, unlink, writeFile } from 'node:fs/promises'
import { basename, dirname, join, relative } from 'node:path'
import { sha256OfContent } from './content-hash'
import { fileTimestamp } from './side-files'
import { writeFileAtomically } from './write-file-atomically'
import { nodeWriterFs, type FileContent } from './writer-fs'

export const BACKUPS_FOLDER = '.parley-backups'

export interface BackupPolicy {
  /** The folder of this file's backups, and the stem of their names (`<stem>.<time>.json`). */
  readonly dir: string
  readonly stem: string
  /** How many versions to keep (5 by default). */
  readonly keep?: number
  /** At most one new version per this many milliseconds (30 s by default). */
  readonly minIntervalMs?: number
  readonly now?: () => Date
}

export interface Backup {
  readonly path: string
  readonly savedAt: Date
}

/** Where the backups of `path` (a file inside the workspace `root`) live. */
export function backupPolicyFor(root: string, path: string): Pick<BackupPolicy, 'dir' | 'stem'> {
  return { dir: join(root, BACKUPS_FOLDER, dirname(relative(root, path))), stem: basename(path, '.json') }
}

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/

/** The backups of one file, newest first. */
export async function listBackups(dir: string, stem: string): Promise<Backup[]> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return []
  }
  const backups: Backup[] = []
  for (const name of names) {
    if (!name.startsWith(`${stem}.`) || !name.endsWith('.json')) continue
    const m = TIMESTAMP.exec(name.slice(stem.length + 1, -'.json'.length))
    if (m)
      backups.push({ path: join(dir, name), savedAt: new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`) })
  }
  return backups.sort((a, b) => b.savedAt.getTime() - a.savedAt.getTime())
}

export class BackupRotation {
  /** The newest version kept: its SHA-256 and when. */
  private last: { hash: string; at: number } | null | undefined

  constructor(private readonly policy: BackupPolicy) {}

  /** Keeps `content` (just written to the file) as a new version, if it changed and the interval passed. */
  /** `hash` is the content's SHA-256 when the caller has it already. */
  async record(content: FileContent, hash?: string): Promise<void> {
    const { dir, stem, keep = 5, minIntervalMs = 30_000, now = () => new Date() } = this.policy
    this.last ??= await this.newest()
    const at = now()
    if (this.last && at.getTime() - this.last.at < minIntervalMs) return
    const contentHash = hash ?? (await sha256OfContent(content))
    if (this.last?.hash === contentHash) return
    if (await mkdir(dir, { recursive: true })) await writeFile(join(dir, '.gitignore'), '*\n')
    await writeFileAtomically(join(dir, `${stem}.${fileTimestamp(at)}.json`), content)
    this.last = { hash: contentHash, at: at.getTime() }
    for (const old of (await listBackups(dir, stem)).slice(keep))
      await unlink(old.path).catch(() => undefined)
  }

  /** The newest version kept, if any. */
  async latest(): Promise<Backup | undefined> {
    return (await listBackups(this.policy.dir, this.policy.stem))[0]
  }

  private async newest(): Promise<{ hash: string; at: number } | null> {
    const newest = await this.latest()
    const bytes = newest ? await nodeWriterFs.readBytes(newest.path) : null
    return newest && bytes ? { hash: await sha256OfContent(bytes), at: newest.savedAt.getTime() } : null
  }
}
