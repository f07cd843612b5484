// Hand-made annotations for the review tests: a span by offsets (or fragments), a label with optional
// attributes and roles, an author; the quote is a placeholder, since comparison and curation never read it.
import type { Annotation, RoleFiller } from '../../model/annotation'
import { asCodePoint } from '../../text/offsets'

export const TEST_TIME = '2024-03-29T10:00:00.000Z'

export interface TestSpan {
  readonly id: string
  /** `ENTITY:STATE` or `POSITION`: the category, then the type if any. */
  readonly label: string
  readonly at: readonly [number, number] | readonly (readonly [number, number])[]
  readonly attributes?: Readonly<Record<string, string>>
  readonly roles?: Readonly<Record<string, readonly RoleFiller[]>>
}

export function testAnnotation(author: string, spec: TestSpan): Annotation {
  const pieces = (typeof spec.at[0] === 'number' ? [spec.at] : spec.at) as readonly (readonly [
    number,
    number,
  ])[]
  const [category, type] = spec.label.split(':')
  const fragments = pieces.map(([start, end]) => ({ start: asCodePoint(start), end: asCodePoint(end) }))
  return {
    id: spec.id,
    label: category ?? spec.label,
    start: fragments[0]!.start,
    end: fragments.at(-1)!.end,
    ...(fragments.length > 1 ? { fragments } : {}),
    quote: { exact: 'x', prefix: '', suffix: '' },
    attributes: { ...(type ? { type } : {}), ...spec.attributes },
    roles: spec.roles ?? {},
    note: '',
    author,
    created: TEST_TIME,
    modified: TEST_TIME,
  }
}

/** One annotator's set, from span specs. */
export function testSet(annotator: string, specs: readonly TestSpan[]) {
  return { annotator, annotations: specs.map((spec) => testAnnotation(annotator, spec)) }
}
