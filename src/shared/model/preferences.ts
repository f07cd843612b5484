// The analyst's preferences for the window, kept in the workspace's settings file: the UI language (null
// follows the OS) and the size of the document text in CSS pixels (the rest of the UI scales with zoom).
export const UI_LANGUAGES = ['en', 'fr'] as const
export type UiLanguage = (typeof UI_LANGUAGES)[number]

/** The document text's size in CSS pixels: a whole number from `min` to `max`. */
export const TEXT_SIZE = { min: 14, max: 24, default: 17 } as const

export interface Preferences {
  /** Null: follow the OS language. */
  readonly language: UiLanguage | null
  readonly textSize: number
  /** The first-run guide was dismissed; absent when saving means "unchanged". */
  readonly guideDismissed?: boolean
}

export const DEFAULT_PREFERENCES: Preferences = { language: null, textSize: TEXT_SIZE.default }

/** The preferences a settings file holds; files written before preferences existed get the defaults. */
export function preferencesOf(settings: {
  readonly language?: UiLanguage | null
  readonly textSize?: number
  readonly guideDismissed?: boolean
}): Preferences {
  return {
    language: settings.language ?? DEFAULT_PREFERENCES.language,
    textSize: settings.textSize ?? DEFAULT_PREFERENCES.textSize,
    ...(settings.guideDismissed ? { guideDismissed: true } : {}),
  }
}
