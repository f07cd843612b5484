// Annotations for a generated text, in the stored format (code-point offsets, quote with 32 code points of
// context, attributes, `roles: {}`, note, author, ISO times, UUID-shaped ids), in document order.
// The mix: 10 % COMMITMENT and 10 % POSITION over whole sentences; 20 % ENTITY nested inside those;
// 2 % POSITION or COMMITMENT crossing from one sentence into the next (overlapping, not nested); the rest
// ENTITY on entity mentions or words outside every other span. Only when a text is too short for its
// count (20,000 spans in 200 KB) do the free entities fall inside sentences already tagged.
import type { Annotation } from '@shared/model/annotation'
import { sortAnnotations } from '@shared/model/annotation'
import { DEFAULT_TAG_SCHEMA } from '@shared/model/default-tag-schema'
import { quoteAt } from '@shared/model/quote'
import { asCodePoint, createOffsetIndex } from '@shared/text/offsets'
import { between, pick, shuffle, type GeneratedText, type Random, type Sentence } from './french-text'

const SHARES = { outer: 0.2, nested: 0.2, crossing: 0.02 } as const

type Unit = Sentence['units'][number]

const NOTES = [
  'Formule reprise du communiqué de 2023.',
  'À vérifier : la version chinoise dit « partenariat stratégique global ».',
  'Engagement sans échéance précise.',
]
/** Types given to entities that fall on a plain word rather than a name. */
const WORD_TYPES = ['OTHER', 'ORGANIZATION', 'LOCATION', 'EVENT']
const FIRST_CREATED = Date.UTC(2024, 3, 2, 8, 30)

function attributesFor(random: Random, label: string, unit?: Unit): Record<string, string> {
  const attributes: Record<string, string> = {}
  const category = DEFAULT_TAG_SCHEMA.categories.find((c) => c.id === label)
  for (const attribute of category?.attributes ?? []) {
    if (attribute.kind !== 'enum' || random() < 0.3) continue
    attributes[attribute.id] = pick(random, attribute.values).id
  }
  if (label === 'ENTITY') attributes.type = unit?.type ?? pick(random, WORD_TYPES)
  return attributes
}

/** A version 4 UUID drawn from the seeded stream (matches the stored id pattern). */
function uuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16))
  hex[12] = '4'
  hex[16] = ((Math.floor(random() * 4) & 0x3) | 0x8).toString(16)
  const s = hex.join('')
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`
}

/** Mentions first (shuffled), then words (shuffled): entities fall on names before they fall on words. */
function mentionsFirst(random: Random, units: readonly Unit[]): Unit[] {
  const mentions = units.filter((u) => u.type)
  const words = units.filter((u) => !u.type)
  return [...shuffle(random, mentions), ...shuffle(random, words)]
}

export function generateAnnotations(
  random: Random,
  generated: GeneratedText,
  count: number,
  author: string,
): Annotation[] {
  const { text, sentences } = generated
  const index = createOffsetIndex(text)
  const spans: { label: string; start: number; end: number; unit?: Unit }[] = []

  const outerCount = Math.round(count * SHARES.outer)
  const nestedCount = Math.round(count * SHARES.nested)
  const crossingCount = Math.round(count * SHARES.crossing)
  const freeCount = count - outerCount - nestedCount - crossingCount

  // Whole sentences for positions and commitments, those that read as one first.
  const order = shuffle(random, [...sentences.keys()])
  const taggable = [
    ...order.filter((i) => sentences[i]!.kind !== 'other'),
    ...order.filter((i) => sentences[i]!.kind === 'other'),
  ]
  const outer = taggable.slice(0, outerCount)
  const isOuter = new Uint8Array(sentences.length)
  for (let k = 0; k < outerCount; k++) {
    const i = outer[k % outer.length]!
    const s = sentences[i]!
    const label =
      s.kind === 'commitment'
        ? 'COMMITMENT'
        : s.kind === 'position'
          ? 'POSITION'
          : pick(random, ['COMMITMENT', 'POSITION'])
    const first = k < outer.length ? 0 : between(random, 0, Math.max(0, s.units.length - 3))
    const last =
      k < outer.length ? s.units.length - 1 : Math.min(s.units.length - 1, first + between(random, 2, 9))
    spans.push({ label, start: s.units[first]!.start, end: s.units[last]!.end })
    isOuter[i] = 1
  }

  // Crossing spans: from the middle of a tagged sentence into the next one of the same paragraph.
  const crossable = outer.filter((i) => sentences[i + 1]?.paragraph === sentences[i]!.paragraph)
  for (let k = 0; k < crossingCount && crossable.length > 0; k++) {
    const i = pick(random, crossable)
    const s = sentences[i]!
    const next = sentences[i + 1]!
    const from = s.units[between(random, Math.floor(s.units.length / 2), s.units.length - 1)]!
    const to = next.units[Math.min(next.units.length - 1, between(random, 1, 4))]!
    spans.push({ label: pick(random, ['POSITION', 'COMMITMENT']), start: from.start, end: to.end })
  }

  // Entities: nested ones on units of tagged sentences, free ones on units of the others.
  const unitsOf = (tagged: boolean): Unit[] =>
    sentences.flatMap((s, i) => (isOuter[i] === +tagged ? s.units : []))
  const inside = mentionsFirst(random, unitsOf(true))
  const outside = mentionsFirst(random, unitsOf(false))
  const nested = inside.splice(0, nestedCount)
  const free = [...outside, ...inside].slice(0, freeCount)
  const everyUnit = sentences.flatMap((s) => s.units)
  while (free.length < freeCount) free.push(pick(random, everyUnit))
  for (const unit of [...nested, ...free])
    spans.push({ label: 'ENTITY', start: unit.start, end: unit.end, unit })

  const annotations = spans.map((span, n) => {
    const created = new Date(FIRST_CREATED + n * 37_000 + between(random, 0, 36_000)).toISOString()
    const modified =
      random() < 0.9
        ? created
        : new Date(Date.parse(created) + between(random, 1, 600) * 60_000).toISOString()
    return {
      id: uuid(random),
      label: span.label,
      start: asCodePoint(span.start),
      end: asCodePoint(span.end),
      quote: quoteAt(text, index, asCodePoint(span.start), asCodePoint(span.end)),
      attributes: attributesFor(random, span.label, span.unit),
      roles: {},
      note: random() < 0.03 ? pick(random, NOTES) : '',
      author,
      created,
      modified,
    } satisfies Annotation
  })
  return sortAnnotations(annotations)
}
