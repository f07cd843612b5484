// The small fixed input every format's golden files are made from: the sample communiqué annotated by two
// analysts (nested entities, a discontinuous commitment, roles by reference and by text, a note with markup,
// quotes, a comma, a newline and a spreadsheet formula), and a one-line text of astral characters, an emoji
// with a skin-tone modifier, a flag and a combining accent. Sets and annotations are given out of order on
// purpose: exports must sort them. Offsets are found by searching the text, never counted by hand.
import type { Annotation, Fragment } from '../../model/annotation'
import type { DocumentMeta } from '../../model/document'
import { DEFAULT_TAG_SCHEMA } from '../../model/default-tag-schema'
import { quoteAt } from '../../model/quote'
import { asCodePoint, asUtf16, createOffsetIndex, type OffsetIndex } from '../../text/offsets'
import type { ExportInput } from '../format'

export const COMMUNIQUE_ID = 'cn-kz-strategic-dialogue-2024-03-29-fr'
export const ASTRAL_ID = 'astral-and-combining'
/** The same text as fixtures/text/astral-and-combining.txt: 29 code points, 34 UTF-16 units. */
export const ASTRAL_TEXT = 'Le 𠮷 dit 👍🏽 à la 🇫🇷 : e\u0301lan.\n'

const uuid = (n: number): string => `3f1c2a10-0000-4000-8000-${String(n).padStart(12, '0')}`
const time = (minute: number): string => `2024-04-02T09:${String(minute).padStart(2, '0')}:00.000Z`

interface SpanSpec {
  readonly n: number
  readonly label: string
  /** The text to find, its occurrence (1-based) and, for a discontinuous span, the later pieces. */
  readonly find: string
  readonly occurrence?: number
  readonly more?: readonly string[]
  readonly attributes: Record<string, string>
  readonly roles?: Annotation['roles']
  readonly note?: string
}

function annotationsOf(text: string, author: string, specs: readonly SpanSpec[]): Annotation[] {
  const index = createOffsetIndex(text)
  return specs.map((spec) => {
    const pieces = [findPiece(text, index, spec.find, spec.occurrence ?? 1)]
    for (const more of spec.more ?? []) pieces.push(findPiece(text, index, more, 1, pieces.at(-1)?.end ?? 0))
    const start = pieces[0]!.start
    const end = pieces.at(-1)!.end
    return {
      id: uuid(spec.n),
      label: spec.label,
      start,
      end,
      ...(pieces.length > 1 ? { fragments: pieces } : {}),
      quote: quoteAt(text, index, start, end),
      attributes: spec.attributes,
      roles: spec.roles ?? {},
      note: spec.note ?? '',
      author,
      created: time(spec.n),
      modified: time(spec.n + 30),
    }
  })
}

/** The code-point range of the n-th occurrence of `needle` at or after code point `after`. */
function findPiece(
  text: string,
  index: OffsetIndex,
  needle: string,
  occurrence: number,
  after = 0,
): Fragment {
  let at = index.toUtf16(asCodePoint(after)) - 1
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1)
    if (at === -1) throw new Error(`golden input: « ${needle} » not found`)
  }
  return { start: index.toCodePoint(asUtf16(at)), end: index.toCodePoint(asUtf16(at + needle.length)) }
}

const meta = (id: string, fileName: string, sha: string, length: number, title: string): DocumentMeta => ({
  id,
  title,
  fileName,
  encoding: 'UTF-8',
  newline: 'LF',
  sourceSha256: sha,
  textSha256: sha,
  length,
  importedAt: '2024-04-02T08:00:00.000Z',
})

const AICHA = 'Aïcha Benali'
const JEAN = 'Jean Dupont'
const entity = (type: string, canonical?: string): Record<string, string> =>
  canonical === undefined ? { type } : { type, canonical }

