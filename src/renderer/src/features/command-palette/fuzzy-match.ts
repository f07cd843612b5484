// Fuzzy matching for the command palette: the typed letters must appear in the label in order, ignoring
// case and accents (« exp » finds « Exporter… », « reglages » finds « Réglages »). Whole-substring matches
// rank first, then matches at word starts, then scattered letters; shorter labels break ties.

export interface FuzzyMatch {
  readonly score: number
  /** Indices in the label (UTF-16 units) of the matched characters, to emphasise them. */
  readonly indices: readonly number[]
}

/** One folded character per UTF-16 unit, so indices in the folded text are indices in the label. */
export function foldForMatch(text: string): string {
  let out = ''
  for (const char of text) {
    const folded = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    out += (folded[0] ?? char).padEnd(char.length, folded[0] ?? char)
  }
  return out
}

const isWordStart = (text: string, i: number): boolean => i === 0 || /[\s\-–—'’«(/.]/.test(text[i - 1] ?? '')

export function fuzzyMatch(query: string, label: string): FuzzyMatch | null {
  const q = foldForMatch(query.trim()).replace(/\s+/g, ' ')
  if (q === '') return { score: 0, indices: [] }
  const text = foldForMatch(label)
  const at = text.indexOf(q)
  if (at >= 0) {
    const wordStart = isWordStart(text, at)
    const indices = Array.from({ length: q.length }, (_, i) => at + i)
    return { score: 1000 + (wordStart ? 500 : 0) - at - label.length / 100, indices }
  }
  const letters = q.replace(/ /g, '')
  const indices = subsequence(text, letters, true) ?? subsequence(text, letters, false)
  if (!indices) return null
  let score = 0
  indices.forEach((found, n) => {
    const previous = indices[n - 1]
    score += isWordStart(text, found) ? 12 : previous !== undefined && found === previous + 1 ? 8 : 1
  })
  return { score: score - label.length / 100, indices }
}

/** Where the letters occur in order; preferring, a few characters ahead, an occurrence at a word start. */
function subsequence(text: string, letters: string, preferWordStarts: boolean): number[] | null {
  const indices: number[] = []
  let from = 0
  for (const letter of letters) {
    let found = -1
    for (let i = text.indexOf(letter, from); i >= 0; i = text.indexOf(letter, i + 1)) {
      if (found < 0) found = i
      if (!preferWordStarts || isWordStart(text, i)) {
        found = i
        break
      }
      if (i > from + 12) break
    }
    if (found < 0) return null
    indices.push(found)
    from = found + 1
  }
  return indices
}

/** The items that match, best first; all of them, in their order, for an empty query. */
export function rankByMatch<T>(
  items: readonly T[],
  query: string,
  labelOf: (item: T) => string,
): { readonly item: T; readonly match: FuzzyMatch }[] {
  const matched = items.flatMap((item, order) => {
    const match = fuzzyMatch(query, labelOf(item))
    return match ? [{ item, match, order }] : []
  })
  matched.sort((a, b) => b.match.score - a.match.score || a.order - b.order)
  return matched.map(({ item, match }) => ({ item, match }))
}
