// The French of the namespaces translated with the existing window follows French typography: a
// non-breaking space before : ; ? ! % and » and after «, typographic apostrophes, and an ellipsis
// character rather than three dots. (Each feature's own namespaces are its engineers' to check.)
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const NAMESPACES = [
  'annotation-list',
  'annotator',
  'commands',
  'common',
  'details',
  'document-view',
  'documents',
  'export',
  'find',
  'help',
  'import-annotations',
  'preferences',
  'schema',
  'settings',
  'tag-all',
  'tagging',
  'source-text',
  'workspace-recovery',
]

function strings(value: unknown, key = ''): [string, string][] {
  if (typeof value === 'string') return [[key, value]]
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    strings(v, key ? `${key}.${k}` : k),
  )
}

/** What is wrong with one French string's typography, if anything. */
function typographyProblems(text: string): string[] {
  const problems: string[] = []
  // A space is needed before high punctuation that follows a word; a tagged element (a key name in
  // `<key>?</key>`, a variable) counts as a word.
  const words = text.replace(/<(\w+)>[^<]*<\/\1>|\{\{[^}]*\}\}/g, 'x').replace(/<[^>]*>/g, '')
  if (/[^\s\u00a0\u202f(][:;?!%»]/u.test(words)) problems.push('no non-breaking space before : ; ? ! % or »')
  if (/ [:;?!%»]/.test(text)) problems.push('a breaking space before : ; ? ! % or »')
  if (/«(?![\u00a0\u202f])/.test(text)) problems.push('« not followed by a non-breaking space')
  if (text.includes("'")) problems.push('a straight apostrophe')
  if (text.includes('...')) problems.push('three dots for an ellipsis')
  return problems
}

describe('French typography', () => {
  it('is recognised: the check finds each kind of slip', () => {
    expect(typographyProblems('Annotateur : Claire')).toContain('a breaking space before : ; ? ! % or »')
    expect(typographyProblems('Annotateur: Claire')).toContain('no non-breaking space before : ; ? ! % or »')
    expect(typographyProblems('« texte\u00a0»')).toContain('« not followed by a non-breaking space')
    expect(typographyProblems("l'espace")).toEqual(['a straight apostrophe'])
    expect(typographyProblems('Ouverture...')).toEqual(['three dots for an ellipsis'])
    expect(typographyProblems('Annotateur\u00a0: {{name}} «\u00a0{{quote}}\u00a0» l’espace…')).toEqual([])
  })

  for (const namespace of NAMESPACES) {
    it(`is kept in ${namespace}`, () => {
      const raw: unknown = JSON.parse(
        readFileSync(join(import.meta.dirname, 'locales', 'fr', `${namespace}.json`), 'utf8'),
      )
      const found = strings(raw).flatMap(([key, text]) => typographyProblems(text).map((p) => `${key}: ${p}`))
      expect(found).toEqual([])
    })
  }
})