/** `communique` is fixtures/cn-kz-strategic-dialogue-2024-03-29.fr.txt, read by the caller. */
export function goldenInput(communique: string): ExportInput {
  const aicha = annotationsOf(communique, AICHA, [
    {
      n: 8,
      label: 'ENTITY',
      find: 'Organisation de coopération de Shanghai (OCS)',
      attributes: entity('ORGANIZATION', 'OCS'),
      note: '=HYPERLINK("https://example.org","OCS")',
    },
    { n: 1, label: 'ENTITY', find: 'Wang Yi', attributes: entity('PERSON', 'Wang Yi') },
    {
      n: 2,
      label: 'ENTITY',
      find: 'Bureau politique du Comité central du Parti communiste chinois',
      attributes: entity('ORGANIZATION', 'Bureau politique du PCC'),
    },
    { n: 3, label: 'ENTITY', find: 'Parti communiste chinois', attributes: entity('ORGANIZATION', 'PCC') },
    {
      n: 4,
      label: 'POSITION',
      find: 'Le Kazakhstan soutient fermement la Chine dans la défense de ses intérêts fondamentaux',
      attributes: { polarity: 'support', intensity: 'strong' },
      roles: { holder: [{ ref: uuid(5) }], target: [{ text: 'la Chine (intérêts fondamentaux)' }] },
      note: 'Voir <script>alert("x")</script>, puis\n« fermement » : à vérifier',
    },
    { n: 5, label: 'ENTITY', find: 'Kazakhstan', occurrence: 16, attributes: entity('STATE', 'Kazakhstan') },
    {
      n: 6,
      label: 'COMMITMENT',
      find: 'La Chine est disposée',
      occurrence: 2,
      more: ['renforcer la coopération en matière de capacité de production'],
      attributes: { kind: 'unilateral', domain: 'economy-trade', strength: 'firm' },
      roles: { actors: [{ ref: uuid(7) }] },
    },
    { n: 7, label: 'ENTITY', find: 'La Chine', occurrence: 3, attributes: entity('STATE', 'Chine') },
  ]).reverse()
  const jean = annotationsOf(communique, JEAN, [
    {
      n: 10,
      label: 'COMMITMENT',
      find: 'Les deux parties ont convenu de se soutenir mutuellement',
      attributes: { kind: 'joint', domain: 'multilateral' },
    },
    { n: 9, label: 'ENTITY', find: 'Kazakhstan', attributes: entity('STATE') },
  ])
  const astral = annotationsOf(ASTRAL_TEXT, AICHA, [
    { n: 11, label: 'ENTITY', find: '𠮷', attributes: entity('OTHER') },
    { n: 12, label: 'ENTITY', find: '👍🏽', attributes: entity('OTHER') },
    { n: 13, label: 'ENTITY', find: '🇫🇷', attributes: entity('STATE', 'France') },
    { n: 14, label: 'ENTITY', find: 'e\u0301lan', attributes: entity('OTHER'), note: 'e + U+0301' },
  ])
  return {
    parleyVersion: '0.1.0',
    schema: DEFAULT_TAG_SCHEMA,
    documents: [
      {
        meta: meta(
          ASTRAL_ID,
          'astral-and-combining.txt',
          '34f05215a914b2ec14e08796dcb71d87dda78475c5c202bc42c7747c3f6d2d41',
          29,
          'Astral characters and a combining accent',
        ),
        text: ASTRAL_TEXT,
        sets: [{ annotator: AICHA, annotations: astral }],
      },
      {
        meta: meta(
          COMMUNIQUE_ID,
          'cn-kz-strategic-dialogue-2024-03-29.fr.txt',
          '70785f4556b85a6109ebf2af01b2e921039db44d049c123509d9a915ffea5513',
          6977,
          'Dialogue stratégique Chine–Kazakhstan, 29 mars 2024',
        ),
        text: communique,
        sets: [
          { annotator: JEAN, annotations: jean },
          { annotator: AICHA, annotations: aicha },
        ],
      },
    ],
  }
}
