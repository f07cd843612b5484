// The repair of a workspace that could not open (RELIABILITY.md 4): settings.json or tag-schema.json is
// damaged. The window asks the services what is damaged before anything else; while something is, it shows
// the recovery screen (WorkspaceRecovery.tsx) instead of the workbench. The analyst restores a kept version,
// or for settings.json starts with the defaults; the services set the damaged file aside, never delete it.
// A second damaged file, if any, comes next; once none is left the workspace is open.
import type { Api, WorkspaceDamage, WorkspaceFileBackup, WorkspaceRepaired } from '@shared/ipc/contract'
import { err, type Result } from '@shared/result'
import { createStore } from '../../state/store'

export type RepairApi = Pick<Api, 'workspaceDamage' | 'restoreWorkspaceFile' | 'startWithDefaultSettings'>

export interface RepairView {
  /** 'checking' until the services answered; 'open' once no file is damaged. */
  readonly stage: 'checking' | 'damaged' | 'open'
  readonly damage: WorkspaceDamage | null
  /** The kept version chosen: the newest that parses, until she picks another. */
  readonly chosen: string | null
  readonly busy: boolean
  /** Why the last repair was refused (the services' message), or why the check failed. */
  readonly problem: string | null
  /** The last repair: what came back and where the damaged file was kept. */
  readonly repaired: {
    readonly what: 'backup' | 'defaults'
    readonly savedAt: string | null
    readonly path: string | null
  } | null
}

/** The newest kept version that still parses. */
export const newestReadable = (backups: readonly WorkspaceFileBackup[]): string | null =>
  backups.find((b) => b.readable)?.name ?? null

export class WorkspaceRepair {
  readonly view = createStore<RepairView>({
    stage: 'checking',
    damage: null,
    chosen: null,
    busy: false,
    problem: null,
    repaired: null,
  })

  constructor(private readonly api: RepairApi) {}

  async check(): Promise<void> {
    try {
      this.adopt(await this.api.workspaceDamage())
    } catch (error) {
      this.view.set((v) => ({ ...v, problem: error instanceof Error ? error.message : String(error) }))
    }
  }

  choose(name: string): void {
    const backup = this.view.get().damage?.backups.find((b) => b.name === name)
    if (backup?.readable) this.view.set((v) => ({ ...v, chosen: name }))
  }

  async restore(): Promise<void> {
    const { damage, chosen } = this.view.get()
    if (!damage || !chosen) return
    const savedAt = damage.backups.find((b) => b.name === chosen)?.savedAt ?? null
    await this.run('backup', savedAt, () => this.api.restoreWorkspaceFile(damage.file, chosen))
  }

  async startWithDefaults(): Promise<void> {
    if (this.view.get().damage?.file !== 'settings.json') return
    await this.run('defaults', null, () => this.api.startWithDefaultSettings())
  }

  private async run(
    what: 'backup' | 'defaults',
    savedAt: string | null,
    repair: () => Promise<Result<WorkspaceRepaired>>,
  ): Promise<void> {
    if (this.view.get().busy) return
    this.view.set((v) => ({ ...v, busy: true, problem: null }))
    let result: Result<WorkspaceRepaired>
    try {
      result = await repair()
    } catch (error) {
      result = err('failed', error instanceof Error ? error.message : String(error))
    }
    if (!result.ok) return this.view.set((v) => ({ ...v, busy: false, problem: result.error.message }))
    this.view.set((v) => ({ ...v, repaired: { what, savedAt, path: result.value.setAsidePath } }))
    this.adopt(result.value.damage)
  }

  private adopt(damage: WorkspaceDamage | null): void {
    this.view.set((v) => ({
      ...v,
      stage: damage ? 'damaged' : 'open',
      damage,
      chosen: damage ? newestReadable(damage.backups) : null,
      busy: false,
      problem: null,
    }))
  }
}
