// The shape of a Parley annotation-set file (`<docId>/<annotator>.json`): which document and text it
// belongs to, who made it, with which tag schema version, and its annotations exactly as the workspace
// stores them. The zod schema below is what an import checks; docs/formats/parley-annotation-set.schema.json
// documents the same shape for other tools.
import { z } from 'zod'
import type { Annotation } from '../model/annotation'
import { idSchema, wellFormed } from '../model/annotation-schema'

export const PARLEY_SET_FORMAT = 'parley-annotation-set'
export const PARLEY_SET_FORMAT_VERSION = 1

export interface ParleySetDocument {
  readonly id: string
  readonly title: string
  readonly fileName: string
  /** SHA-256 (hex) of the canonical text as UTF-8, as the workspace recorded it. */
  readonly textSha256: string
  /** Length of the canonical text in code points. */
  readonly length: number
}

export interface ParleyAnnotationSetFile {
  readonly format: typeof PARLEY_SET_FORMAT
  readonly formatVersion: typeof PARLEY_SET_FORMAT_VERSION
  readonly parleyVersion: string
  readonly document: ParleySetDocument
  readonly annotator: string
  readonly tagSchemaVersion: number
  readonly annotations: readonly Annotation[]
}

/**
 * Only the stored fields, in case the caller's objects carry more; keys in the sorted order files use.
 * `sorted` gives the stored attributes and roles as they are (by default) or with their keys sorted.
 */
export function storedAnnotation(a: Annotation, sorted: <T>(part: T) => T = (part) => part): Annotation {
  const { exact, prefix, suffix } = a.quote
  return {
    attributes: sorted(a.attributes),
    author: a.author,
    created: a.created,
    end: a.end,
    ...(a.fragments ? { fragments: a.fragments.map(({ start, end }) => ({ end, start })) } : {}),
    id: a.id,
    label: a.label,
    modified: a.modified,
    note: a.note,
    quote: { exact, prefix, suffix },
    roles: sorted(a.roles),
    start: a.start,
  }
}

/** Read first, so a JSON file that is something else is named as such instead of drowning in issues. */
export const setHeaderSchema = z.object({
  format: z.literal(PARLEY_SET_FORMAT, {
    error: `not a Parley annotation set (format is not "${PARLEY_SET_FORMAT}")`,
  }),
  formatVersion: z.literal(PARLEY_SET_FORMAT_VERSION, {
    error: `written in a format version this Parley does not read (it reads ${PARLEY_SET_FORMAT_VERSION})`,
  }),
})

export const setFileSchema = z
  .object({
    format: z.literal(PARLEY_SET_FORMAT),
    formatVersion: z.literal(PARLEY_SET_FORMAT_VERSION),
    parleyVersion: wellFormed(100),
    document: z
      .object({
        id: idSchema,
        title: wellFormed(1000),
        fileName: wellFormed(1000),
        textSha256: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 is 64 lower-case hex digits'),
        length: z.number().int().nonnegative(),
      })
      .strict(),
    annotator: wellFormed(200).pipe(z.string().min(1)),
    tagSchemaVersion: z.number().int().positive(),
    annotations: z.array(z.unknown()).max(1_000_000),
  })
  .strict()
