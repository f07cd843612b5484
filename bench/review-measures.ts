// The review line: diff and agreement of two 20,000-annotation sets of the 1 MB text, timed in this process
// (the real createAgreementTally, which diffs the sets to list the disagreements, then computes every
// figure), as the app's agreement service runs it for one document. Set A is the bench's generated set;
// set B is A as a colleague might have tagged it: about 70 % the same, 10 % another label (an entity's
// type, a position's polarity, a commitment read as a position), 10 % other boundaries (a word more or
// less, at word edges), 5 % left out and 5 % tagged where A tagged nothing. The diff alone is timed too,
// as detail, with the count of each kind of review item, so a reader sees the mix the figure was made on.
import type { Annotation } from '@shared/model/annotation'
import { DEFAULT_TAG_SCHEMA } from '@shared/model/default-tag-schema'
import { quoteAt } from '@shared/model/quote'
import { createAgreementTally } from '@shared/review/agreement-tally'
import { diffAnnotationSets } from '@shared/review/diff-sets'
import { asCodePoint, createOffsetIndex, type OffsetIndex } from '@shared/text/offsets'
import { generateAnnotations } from './corpus-annotations'
import { between, generateText, pick, seededRandom, type GeneratedText, type Random } from './french-text'

export interface ReviewSamples {
  /** Diff + agreement (the whole tally: add the document, make the report), per run, in ms. */
  readonly reviewMs: readonly number[]
  /** The diff alone, per run, in ms. */
  readonly diffMs: readonly number[]
  readonly annotations: readonly [number, number]
  /** Review items by kind, from the diff. */
  readonly kinds: Readonly<Record<string, number>>
  readonly textBytes: number
}

const TYPES = DEFAULT_TAG_SCHEMA.categories.find((c) => c.id === 'ENTITY')!.types.map((t) => t.id)

/** Word edges of the generated text (code points), sorted: where a colleague's boundary may fall instead. */
function wordEdges(generated: GeneratedText): { starts: number[]; ends: number[] } {
  const units = generated.sentences.flatMap((s) => s.units)
  return { starts: units.map((u) => u.start), ends: units.map((u) => u.end) }
}

const firstAbove = (sorted: readonly number[], value: number): number | undefined => {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]! <= value) lo = mid + 1
    else hi = mid
  }
  return sorted[lo]
}

function relabelled(random: Random, a: Annotation): Pick<Annotation, 'label' | 'attributes'> {
  if (a.label === 'ENTITY')
    return {
      label: a.label,
      attributes: {
        ...a.attributes,
        type: pick(
          random,
          TYPES.filter((t) => t !== a.attributes.type),
        ),
      },
    }
  if (a.label === 'POSITION' && random() < 0.5)
    return {
      label: a.label,
      attributes: { ...a.attributes, polarity: a.attributes.polarity === 'support' ? 'oppose' : 'support' },
    }
  return { label: a.label === 'POSITION' ? 'COMMITMENT' : 'POSITION', attributes: {} }
}

/** A colleague's set made from A (see the module comment). */
export function colleagueSet(
  random: Random,
  generated: GeneratedText,
  index: OffsetIndex,
  a: readonly Annotation[],
) {
  const { text } = generated
  const edges = wordEdges(generated)
  const at = (source: Annotation, start: number, end: number, n: number): Annotation => ({
    ...source,
    id: `b-${n}`,
    start: asCodePoint(start),
    end: asCodePoint(end),
    quote: quoteAt(text, index, asCodePoint(start), asCodePoint(end)),
    author: 'Colleague',
  })
  const b: Annotation[] = []
  a.forEach((source, n) => {
    const draw = random()
    if (draw < 0.7) b.push({ ...at(source, source.start, source.end, n) })
    else if (draw < 0.8) b.push({ ...at(source, source.start, source.end, n), ...relabelled(random, source) })
    else if (draw < 0.9) {
      const end = firstAbove(edges.ends, source.end) ?? source.end
      const start = random() < 0.5 ? source.start : (firstAbove(edges.starts, source.start) ?? source.start)
      b.push(at(source, start, start < end ? end : source.end, n))
    } else if (draw < 0.95) {
      const elsewhere = pick(random, generated.sentences)
      const unit = elsewhere.units[between(random, 0, elsewhere.units.length - 1)]!
      b.push({
        ...at(source, unit.start, unit.end, n),
        label: 'ENTITY',
        attributes: { type: pick(random, TYPES) },
      })
    }
  })
  return b
}

export function measureReview(runs: number, seed: string): ReviewSamples {
  const generated = generateText(seededRandom(`${seed}/text/1mb/1000000`), 1_000_000)
  const { text } = generated
  const index = createOffsetIndex(text)
  const a = generateAnnotations(
    seededRandom(`${seed}/annotations/c-1mb-20000.txt`),
    generated,
    20_000,
    'Bench',
  )
  const b = colleagueSet(seededRandom(`${seed}/colleague`), generated, index, a)
  const sets = new Map([
    ['Bench', a],
    ['Colleague', b],
  ])
  const categories = DEFAULT_TAG_SCHEMA.categories.map((c) => c.id)
  const reviewMs: number[] = []
  const diffMs: number[] = []
  const kinds: Record<string, number> = {}
  for (let run = 0; run < runs; run++) {
    const diffStart = performance.now()
    const items = diffAnnotationSets(
      [...sets].map(([annotator, annotations]) => ({ annotator, annotations })),
    )
    const diffTook = performance.now() - diffStart
    const start = performance.now()
    const tally = createAgreementTally([...sets.keys()], categories)
    tally.addDocument({ id: 'c-1mb-20000', text, sets })
    tally.report()
    reviewMs.push(performance.now() - start)
    diffMs.push(diffTook)
    if (run === 0) for (const item of items) kinds[item.kind] = (kinds[item.kind] ?? 0) + 1
  }
  return { reviewMs, diffMs, annotations: [a.length, b.length], kinds, textBytes: Buffer.byteLength(text) }
}
