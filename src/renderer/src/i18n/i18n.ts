// The UI's languages, English and French, through i18next. Strings live in one JSON file per feature and
// language (`locales/<lang>/<namespace>.json`), so features translate independently; the language follows
// the OS (the browser's `navigator.languages`, which Electron fills from the system) until the analyst
// picks one in Preferences. Dates and numbers go through `Intl` with the same language (see format.ts).
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { UI_LANGUAGES, type UiLanguage } from '@shared/model/preferences'

export const LANGUAGES = UI_LANGUAGES
export type Language = UiLanguage

const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', { eager: true })

/** `{ en: { review: {...}, … }, fr: {...} }` from the files under `locales/`. */
function resources(): Record<string, Record<string, Record<string, unknown>>> {
  const out: Record<string, Record<string, Record<string, unknown>>> = {}
  for (const [path, module] of Object.entries(files)) {
    const match = /\.\/locales\/(\w+)\/([\w-]+)\.json$/.exec(path)
    if (!match) continue
    const [, language = '', namespace = ''] = match
    ;(out[language] ??= {})[namespace] = module.default
  }
  return out
}

export const isLanguage = (value: string): value is Language =>
  (LANGUAGES as readonly string[]).includes(value)

const osLanguages = (): readonly string[] => (typeof navigator === 'undefined' ? [] : navigator.languages)

/** The OS's first language Parley speaks, else English. */
export function systemLanguage(preferred: readonly string[] = osLanguages()): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0] ?? ''
    if (isLanguage(base)) return base
  }
  return 'en'
}

export const i18n = i18next.createInstance()

void i18n.use(initReactI18next).init({
  resources: resources(),
  lng: systemLanguage(),
  fallbackLng: 'en',
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
})
if (typeof document !== 'undefined') document.documentElement.lang = i18n.language

/** The language the UI speaks now. */
export const currentLanguage = (): Language => (isLanguage(i18n.language) ? i18n.language : 'en')

/** Switches the UI language (and the document's `lang`, for screen readers and hyphenation). */
export async function setLanguage(language: Language): Promise<void> {
  if (i18n.language !== language) await i18n.changeLanguage(language)
  if (typeof document !== 'undefined') document.documentElement.lang = language
}

/** Applies the language preference: a chosen language, or the OS's when null. */
export const applyLanguage = (preference: Language | null): Promise<void> =>
  setLanguage(preference ?? systemLanguage())
