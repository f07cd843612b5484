// The curation log of each document (`documents/<id>/curation.json`): the reviewer's decisions, kept beside
// the curated set so a decision can be listed, shown as settled, and taken back. One lowdb file per
// document, opened on first use and kept open, written durably with backups like an annotation set.
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { applyDecisionChanges } from '@shared/review/decision-log'
import type { CurationDecision, DecisionChange } from '@shared/review/review-types'
import {
  parseCurationLogFile,
  STORED_SCHEMA_VERSION,
  type CurationLogFile,
} from '@shared/storage/stored-files'
import { BackupRotation, backupPolicyFor } from '../storage/backups'
import { removeStaleTempFiles } from '../storage/side-files'
import { openStoredFile, type StoredFile } from '../storage/stored-file'
import { documentDir } from '../workspace/workspace-paths'

export const curationLogPath = (root: string, documentId: string): string =>
  join(documentDir(root, documentId), 'curation.json')

export class CurationLogs {
  private readonly logs = new Map<string, Promise<StoredFile<CurationLogFile>>>()

  constructor(private readonly root: string) {}

  async decisionsOf(documentId: string): Promise<readonly CurationDecision[]> {
    return (await this.open(documentId)).data.decisions
  }

  /** Applies the changes and resolves once the log is durably on disk. */
  async apply(documentId: string, changes: readonly DecisionChange[]): Promise<void> {
    if (changes.length === 0) return
    const log = await this.open(documentId)
    log.data = { ...log.data, decisions: applyDecisionChanges(log.data.decisions, changes) }
    await log.write()
  }

  async flush(): Promise<void> {
    for (const pending of this.logs.values()) await (await pending.catch(() => null))?.idle()
  }

  private open(documentId: string): Promise<StoredFile<CurationLogFile>> {
    let pending = this.logs.get(documentId)
    if (!pending) {
      pending = this.load(documentId)
      pending.catch(() => this.logs.delete(documentId))
      this.logs.set(documentId, pending)
    }
    return pending
  }

  private async load(documentId: string): Promise<StoredFile<CurationLogFile>> {
    await mkdir(documentDir(this.root, documentId), { recursive: true })
    const path = curationLogPath(this.root, documentId)
    await removeStaleTempFiles(path)
    const defaults: CurationLogFile = { schemaVersion: STORED_SCHEMA_VERSION, documentId, decisions: [] }
    const backups = new BackupRotation(backupPolicyFor(this.root, path))
    return openStoredFile(path, parseCurationLogFile, defaults, { backups })
  }
}
