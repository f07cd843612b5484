// Annotations for format tests, placed by the phrases they cover instead of hand-counted offsets: each
// fragment is the first occurrence of its phrase at or after the end of the previous fragment (or after
// an anchor phrase). Edge cases (crossing spans, spans across line breaks, a span inside a compound
// word) read better this way than in the shared golden input.
import type { Annotation, RoleFiller } from '../../model/annotation'
import { quoteAt } from '../../model/quote'
import { asUtf16, createOffsetIndex } from '../../text/offsets'

export interface PhraseSpec {
  readonly id: string
  readonly label: string
  /** The phrase of each fragment; one phrase for a continuous span. */
  readonly phrases: readonly string[]
  /** Search from this phrase's first occurrence instead of the start of the text. */
  readonly after?: string
  readonly attributes?: Readonly<Record<string, string>>
  readonly roles?: Readonly<Record<string, readonly RoleFiller[]>>
  readonly note?: string
}

export const TEST_TIME = '2024-03-29T10:00:00.000Z'

export function phraseAnnotations(text: string, author: string, specs: readonly PhraseSpec[]): Annotation[] {
  const index = createOffsetIndex(text)
  return specs.map((spec) => {
    let from = spec.after === undefined ? 0 : text.indexOf(spec.after)
    const fragments = spec.phrases.map((phrase) => {
      const at = from < 0 ? -1 : text.indexOf(phrase, from)
      if (at < 0) throw new Error(`test annotations: « ${phrase} » not found`)
      from = at + phrase.length
      return { start: index.toCodePoint(asUtf16(at)), end: index.toCodePoint(asUtf16(from)) }
    })
    const start = fragments[0]!.start
    const end = fragments.at(-1)!.end
    return {
      id: spec.id,
      label: spec.label,
      start,
      end,
      ...(fragments.length > 1 ? { fragments } : {}),
      quote: quoteAt(text, index, start, end),
      attributes: spec.attributes ?? {},
      roles: spec.roles ?? {},
      note: spec.note ?? '',
      author,
      created: TEST_TIME,
      modified: TEST_TIME,
    }
  })
}
