// Agreement between annotators over one document or a whole workspace, added one document at a time (so
// the caller can report progress) and pooled: kappa and alpha items are every token of every document
// (agreement-tokens.ts), F1 comes from summed match counts (agreement-spans.ts), and αu reads one continuum,
// the documents laid end to end in code points. `report()` gives the figures per category and label, for all
// the annotators and for each pair, with the disagreements behind them (agreement-disagreements.ts).
// Which measure applies: Cohen's kappa to a pair (so at the top only with exactly two annotators), Fleiss'
// kappa to three or more, F1 to a pair (at the top, the mean over the pairs where it is defined), alpha and
// αu to any number. A measure that does not apply, or is undefined on the data, is null.
import type { Annotation } from '../model/annotation'
import { categoryOf, flatLabel, TYPE_ATTRIBUTE } from '../model/tag-schema'
import { createOffsetIndex } from '../text/offsets'
import { disagreementsOf } from './agreement-disagreements'
import {
  addCounts,
  f1OfCounts,
  matchCounts,
  NO_SPANS,
  spansByLabel,
  type SpanCounts,
} from './agreement-spans'
import { cohenKappaOf, fleissKappaOf, krippendorffAlphaOf } from './agreement-token-measures'
import {
  createTokenTable,
  documentTokens,
  labelTokensByCategory,
  onlyLabel,
  projectTo,
  type TokenCombination,
  type TokenTable,
} from './agreement-tokens'
import { diffAnnotationSets } from './diff-sets'
import {
  unitizingDisagreementOf,
  type RaterUnits,
  type UnitizingDisagreement,
} from './measures/unitizing-alpha'
import type { AgreementFigures, AgreementMeasures, AgreementReport, Disagreement } from './review-types'

export interface AgreementDocument {
  readonly id: string
  readonly text: string
  /** Annotation sets by annotator; a chosen annotator without a set marked nothing in this document. */
  readonly sets: ReadonlyMap<string, readonly Annotation[]>
}

