// Every corpus format Parley reads or writes, by id, in the order menus and the command line list them.
import { bratFormat } from './brat'
import { conllFormat } from './conll'
import { csvFormat } from './csv'
import type { CorpusFormat, FormatId } from './format'
import { jsonlFormat } from './jsonl'
import { parleyJsonFormat } from './parley-json'
import { w3cFormat } from './w3c'

export const corpusFormats: readonly CorpusFormat[] = [
  parleyJsonFormat,
  jsonlFormat,
  bratFormat,
  conllFormat,
  w3cFormat,
  csvFormat,
]

export const formatIds = corpusFormats.map((f) => f.id)

export function formatById(id: string): CorpusFormat | undefined {
  return corpusFormats.find((f) => f.id === id || (id === 'parley' && f.id === 'parley-json'))
}

/** Which format an imported file is, from its name: `.json` Parley, `.jsonl` JSONL, `.ann` brat, `.jsonld` W3C. */
export function formatForFile(name: string): FormatId | null {
  const lower = name.toLowerCase()
  if (lower.endsWith('.jsonl')) return 'jsonl'
  if (lower.endsWith('.jsonld')) return 'w3c'
  if (lower.endsWith('.ann')) return 'brat'
  if (lower.endsWith('.json')) return 'parley-json'
  return null
}

export const isFormatId = (id: string): id is FormatId => formatIds.includes(id as FormatId)
