// Generated annotation sets for the comparison's tests: dense random sets (many overlaps, some fragments
// and attributes) to check its invariants, and large sets built slot by slot with a known count of each
// review kind. Seeded, so a failure can be replayed.
import { testSet, type TestSpan } from './review-annotations'

export function seededRandom(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return state / 2 ** 31
  }
}

export function shuffle<T>(values: T[], random: () => number): T[] {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[values[i], values[j]] = [values[j]!, values[i]!]
  }
  return values
}

/** `count` random spans per annotator over 200 code points, from four full labels. */
export function randomSets(annotators: readonly string[], count: number, seed: number) {
  const random = seededRandom(seed)
  const labels = ['ENTITY:STATE', 'ENTITY:PERSON', 'POSITION', 'COMMITMENT']
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!
  return annotators.map((annotator) =>
    testSet(
      annotator,
      Array.from({ length: count }, (_, i): TestSpan => {
        const start = Math.floor(random() * 40) * 5
        const end = start + 5 * (1 + Math.floor(random() * 3))
        const isSplit = random() < 0.15
        const at: [number, number][] = isSplit
          ? [
              [start, start + 3],
              [end, end + 4],
            ]
          : [[start, end]]
        const attributes: Record<string, string> =
          random() < 0.2 ? { polarity: pick(['support', 'oppose']) } : {}
        return { id: `${annotator[0]}${i}`, label: pick(labels), at, attributes }
      }),
    ),
  )
}

/**
 * Alice's and Bob's sets over `slots` slots of 10 code points, one kind per slot in turn (slots should be a
 * multiple of 6): agreed, label, boundary, Alice's single, two agreed nested across categories, Bob's
 * single. Each set holds one annotation per slot, shuffled.
 */
export function slotSets(slots: number, seed: number) {
  const alice: TestSpan[] = []
  const bob: TestSpan[] = []
  const both = (id: string, label: string, at: [number, number]) => {
    alice.push({ id: `a${id}`, label, at })
    bob.push({ id: `b${id}`, label, at })
  }
  for (let slot = 0; slot < slots; slot++) {
    const s = slot * 10
    const kind = slot % 6
    if (kind === 0) both(`${slot}`, 'ENTITY:STATE', [s, s + 6])
    if (kind === 1) alice.push({ id: `a${slot}`, label: 'ENTITY:STATE', at: [s, s + 6] })
    if (kind === 1) bob.push({ id: `b${slot}`, label: 'ENTITY:PERSON', at: [s, s + 6] })
    if (kind === 2) alice.push({ id: `a${slot}`, label: 'POSITION', at: [s, s + 6] })
    if (kind === 2) bob.push({ id: `b${slot}`, label: 'POSITION', at: [s + 2, s + 8] })
    if (kind === 3) alice.push({ id: `a${slot}`, label: 'COMMITMENT', at: [s, s + 6] })
    if (kind === 4) both(`${slot}`, 'POSITION', [s, s + 8])
    if (kind === 4) both(`${slot}n`, 'ENTITY:ORG', [s + 1, s + 3])
    if (kind === 5) bob.push({ id: `b${slot}`, label: 'ENTITY:PERSON', at: [s, s + 6] })
  }
  const random = seededRandom(seed)
  return [testSet('alice', shuffle(alice, random)), testSet('bob', shuffle(bob, random))]
}
