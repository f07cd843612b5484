// What the reviewer chose last time, kept in the window's local storage: whether agreed items are
// accepted automatically (on unless she turned it off) and which annotators she compared.
export interface ReviewPreferences {
  readonly autoAcceptAgreed: boolean
  readonly annotators: readonly string[]
}

const KEY = 'parley.review'
const DEFAULTS: ReviewPreferences = { autoAcceptAgreed: true, annotators: [] }

type PreferenceStorage = Pick<Storage, 'getItem' | 'setItem'>

const storage = (): PreferenceStorage | null => (typeof localStorage === 'undefined' ? null : localStorage)

export function loadReviewPreferences(from: PreferenceStorage | null = storage()): ReviewPreferences {
  try {
    const stored = JSON.parse(from?.getItem(KEY) ?? '{}') as Partial<Record<keyof ReviewPreferences, unknown>>
    return {
      autoAcceptAgreed:
        typeof stored.autoAcceptAgreed === 'boolean' ? stored.autoAcceptAgreed : DEFAULTS.autoAcceptAgreed,
      annotators: Array.isArray(stored.annotators)
        ? stored.annotators.filter((a): a is string => typeof a === 'string')
        : DEFAULTS.annotators,
    }
  } catch {
    return DEFAULTS
  }
}

export function saveReviewPreferences(
  patch: Partial<ReviewPreferences>,
  to: PreferenceStorage | null = storage(),
): void {
  try {
    to?.setItem(KEY, JSON.stringify({ ...loadReviewPreferences(to), ...patch }))
  } catch {
    // A full or disabled storage only costs the remembered choice.
  }
}
