// Every namespace under `locales/` says the same things in English and French: the same keys (plural keys
// with every form the language's plural rules ask for, French `_many` included), no empty value, the same
// `{{variables}}` and the same `<tags>` for Trans. Read from the files, so a namespace added by any feature
// is checked as soon as it exists.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, 'locales')
const LANGUAGES = ['en', 'fr'] as const
const PLURAL = /_(zero|one|two|few|many|other)$/

type Flat = Map<string, string>

function flatten(value: unknown, prefix: string, into: Flat, problems: string[]): Flat {
  if (typeof value === 'string') into.set(prefix, value)
  else if (value && typeof value === 'object' && !Array.isArray(value))
    for (const [key, inner] of Object.entries(value))
      flatten(inner, prefix ? `${prefix}.${key}` : key, into, problems)
  else problems.push(`${prefix} is not a string`)
  return into
}

function load(language: string, namespace: string): { flat: Flat; problems: string[] } {
  const problems: string[] = []
  const raw: unknown = JSON.parse(readFileSync(join(root, language, `${namespace}.json`), 'utf8'))
  return { flat: flatten(raw, '', new Map(), problems), problems }
}

const namespaces = (language: string): string[] =>
  readdirSync(join(root, language))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort()

/** Keys without plural suffixes, each with the plural forms it has (empty for a plain key). */
function byBase(flat: Flat): Map<string, Set<string>> {
  const bases = new Map<string, Set<string>>()
  for (const key of flat.keys()) {
    const form = PLURAL.exec(key)?.[1]
    const base = form ? key.slice(0, -form.length - 1) : key
    const forms = bases.get(base) ?? new Set<string>()
    if (form) forms.add(form)
    bases.set(base, forms)
  }
  return bases
}

/** The variables and tags a key's values use, all plural forms together. */
function placeholders(flat: Flat, base: string): string[] {
  const found = new Set<string>()
  for (const [key, value] of flat) {
    if (key !== base && !(PLURAL.test(key) && key.replace(PLURAL, '') === base)) continue
    for (const m of value.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)) found.add(`{{${m[1]}}}`)
    for (const m of value.matchAll(/<\/?([\w-]+)\s*\/?>/g)) found.add(`<${m[1]}>`)
  }
  // `count` drives plural choice; a language may leave it out of a form (« une fois »).
  found.delete('{{count}}')
  return [...found].sort()
}

describe('the locale files', () => {
  it('hold the same namespaces in English and French', () => {
    expect(namespaces('fr')).toEqual(namespaces('en'))
    expect(namespaces('en')).toContain('common')
  })

  for (const namespace of namespaces('en')) {
    describe(namespace, () => {
      const en = load('en', namespace)
      const fr = load('fr', namespace)

      it('hold only strings, none empty', () => {
        expect([...en.problems, ...fr.problems]).toEqual([])
        for (const [language, { flat }] of [
          ['en', en],
          ['fr', fr],
        ] as const) {
          const empty = [...flat].filter(([, v]) => v.trim() === '').map(([k]) => `${language}:${k}`)
          expect(empty).toEqual([])
        }
      })

      it('have the same keys in both languages', () => {
        expect([...byBase(fr.flat).keys()].sort()).toEqual([...byBase(en.flat).keys()].sort())
      })

      it('give each plural key every form its language needs', () => {
        for (const [language, { flat }] of [
          ['en', en],
          ['fr', fr],
        ] as const) {
          const needed = [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort()
          const other = LANGUAGES.find((l) => l !== language)!
          const otherBases = byBase(other === 'en' ? en.flat : fr.flat)
          for (const [base, forms] of byBase(flat)) {
            const plural = forms.size > 0 || (otherBases.get(base)?.size ?? 0) > 0
            if (plural) expect([base, [...forms].sort()]).toEqual([base, needed])
          }
        }
      })

      it('use the same variables and tags in both languages', () => {
        for (const base of byBase(en.flat).keys())
          expect([base, placeholders(fr.flat, base)]).toEqual([base, placeholders(en.flat, base)])
      })
    })
  }
})
