// The notice for a document whose text changed outside Parley (RELIABILITY.md 11), in the analyst's words:
// how many spans were found again elsewhere, and which ones are flagged "source changed" (their quotes,
// the first few), kept in the file and left out of the editor rather than shifted onto other words.
import type { SourceTextChanged } from '@shared/ipc/contract'

type Translate = (key: string, options?: Record<string, unknown>) => string

/** Quotes named in the notice; the rest are summed up by the count. */
const NAMED = 5

export function sourceTextNotice(change: SourceTextChanged, t: Translate): string {
  const parts = [t('changed')]
  if (change.moved > 0) parts.push(t('moved', { count: change.moved }))
  if (change.flagged.length > 0) {
    const named = change.flagged.slice(0, NAMED).map((f) => t('quote', { quote: f.quote }))
    const quotes = named.join(', ') + (change.flagged.length > NAMED ? `, ${t('more')}` : '')
    parts.push(t('flagged', { count: change.flagged.length, quotes }))
  }
  return parts.join(' ')
}
