import { describe, expect, it } from 'vitest'
import type { SourceTextChanged } from '@shared/ipc/contract'
import { i18n } from '../../i18n/i18n'
import { sourceTextNotice } from './source-text-notice'

const change = (moved: number, quotes: string[]): SourceTextChanged => ({
  documentId: 'd',
  reopen: false,
  moved,
  flagged: quotes.map((quote, n) => ({ id: `a${n}`, quote, reason: 'quote-not-found' })),
})

describe('sourceTextNotice', () => {
  const en = i18n.getFixedT('en', 'source-text')
  const fr = i18n.getFixedT('fr', 'source-text')

  it('counts the spans moved and names the flagged ones by their words', () => {
    expect(sourceTextNotice(change(2, ['Wang Yi']), en)).toBe(
      'The text of this document was changed outside Parley. 2 annotations were found again at other places. ' +
        '1 annotation is flagged “source changed”: its words (“Wang Yi”) are no longer in the text where it can ' +
        'be placed. It is kept in the file as it was and left out of the editor.',
    )
    expect(sourceTextNotice(change(1, []), fr)).toBe(
      'Le texte de ce document a été modifié hors de Parley. 1 annotation a été retrouvée à un autre endroit.',
    )
  })

  it('names the first five flagged quotes, in French quotation marks in French', () => {
    const notice = sourceTextNotice(change(0, ['un', 'deux', 'trois', 'quatre', 'cinq', 'six']), fr)
    expect(notice).toContain('«\u00a0cinq\u00a0», …')
    expect(notice).not.toContain('six')
    expect(notice).toContain('6 annotations sont signalées')
  })
})
