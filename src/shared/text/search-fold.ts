// The folded form of a text that Find searches with a plain indexOf: canonical decomposition (so precomposed
// and decomposed accents compare equal), optionally lower case and without combining marks, the curly
// apostrophe made straight, and any run of white space made one space. A compact map leads each folded
// position back to its UTF-16 offset in the original text. One native regex replace visits only what is not
// plain ASCII (a few percent of a French text), so folding a megabyte is fast even before the JIT warms up.
import { isSpace } from './chars'

export interface FoldOptions {
  readonly caseSensitive: boolean
  readonly accentSensitive: boolean
}

export interface Folded {
  readonly text: string
  /**
   * The original offset where the character cluster behind folded position `p` starts, or -1 when `p` falls
   * inside the fold of one cluster (`é` folded to `e` + U+0301), where no match may start or end. Position
   * `text.length` maps to the original length.
   */
  originAt(p: number): number
}

/** What extends a cluster (as clusterEnd reads it): marks, skin tones, emoji tags, a ZWJ and what it joins. */
const EXTEND = String.raw`(?:[\p{M}\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]|\u200D[^\s\u200B])`
/**
 * Everything that does not fold to itself unit for unit (but for ASCII case): white space other than a
 * single space (a whole run at once), any non-ASCII cluster, and an ASCII character with marks. Plain ASCII
 * is left to the native scan between matches.
 */
const SPECIAL = new RegExp(
  String.raw`[\s\u200B]{2,}|[^\S ]|\u200B|\p{RI}\p{RI}${EXTEND}*|[^\x20-\x7E]${EXTEND}*|[\x21-\x7E]${EXTEND}+`,
  'gu',
)

function foldCluster(cluster: string, options: FoldOptions): string {
  let folded = cluster.normalize('NFD')
  if (!options.caseSensitive) folded = folded.toLocaleLowerCase('fr')
  if (!options.accentSensitive) folded = folded.replace(/\p{M}/gu, '')
  return folded.replaceAll('\u2019', "'")
}

/**
 * Folds `text`. Outside the SPECIAL matches the folded text is the original (lower-cased by the final
 * `toLowerCase`, which leaves already-folded characters alone), so the map only records the matches whose
 * fold is not one unit for one unit: within such a fold only its first position maps back.
 */
export function foldForSearch(text: string, options: FoldOptions): Folded {
  const cache = new Map<string, string>()
  /** Per recorded match: folded start, original start, folded length, original length. */
  const folds: number[] = []
  let delta = 0
  let folded = text.replace(SPECIAL, (match: string, offset: number) => {
    let fold = isSpace(match.codePointAt(0)!) ? ' ' : cache.get(match)
    if (fold === undefined) cache.set(match, (fold = foldCluster(match, options)))
    if (fold.length !== 1 || match.length !== 1) folds.push(offset + delta, offset, fold.length, match.length)
    delta += fold.length - match.length
    return fold
  })
  if (!options.caseSensitive) folded = folded.toLowerCase()
  const count = folds.length / 4
  return {
    text: folded,
    originAt(p) {
      if (p >= folded.length) return text.length
      // The last recorded fold starting at or before p.
      let lo = 0
      let hi = count
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if (folds[mid * 4]! <= p) lo = mid + 1
        else hi = mid
      }
      if (lo === 0) return p
      const [start, origin, length, originalLength] = folds.slice(lo * 4 - 4, lo * 4) as [
        number,
        number,
        number,
        number,
      ]
      if (p < start + length) return p === start ? origin : -1
      return origin + originalLength + (p - start - length)
    },
  }
}
