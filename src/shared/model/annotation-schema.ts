// The shape of an annotation as it crosses a trust boundary (IPC, the web host, a stored or imported
// file). Rejects reserved keys that could pollute prototypes, lone surrogates and inverted ranges.
import { z } from 'zod'
import { asCodePoint } from '../text/offsets'

export const idSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'an id is letters, digits, dot, dash or underscore')
const safeKey = z
  .string()
  .min(1)
  .max(100)
  .refine((k) => k !== '__proto__' && k !== 'constructor' && k !== 'prototype', 'reserved key')
export const wellFormed = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => s.isWellFormed(), 'text holds a lone surrogate')
const offset = z.number().int().nonnegative().transform(asCodePoint)

export const annotationSchema = z
  .object({
    id: idSchema,
    label: z
      .string()
      .min(1)
      .max(100)
      .regex(/^[A-Z][A-Z0-9_-]*(:[A-Za-z0-9_-]+)?$/, 'a label is CATEGORY or CATEGORY:type'),
    start: offset,
    end: offset,
    quote: z
      .object({ exact: wellFormed(1_000_000), prefix: wellFormed(1000), suffix: wellFormed(1000) })
      .strict(),
    attributes: z.record(safeKey, wellFormed(1000)),
    note: wellFormed(100_000),
    author: wellFormed(200).pipe(z.string().min(1)),
    created: z.iso.datetime(),
    modified: z.iso.datetime(),
  })
  .strict()
  .refine((a) => a.end > a.start, { message: 'end must be greater than start', path: ['end'] })
