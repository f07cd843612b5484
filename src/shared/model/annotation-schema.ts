// The shape of an annotation as it crosses a trust boundary (IPC, the web host, a stored or imported
// file). Rejects reserved keys that could pollute prototypes, lone surrogates, inverted ranges, and
// fragments of a discontinuous span that overlap, are out of order or do not cover its extent's ends.
import { z } from 'zod'
import { asCodePoint } from '../text/offsets'
import { isReservedKey } from './reserved-keys'

export const idSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'an id is letters, digits, dot, dash or underscore')
const safeKey = z
  .string()
  .min(1)
  .max(100)
  .refine((k) => !isReservedKey(k), 'reserved key')
/** A record with safe keys. Zod's record skips a `__proto__` key silently: this refuses it, by name. */
const safeRecord = <T extends z.ZodType>(value: T) =>
  z
    .unknown()
    .superRefine((input, context) => {
      if (typeof input !== 'object' || input === null) return
      for (const key of Object.keys(input))
        if (isReservedKey(key))
          context.addIssue({ code: 'custom', message: `reserved key ${key}`, path: [key] })
    })
    .pipe(z.record(safeKey, value))
export const wellFormed = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => s.isWellFormed(), 'text holds a lone surrogate')
const offset = z.number().int().nonnegative().transform(asCodePoint)

const fragmentSchema = z
  .object({ start: offset, end: offset })
  .strict()
  .refine((f) => f.end > f.start, { message: 'a fragment must end after it starts', path: ['end'] })

const roleFillerSchema = z.union([
  z.object({ ref: idSchema }).strict(),
  z.object({ text: wellFormed(1000) }).strict(),
])

export const annotationSchema = z
  .object({
    id: idSchema,
    label: z
      .string()
      .min(1)
      .max(100)
      .regex(
        /^[A-Z][A-Z0-9_-]*$/,
        'a label is a category id such as ENTITY (its type goes in attributes.type)',
      ),
    start: offset,
    end: offset,
    fragments: z.array(fragmentSchema).min(2).max(100).optional(),
    quote: z
      .object({ exact: wellFormed(1_000_000), prefix: wellFormed(1000), suffix: wellFormed(1000) })
      .strict(),
    attributes: safeRecord(wellFormed(1000)),
    roles: safeRecord(z.array(roleFillerSchema).max(1000)),
    note: wellFormed(100_000),
    author: wellFormed(200).pipe(z.string().min(1)),
    created: z.iso.datetime(),
    modified: z.iso.datetime(),
  })
  .strict()
  .refine((a) => a.end > a.start, { message: 'end must be greater than start', path: ['end'] })
  .superRefine((a, context) => {
    const fragments = a.fragments
    if (!fragments) return
    const problem = (message: string, index: number): void =>
      context.addIssue({ code: 'custom', message, path: ['fragments', index] })
    if (fragments[0]?.start !== a.start) problem('the first fragment must start where the span starts', 0)
    const last = fragments.length - 1
    if (fragments[last]?.end !== a.end) problem('the last fragment must end where the span ends', last)
    for (let i = 1; i <= last; i++) {
      const previous = fragments[i - 1]
      const fragment = fragments[i]
      if (previous && fragment && fragment.start < previous.end)
        problem('fragments must be sorted and must not overlap', i)
    }
  })
