// The shape of every file of a workspace, each carrying `schemaVersion`, with the parser that validates
// (and migrates) what was read from disk. A file that fails is reported, never replaced by defaults.
import { z } from 'zod'
import type { Annotation } from '../model/annotation'
import { annotationSchema, idSchema } from '../model/annotation-schema'
import type { DocumentMeta } from '../model/document'
import type { UiLanguage } from '../model/preferences'
import { textSizeSchema, uiLanguageSchema } from '../model/preferences-schema'
import type { CurationDecision } from '../review/review-types'
import { curationDecisionSchema } from '../review/decision-schema'
import type { TagSchema } from '../model/tag-schema'
import { tagSchemaSchema } from '../model/tag-schema-validation'
import { err, ok, type Result } from '../result'
import { migrate, type MigrationStep } from './migrations'
import { annotationSetFileToV2, tagSchemaFileToV2, unchangedToV2 } from './to-version-2'

export const STORED_SCHEMA_VERSION = 2

/** Each kind of file's migration steps: the step at index n takes schemaVersion n + 1 to n + 2. */
export const migrations = {
  settings: [unchangedToV2],
  tagSchema: [tagSchemaFileToV2],
  document: [unchangedToV2],
  annotationSet: [annotationSetFileToV2],
  curationLog: [unchangedToV2],
} as const satisfies Record<string, readonly MigrationStep[]>

export interface SettingsFile {
  readonly schemaVersion: number
  readonly annotator: string | null
  /** The analyst's preferences; absent in files written before they existed (defaults apply). */
  readonly language?: UiLanguage | null
  readonly textSize?: number
  readonly guideDismissed?: boolean
}

export interface TagSchemaFile {
  readonly schemaVersion: number
  readonly tagSchema: TagSchema
}

export interface DocumentFile {
  readonly schemaVersion: number
  readonly document: DocumentMeta
}

export interface AnnotationSetFile {
  readonly schemaVersion: number
  readonly documentId: string
  readonly annotator: string
  /** The canonical text the offsets refer to. */
  readonly textSha256: string
  readonly tagSchemaVersion: number
  readonly annotations: readonly Annotation[]
}

/** A document's curation decisions (review): what was decided on each review item, by whom, from what. */
export interface CurationLogFile {
  readonly schemaVersion: number
  readonly documentId: string
  readonly decisions: readonly CurationDecision[]
}

const sha256 = z.string().regex(/^[0-9a-f]{64}$/)

const settingsSchema = z.object({
  schemaVersion: z.number(),
  annotator: z.string().min(1).max(80).nullable(),
  language: uiLanguageSchema.optional(),
  textSize: textSizeSchema.optional(),
  guideDismissed: z.boolean().optional(),
})

const tagSchemaFileSchema = z.object({
  schemaVersion: z.number(),
  tagSchema: tagSchemaSchema,
})

const documentSchema = z.object({
  schemaVersion: z.number(),
  document: z.object({
    id: idSchema,
    title: z.string(),
    fileName: z.string(),
    encoding: z.enum(['UTF-8', 'UTF-8 with BOM', 'UTF-16LE', 'UTF-16BE', 'windows-1252']),
    newline: z.enum(['LF', 'CRLF', 'CR', 'mixed', 'none']),
    sourceSha256: sha256,
    textSha256: sha256,
    length: z.number().int().nonnegative(),
    importedAt: z.iso.datetime(),
    source: z.enum(['text', 'docx', 'html', 'markdown']).optional(),
  }),
})

const annotationSetSchema = z.object({
  schemaVersion: z.number(),
  documentId: idSchema,
  annotator: z.string().min(1),
  textSha256: sha256,
  tagSchemaVersion: z.number().int().positive(),
  annotations: z.array(annotationSchema),
})

const curationLogSchema = z.object({
  schemaVersion: z.number(),
  documentId: idSchema,
  decisions: z.array(curationDecisionSchema),
})

function parserFor<T>(
  schema: z.ZodType<T>,
  steps: readonly MigrationStep[],
  what: string,
): (raw: unknown) => Result<T> {
  return (raw) => {
    const migrated = migrate(raw, STORED_SCHEMA_VERSION, steps, what)
    if (!migrated.ok) return migrated
    const parsed = schema.safeParse(migrated.value)
    if (parsed.success) return ok(parsed.data)
    const issue = parsed.error.issues[0]
    return err(
      'corrupt-file',
      `${what} is not valid at ${issue?.path.length ? issue.path.join('.') : 'top level'}: ${issue?.message ?? ''}`,
    )
  }
}

export const parseSettingsFile = parserFor<SettingsFile>(
  settingsSchema,
  migrations.settings,
  'the settings file',
)
export const parseTagSchemaFile = parserFor<TagSchemaFile>(
  tagSchemaFileSchema,
  migrations.tagSchema,
  'the tag schema file',
)
export const parseDocumentFile = parserFor<DocumentFile>(
  documentSchema,
  migrations.document,
  'the document file',
)
export const parseAnnotationSetFile = parserFor<AnnotationSetFile>(
  annotationSetSchema,
  migrations.annotationSet,
  'the annotation file',
)
export const parseCurationLogFile = parserFor<CurationLogFile>(
  curationLogSchema,
  migrations.curationLog,
  'the curation log',
)
