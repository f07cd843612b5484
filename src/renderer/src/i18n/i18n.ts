// The UI's languages, English and French, through i18next. Strings live in one JSON file per feature and
// language (`locales/<lang>/<namespace>.json`), so features translate independently; the language follows
// the OS (the browser's `navigator.languages`, which Electron fills from the system) until the analyst
// picks one in settings. Dates and numbers go through `Intl` with the same language.
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'

export const LANGUAGES = ['en', 'fr'] as const
export type Language = (typeof LANGUAGES)[number]

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

export const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value)

/** The OS's first language Parley speaks, else English. */
export function systemLanguage(preferred: readonly string[] = navigator.languages): Language {
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

/** Switches the UI language (and the document's `lang`, for screen readers and hyphenation). */
export async function setLanguage(language: Language): Promise<void> {
  await i18n.changeLanguage(language)
  document.documentElement.lang = language
}
