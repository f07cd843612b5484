// The palette's matching as an analyst types: a few letters find the command in either language, accents
// and case do not matter, and the obvious command comes first.
import { describe, expect, it } from 'vitest'
import { foldForMatch, fuzzyMatch, rankByMatch } from './fuzzy-match'

const LABELS = [
  'Change the label of the selected annotation',
  'Next annotation',
  'Import annotations…',
  'Export…',
  'Keyboard shortcuts',
  'Tag schema settings',
  'Annotation guidelines',
]

const ranked = (query: string, labels = LABELS): string[] =>
  rankByMatch(labels, query, (l) => l).map((r) => r.item)

describe('fuzzyMatch', () => {
  it('folds accents and case without moving indices', () => {
    expect(foldForMatch('Étiqueter « l’Asie »')).toBe('etiqueter « l’asie »')
    expect(foldForMatch('Réglages').length).toBe('Réglages'.length)
  })

  it('finds a label from the first letters of its words', () => {
    expect(fuzzyMatch('taz', 'Tag all occurrences')).toBeNull()
    expect(fuzzyMatch('tao', 'Tag all occurrences')?.indices).toEqual([0, 4, 8])
  })

  it('rejects a query whose letters are not all there in order', () => {
    expect(fuzzyMatch('xport', 'Import annotations…')).toBeNull()
    expect(fuzzyMatch('zz', 'Export…')).toBeNull()
  })

  it('ranks a word-start substring first: « exp » is Export', () => {
    expect(ranked('exp')[0]).toBe('Export…')
    expect(ranked('EXP')[0]).toBe('Export…')
  })

  it('matches French labels typed without accents', () => {
    const fr = ['Exporter…', 'Réviser ce document…', 'Consignes d’annotation', 'Raccourcis clavier']
    expect(ranked('revi', fr)[0]).toBe('Réviser ce document…')
    expect(ranked('consignes', fr)).toEqual(['Consignes d’annotation'])
    expect(ranked('exp', fr)[0]).toBe('Exporter…')
  })

  it('prefers letters at word starts over scattered ones', () => {
    expect(ranked('ks')[0]).toBe('Keyboard shortcuts')
    expect(ranked('na')[0]).toBe('Next annotation')
  })

  it('keeps every item in order for an empty query', () => {
    expect(ranked('')).toEqual(LABELS)
    expect(ranked('   ')).toEqual(LABELS)
  })
})
