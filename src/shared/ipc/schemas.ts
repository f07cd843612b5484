// Argument schemas for every method of the contract. The renderer is untrusted input: main and the web
// host parse each call's arguments with these before a service sees them.
import { z } from 'zod'
import type { Api } from './contract'
import { annotationSchema, idSchema as id } from '../model/annotation-schema'
import { tagSchemaSchema } from '../model/tag-schema-validation'
import { preferencesSchema } from '../model/preferences-schema'
import { curationDecisionSchema } from '../review/decision-schema'

import { MAX_CHANGES_PER_SAVE, MAX_TEXT_BYTES } from './limits'

export { MAX_CHANGES_PER_SAVE, MAX_TEXT_BYTES }

const exportRequest = z
  .object({
    formats: z
      .array(z.enum(['parley-json', 'jsonl', 'brat', 'conll', 'w3c', 'csv']))
      .min(1)
      .max(6),
    documentIds: z.array(id).max(100_000).nullable(),
    annotators: z.array(z.string().min(1).max(80)).max(1000).nullable(),
    bom: z.boolean(),
  })
  .strict()

const changeSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('put'), annotation: annotationSchema }).strict(),
  z.object({ op: z.literal('delete'), id }).strict(),
])

const annotatorName = z.string().trim().min(1).max(80)
const setName = annotatorName
const annotatorList = z.array(annotatorName).min(2, 'choose two or more annotators').max(20)

const decisionChangeSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('put'), decision: curationDecisionSchema }).strict(),
  z.object({ op: z.literal('delete'), itemKey: z.string().min(1).max(100_000) }).strict(),
])
const agreementRequest = z
  .object({ annotators: annotatorList, documentIds: z.array(id).max(100_000).nullable() })
  .strict()

export const apiArgumentSchemas = {
  getSession: z.tuple([]),
  workspaceDamage: z.tuple([]),
  restoreWorkspaceFile: z.tuple([
    z.enum(['settings.json', 'tag-schema.json']),
    z.string().regex(/^[^/\\]+\.json$/, 'a backup is named by its file name'),
  ]),
  startWithDefaultSettings: z.tuple([]),
  setAnnotator: z.tuple([
    z
      .string()
      .trim()
      .min(1, 'the annotator name is empty')
      .max(80)
      .refine((s) => s.isWellFormed() && !/[\p{Cc}]/u.test(s), 'the name holds control characters'),
  ]),
  openDocument: z.union([z.tuple([id]), z.tuple([id, setName])]),
  openDocumentFirst: z.tuple([id, setName.nullable(), z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)]),
  openDocumentRest: z.tuple([z.string().regex(/^[0-9a-f-]{36}$/, 'an opening key is a UUID')]),
  importText: z.tuple([
    z
      .object({
        fileName: z.string().min(1).max(255),
        bytes: z
          .instanceof(Uint8Array)
          .refine((b) => b.byteLength <= MAX_TEXT_BYTES, 'file larger than 50 MB'),
      })
      .strict(),
  ]),
  saveAnnotations: z.tuple([
    z
      .object({
        documentId: id,
        changes: z.array(changeSchema).max(MAX_CHANGES_PER_SAVE),
        set: setName.optional(),
        origin: z
          .string()
          .regex(/^[A-Za-z0-9-]{1,64}$/, 'a window id is 1 to 64 letters, digits or hyphens')
          .optional(),
      })
      .strict(),
  ]),
  saveTagSchema: z.tuple([tagSchemaSchema]),
  planExport: z.tuple([exportRequest]),
  exportCorpus: z.tuple([exportRequest]),
  importAnnotations: z.tuple([
    z
      .object({
        files: z
          .array(
            z
              .object({
                name: z.string().min(1).max(255),
                bytes: z
                  .instanceof(Uint8Array)
                  .refine((b) => b.byteLength <= MAX_TEXT_BYTES, 'file larger than 50 MB'),
              })
              .strict(),
          )
          .min(1)
          .max(10_000),
        annotator: z.string().trim().min(1).max(80).nullable(),
      })
      .strict(),
  ]),
  chooseWorkspace: z.tuple([]),
  annotatorsOf: z.tuple([id.nullable()]),
  annotationBackups: z.union([z.tuple([id]), z.tuple([id, setName])]),
  restoreAnnotationBackup: z.union([
    z.tuple([id, z.string().regex(/^[^/\\]+\.json$/, 'a backup is named by its file name')]),
    z.tuple([id, z.string().regex(/^[^/\\]+\.json$/, 'a backup is named by its file name'), setName]),
  ]),
  saveAnnotationsCopy: z.tuple([
    z
      .object({
        documentId: id,
        set: setName.optional(),
        annotations: z.array(annotationSchema).max(MAX_CHANGES_PER_SAVE),
      })
      .strict(),
  ]),
  openReview: z.tuple([z.object({ documentId: id, annotators: annotatorList }).strict()]),
  saveCuration: z.tuple([
    z
      .object({
        documentId: id,
        changes: z.array(changeSchema).max(MAX_CHANGES_PER_SAVE),
        decisions: z.array(decisionChangeSchema).max(MAX_CHANGES_PER_SAVE),
      })
      .strict(),
  ]),
  agreementReport: z.tuple([agreementRequest]),
  saveAgreementReport: z.tuple([agreementRequest.extend({ format: z.enum(['csv', 'markdown']) })]),
  savePreferences: z.tuple([preferencesSchema]),
} satisfies { [K in keyof Api]: z.ZodType<Parameters<Api[K]>> }

/** Parses the arguments of one call; the error message says which argument is wrong and why. */
export function parseApiArguments<K extends keyof Api>(
  method: K,
  args: unknown,
): { ok: true; value: Parameters<Api[K]> } | { ok: false; message: string } {
  const parsed = apiArgumentSchemas[method].safeParse(args)
  if (parsed.success) return { ok: true, value: parsed.data as Parameters<Api[K]> }
  const issue = parsed.error.issues[0]
  const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
  return { ok: false, message: `invalid arguments to ${method}${where}: ${issue?.message ?? 'rejected'}` }
}
