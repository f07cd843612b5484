// Numbers, dates and times as the UI's language writes them (`20 000` and `29 mars 2024, 14:05:09` in
// French, `20,000` and `Mar 29, 2024, 2:05:09 PM` in English), through `Intl`. Formatters are made once
// per language and kind: creating one costs far more than using it. Counts inside sentences go through
// i18next's own `{{count, number}}`, which uses `Intl` the same way.
import { currentLanguage, type Language } from './i18n'

type Kind = 'number' | 'date' | 'time' | 'dateTime'

const OPTIONS: Record<Exclude<Kind, 'number'>, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'medium' },
  time: { timeStyle: 'medium' },
  dateTime: { dateStyle: 'medium', timeStyle: 'medium' },
}

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>()

function formatter(kind: 'number', language: Language): Intl.NumberFormat
function formatter(kind: Exclude<Kind, 'number'>, language: Language): Intl.DateTimeFormat
function formatter(kind: Kind, language: Language): Intl.NumberFormat | Intl.DateTimeFormat {
  const key = `${kind}:${language}`
  let made = cache.get(key)
  if (!made) {
    made =
      kind === 'number' ? new Intl.NumberFormat(language) : new Intl.DateTimeFormat(language, OPTIONS[kind])
    cache.set(key, made)
  }
  return made
}

const toDate = (value: string | Date): Date => (typeof value === 'string' ? new Date(value) : value)

export const formatNumber = (value: number, language: Language = currentLanguage()): string =>
  formatter('number', language).format(value)

/** A calendar date, without the time. */
export const formatDate = (value: string | Date, language: Language = currentLanguage()): string =>
  formatter('date', language).format(toDate(value))

/** A time of day, to the second. */
export const formatTime = (value: string | Date, language: Language = currentLanguage()): string =>
  formatter('time', language).format(toDate(value))

/** A date and a time of day, to the second (when an annotation was created or modified). */
export const formatDateTime = (value: string | Date, language: Language = currentLanguage()): string =>
  formatter('dateTime', language).format(toDate(value))

const lists = new Map<string, Intl.ListFormat>()

/** Items as a sentence writes them: `A, B and C` (`and`) or `A, B or C` (`or`); `A, B et C` in French. */
export function formatList(
  items: readonly string[],
  kind: 'and' | 'or',
  language: Language = currentLanguage(),
): string {
  const key = `${kind}:${language}`
  let made = lists.get(key)
  if (!made) {
    made = new Intl.ListFormat(language, { type: kind === 'and' ? 'conjunction' : 'disjunction' })
    lists.set(key, made)
  }
  return made.format(items)
}