export interface AgreementTally {
  addDocument(document: AgreementDocument): void
  report(): AgreementReport
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** flatLabel, with one string per label and type rather than one per annotation. */
function flatLabels(): (a: Annotation) => string {
  const cache = new Map<string, Map<string, string>>()
  return (a) => {
    const type = a.attributes[TYPE_ATTRIBUTE] ?? ''
    let byType = cache.get(a.label)
    if (!byType) cache.set(a.label, (byType = new Map<string, string>()))
    let label = byType.get(type)
    if (label === undefined) byType.set(type, (label = flatLabel(a)))
    return label
  }
}

/** The mean of the values that are defined, or null. */
function meanOf(values: readonly (number | null)[]): number | null {
  const defined = values.filter((v): v is number => v !== null)
  return defined.length === 0 ? null : defined.reduce((sum, v) => sum + v, 0) / defined.length
}

/** What one scope (a category, a label, everything) holds for a group of annotators. */
interface Scope {
  readonly tokens: readonly TokenCombination[]
  /** Span counts for each pair of the group. */
  readonly spans: readonly SpanCounts[]
  /** Observed and expected αu disagreement of each label of the scope that has units. */
  readonly unitizing: readonly UnitizingDisagreement[]
}

/** αu from the labels' disagreements: 1 − mean Do / mean De (DKPro's over several categories; 0 if equal). */
function alphaUOf(labels: readonly UnitizingDisagreement[]): number | null {
  if (labels.length === 0) return null
  const observed = labels.reduce((sum, d) => sum + d.observed, 0) / labels.length
  const expected = labels.reduce((sum, d) => sum + d.expected, 0) / labels.length
  return observed === expected ? 0 : 1 - observed / expected
}

export function createAgreementTally(
  annotators: readonly string[],
  categories: readonly string[],
): AgreementTally {
  if (annotators.length < 2) throw new RangeError('agreement needs two or more annotators')
  if (new Set(annotators).size !== annotators.length) throw new RangeError('an annotator is named twice')
  if (new Set(categories).size !== categories.length) throw new RangeError('a category is named twice')
  const chosenCategories = new Set(categories)
  const categoryIndex = new Map(categories.map((c, i) => [c, i]))
  const tables = new Map<string, TokenTable>(categories.map((c) => [c, createTokenTable(annotators.length)]))
  const tableList = categories.map((c) => tables.get(c)!)
  const pairs = annotators.flatMap((_, i) => annotators.slice(i + 1).map((__, k) => [i, i + 1 + k] as const))
  /** Per pair, per full label: the pooled span counts. */
  const spanCounts = pairs.map(() => new Map<string, SpanCounts>())
  /** Per annotator, the full labels used. */
  const labelsUsed = annotators.map(() => new Set<string>())
  /** Per full label: each annotator's αu units on the continuum, and where (in unit order) each began. */
  const unitsByLabel = new Map<
    string,
    { raters: { starts: number[]; lengths: number[] }[]; first: number[] }
  >()
  let unitCount = 0
  const addUnit = (rater: number, label: string, start: number, length: number): void => {
    let found = unitsByLabel.get(label)
    if (!found) {
      const raters = annotators.map(() => ({ starts: [] as number[], lengths: [] as number[] }))
      unitsByLabel.set(label, (found = { raters, first: annotators.map(() => Infinity) }))
    }
    const own = found.raters[rater]!
    if (own.starts.length === 0) found.first[rater] = unitCount
    own.starts.push(start)
    own.lengths.push(length)
    unitCount++
  }
  let continuum = 0
  const documentIds: string[] = []
  const disagreements: Disagreement[] = []

  const flat = flatLabels()

  function addDocument({ id, text, sets }: AgreementDocument): void {
    const index = createOffsetIndex(text)
    const all = annotators.map((a) => sets.get(a) ?? [])
    const tokens = documentTokens(text, index)
    const columns = new Map(categories.map((c) => [c, [] as Int32Array[]]))
    const spans = all.map((set, rater) => {
      // Each span's category and full label, noted once: reaching 20,000 annotations is the cost.
      const categoryOfSpan = new Int32Array(set.length).fill(-1)
      const labelOfSpan: string[] = []
      const chosen: Annotation[] = []
      const chosenLabels: string[] = []
      for (let k = 0; k < set.length; k++) {
        const a = set[k]!
        const category = categoryIndex.get(a.label)
        const label = category === undefined ? '' : flat(a)
        labelOfSpan.push(label)
        if (category === undefined) continue
        categoryOfSpan[k] = category
        chosen.push(a)
        chosenLabels.push(label)
        labelsUsed[rater]!.add(label)
        if (!a.fragments) {
          if (a.end > a.start) addUnit(rater, label, continuum + a.start, a.end - a.start)
          continue
        }
        for (const piece of a.fragments)
          if (piece.end > piece.start) addUnit(rater, label, continuum + piece.start, piece.end - piece.start)
      }
      const labelled = labelTokensByCategory(
        set,
        tokens,
        categories.length,
        (_, k) => categoryOfSpan[k]!,
        (_, k) => tableList[categoryOfSpan[k]!]!.idOf(labelOfSpan[k]!),
      )
      labelled.forEach((ids, c) => columns.get(categories[c]!)!.push(ids))
      return spansByLabel(chosen, (_, k) => chosenLabels[k]!)
    })
    for (const [category, table] of tables) table.add(columns.get(category)!)
    pairs.forEach(([i, j], p) => {
      const pooled = spanCounts[p]!
      for (const [label, counts] of matchCounts(spans[i]!, spans[j]!))
        pooled.set(label, addCounts(pooled.get(label) ?? NO_SPANS, counts))
    })
    continuum += index.codePointLength
    const items = diffAnnotationSets(
      annotators.map((annotator, r) => ({ annotator, annotations: all[r]! })),
      { disagreementsOnly: true },
    )
    // One by one: a spread of a long list would overflow the call stack.
    for (const d of disagreementsOf(id, text, index, items, chosenCategories)) disagreements.push(d)
    documentIds.push(id)
  }

  function measures(raters: readonly number[], scope: Scope): AgreementMeasures {
    const f1 = scope.spans.map(f1OfCounts)
    return {
      f1Exact: meanOf(f1.map((f) => f.exact)),
      f1Overlap: meanOf(f1.map((f) => f.overlap)),
      cohenKappa: raters.length === 2 ? cohenKappaOf(scope.tokens) : null,
      fleissKappa: raters.length >= 3 ? fleissKappaOf(scope.tokens) : null,
      krippendorffAlpha: krippendorffAlphaOf(scope.tokens),
      alphaU: alphaUOf(scope.unitizing),
    }
  }

  /** The figures of a group of annotators (by index), with the pairs (by index) it holds. */
  function figures(
    raters: readonly number[],
    pairIndices: readonly number[],
    combinations: ReadonlyMap<string, readonly TokenCombination[]>,
  ): AgreementFigures {
    // Each label's αu halves once, labels in the order the group first used them; a category's and the
    // overall αu are made of them.
    const unitizing = new Map<string, UnitizingDisagreement>()
    const labelsByFirstUse = [...unitsByLabel]
      .map(([label, { raters: own, first }]) => ({
        label,
        units: raters.map((r): RaterUnits => own[r]!),
        first: Math.min(...raters.map((r) => first[r]!)),
      }))
      .filter((l) => l.first < Infinity)
      .sort((x, y) => x.first - y.first)
    for (const { label, units } of labelsByFirstUse) {
      const d = unitizingDisagreementOf(continuum, units)
      if (d) unitizing.set(label, d)
    }
    const unitizingOf = (labels: Iterable<string>): UnitizingDisagreement[] =>
      [...labels].flatMap((label) => unitizing.get(label) ?? [])
    const spansWhere = (keep: (label: string) => boolean): SpanCounts[] =>
      pairIndices.map((p) =>
        [...spanCounts[p]!].reduce((sum, [label, c]) => (keep(label) ? addCounts(sum, c) : sum), NO_SPANS),
      )
    const tokensOf = new Map(categories.map((c) => [c, projectTo(combinations.get(c) ?? [], raters)]))
    const categoryFigures = categories.map((category) => {
      const inCategory = (label: string): boolean => categoryOf(label) === category
      const tokens = tokensOf.get(category)!
      const labels = [...new Set(raters.flatMap((r) => [...labelsUsed[r]!].filter(inCategory)))].sort(
        byCodeUnits,
      )
      const perLabel = labels.map((label) => {
        const scope: Scope = {
          tokens: onlyLabel(tokens, label),
          spans: spansWhere((l) => l === label),
          unitizing: unitizingOf([label]),
        }
        return [label, measures(raters, scope)] as const
      })
      const scope: Scope = { tokens, spans: spansWhere(inCategory), unitizing: unitizingOf(labels) }
      return [category, { ...measures(raters, scope), labels: Object.fromEntries(perLabel) }] as const
    })
    const overall: Scope = {
      tokens: categories.flatMap((c) => tokensOf.get(c)!),
      spans: spansWhere((label) => chosenCategories.has(categoryOf(label))),
      unitizing: unitizingOf(unitizing.keys()),
    }
    return { categories: Object.fromEntries(categoryFigures), overall: measures(raters, overall) }
  }

  function report(): AgreementReport {
    const combinations = new Map([...tables].map(([c, table]) => [c, table.combinations()]))
    const pairFigures = pairs.map(([i, j], p) => ({
      annotators: [annotators[i]!, annotators[j]!] as const,
      ...figures([i, j], [p], combinations),
    }))
    const everyone = annotators.map((_, r) => r)
    const top =
      pairs.length === 1
        ? pairFigures[0]!
        : figures(
            everyone,
            pairs.map((_, p) => p),
            combinations,
          )
    return {
      annotators: [...annotators],
      documentIds: [...documentIds],
      categories: top.categories,
      overall: top.overall,
      pairs: pairFigures,
      disagreements: [...disagreements],
    }
  }

  return { addDocument, report }
}
