// A workspace folder opened for work: its settings (who is annotating), its tag schema, its documents and
// their annotation sets. A new folder is set up with the default tag schema and the sample communiqué.
// A settings or schema file that cannot be parsed stops the opening with a message naming it: Parley
// never writes defaults over a file it could not read.
import { mkdir } from 'node:fs/promises'
import { DEFAULT_TAG_SCHEMA } from '@shared/model/default-tag-schema'
import {
  parseSettingsFile,
  parseTagSchemaFile,
  STORED_SCHEMA_VERSION,
  type SettingsFile,
  type TagSchemaFile,
} from '@shared/storage/stored-files'
import { BackupRotation, backupPolicyFor } from '../storage/backups'
import { openStoredFile, type StoredFile } from '../storage/stored-file'
import { CurationLogs } from '../review/curation-logs'
import { AnnotationStore } from './annotation-store'
import { listDocuments, readDocumentText } from './document-store'
import type { DocumentMeta } from '@shared/model/document'
import { settingsPath, tagSchemaPath } from './workspace-paths'

export interface Workspace {
  readonly root: string
  readonly settings: StoredFile<SettingsFile>
  readonly tagSchema: StoredFile<TagSchemaFile>
  readonly annotations: AnnotationStore
  /** The review's decisions, per document. */
  readonly curation: CurationLogs
  /** The documents by id, read once at opening and kept up to date by imports. */
  readonly documents: Map<string, DocumentMeta>
  /** True when this opening created the workspace (it then needs its sample document). */
  readonly isNew: boolean
}

export async function openWorkspace(root: string): Promise<Workspace> {
  await mkdir(root, { recursive: true })
  const settingsDefaults: SettingsFile = { schemaVersion: STORED_SCHEMA_VERSION, annotator: null }
  // Both files keep rotating backups (RELIABILITY.md 12), offered when one is found damaged at startup.
  const settings = await openStoredFile(settingsPath(root), parseSettingsFile, settingsDefaults, {
    backups: new BackupRotation(backupPolicyFor(root, settingsPath(root))),
  })
  const isNew = settings.isNew
  const schemaDefaults: TagSchemaFile = {
    schemaVersion: STORED_SCHEMA_VERSION,
    tagSchema: DEFAULT_TAG_SCHEMA,
  }
  const tagSchema = await openStoredFile(tagSchemaPath(root), parseTagSchemaFile, schemaDefaults, {
    backups: new BackupRotation(backupPolicyFor(root, tagSchemaPath(root))),
  })
  if (isNew) await settings.write()
  if (tagSchema.isNew) await tagSchema.write()
  const annotations = new AnnotationStore(
    root,
    () => tagSchema.data.tagSchema.version,
    (id) => readDocumentText(root, id),
  )
  const documents = new Map((await listDocuments(root)).map((d) => [d.id, d]))
  return { root, settings, tagSchema, annotations, curation: new CurationLogs(root), documents, isNew }
}
