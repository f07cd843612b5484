import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { InputFile } from './format'
import { parleyJsonFormat } from './parley-json'
import { ASTRAL_ID, COMMUNIQUE_ID, goldenInput } from './testing/golden-input'
import { asInput, setsOf, setsRead, testContext } from './testing/round-trip'

const communique = readFileSync(
  new URL('../../../fixtures/cn-kz-strategic-dialogue-2024-03-29.fr.txt', import.meta.url),
  'utf8',
)
const input = goldenInput(communique)
const output = parleyJsonFormat.serialize(input)
const parse = (files: readonly InputFile[], context = testContext) => {
  if (!parleyJsonFormat.parse) throw new Error('Parley JSON reads its own files')
  return parleyJsonFormat.parse(files, context)
}
const fileAt = (path: string): InputFile => {
  const file = output.find((f) => f.path === path)
  if (!file) throw new Error(`no ${path}`)
  return file
}
const AICHA_FILE = `${COMMUNIQUE_ID}/aicha-benali.json`
const TEXT_FILE = `${COMMUNIQUE_ID}/text.txt`
/** The communiqué's set of Aïcha Benali, edited, with its text beside it. */
const edited = (edit: (content: string) => string): InputFile[] => [
  { path: AICHA_FILE, content: edit(fileAt(AICHA_FILE).content) },
  fileAt(TEXT_FILE),
]
/** The 1-based line of the first line of the file that holds `needle`. */
const lineHolding = (content: string, needle: string): number =>
  content.split('\n').findIndex((line) => line.includes(needle)) + 1
const problemsOf = (files: readonly InputFile[]) => {
  const result = parse(files)
  if (result.ok) throw new Error('expected the import to be refused')
  return result.problems
}

describe('Parley JSON export', () => {
  it('writes one file per document and annotator, with the text beside it', () => {
    expect(output.map((f) => f.path)).toEqual([
      `${ASTRAL_ID}/text.txt`,
      `${ASTRAL_ID}/aicha-benali.json`,
      TEXT_FILE,
      AICHA_FILE,
      `${COMMUNIQUE_ID}/jean-dupont.json`,
    ])
    const set = JSON.parse(fileAt(AICHA_FILE).content) as Record<string, unknown>
    expect(set).toMatchObject({
      format: 'parley-annotation-set',
      formatVersion: 1,
      parleyVersion: '0.1.0',
      document: { id: COMMUNIQUE_ID, length: 6977, textSha256: input.documents[1]?.meta.textSha256 },
      annotator: 'Aïcha Benali',
      tagSchemaVersion: 2,
    })
  })

  it('loses nothing', () => {
    expect(parleyJsonFormat.losses(input)).toEqual([])
  })

  it('counts offsets in code points: a Python-style slice of the text is each quote', () => {
    const text = fileAt(`${ASTRAL_ID}/text.txt`).content
    const { annotations } = JSON.parse(fileAt(`${ASTRAL_ID}/aicha-benali.json`).content) as {
      annotations: { start: number; end: number; quote: { exact: string } }[]
    }
    expect(annotations.map((a) => a.quote.exact)).toEqual(['𠮷', '👍🏽', '🇫🇷', 'e\u0301lan'])
    for (const a of annotations) expect(Array.from(text).slice(a.start, a.end).join('')).toBe(a.quote.exact)
  })
})

describe('Parley JSON import', () => {
  it('reads back exactly what it wrote', () => {
    const result = parse(asInput(output))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(setsRead(result.documents)).toEqual(setsOf(input))
    expect(result.documents.find((d) => d.name === ASTRAL_ID)?.text).toBe(input.documents[0]?.text)
  })

  it("uses the workspace's text when no text.txt is shipped, and says so when there is none", () => {
    const alone = [fileAt(AICHA_FILE)]
    expect(problemsOf(alone)).toEqual([
      {
        file: AICHA_FILE,
        line: 0,
        reason: `no text for document ${COMMUNIQUE_ID}: ship text.txt beside the file, or import the document first`,
      },
    ])
    const textOf = (name: string) => (name === COMMUNIQUE_ID ? communique : null)
    expect(parse(alone, { ...testContext, textOf }).ok).toBe(true)
  })

  it('reports a JSON syntax error with line and column', () => {
    const problems = problemsOf(
      edited((c) => c.replace('"annotator": "Aïcha Benali",', '"annotator": "Aïcha Benali",,')),
    )
    expect(problems).toHaveLength(1)
    const line = lineHolding(fileAt(AICHA_FILE).content, '"annotator": ')
    expect(problems[0]).toMatchObject({
      file: AICHA_FILE,
      line,
      column: '  "annotator": "Aïcha Benali",,'.length,
    })
    expect(problems[0]?.reason).toMatch(/^not valid JSON: /)
  })

  it('reports a schema error at the line of the offending annotation', () => {
    const content = fileAt(AICHA_FILE).content
    const problems = problemsOf(edited((c) => c.replace('"start":74', '"start":99')))
    const idLine = content
      .split('\n')
      .findIndex((l) => l.includes('"id":"3f1c2a10-0000-4000-8000-000000000003"'))
    expect(problems).toEqual([
      { file: AICHA_FILE, line: idLine + 1, reason: 'annotation 3: end: end must be greater than start' },
    ])
  })

  it('refuses a quote that no longer matches the text, and a text of another length', () => {
    const text = fileAt(TEXT_FILE).content
    const files = [fileAt(AICHA_FILE), { path: TEXT_FILE, content: `Le ${text}` }]
    const reasons = problemsOf(files).map((p) => p.reason)
    expect(reasons[0]).toBe('the text has 6980 code points, the file says 6977 (source changed?)')
    expect(reasons).toContain(
      'annotation 3f1c2a10-0000-4000-8000-000000000001: quote does not match the text at 17–24 (source changed?)',
    )
    expect(reasons).toHaveLength(1 + 8)
  })

  it('refuses a span beyond the end of the text', () => {
    const problems = problemsOf(edited((c) => c.replace('"end":5843', '"end":7000')))
    expect(problems.map((p) => p.reason)).toEqual([
      'annotation 3f1c2a10-0000-4000-8000-000000000008: 5798–7000 is beyond the end of the text (6977 code points)',
    ])
  })

  it('refuses an id used twice, at the line of its second use', () => {
    const problems = problemsOf(edited((c) => c.replace('-000000000002"', '-000000000001"')))
    const second = lineHolding(fileAt(AICHA_FILE).content, '"id":"3f1c2a10-0000-4000-8000-000000000002"')
    expect(problems).toEqual([
      {
        file: AICHA_FILE,
        line: second,
        reason: 'annotation id 3f1c2a10-0000-4000-8000-000000000001 is used twice',
      },
    ])
  })

  it('refuses lone surrogates, raw or escaped', () => {
    for (const note of ['"note":"\\ud800"', `"note":"${'\ud800'}"`]) {
      const problems = problemsOf(edited((c) => c.replace('"note":""', note)))
      expect(problems[0]?.reason).toBe('a string holds a lone surrogate (broken UTF-16)')
      expect(problems[0]?.line).toBeGreaterThan(1)
    }
  })

  it('refuses __proto__ and constructor keys, and never pollutes Object.prototype', () => {
    for (const key of ['__proto__', 'constructor']) {
      const payload = `"attributes":{\n        "${key}": { "polluted": 1 },`
      const problems = problemsOf(edited((c) => c.replace('"attributes":{', payload)))
      expect(problems).toEqual([
        {
          file: AICHA_FILE,
          line: 4,
          reason: `the key "${key}" is refused: it could reach an object's prototype`,
        },
      ])
    }
    expect(problemsOf([{ path: 'x.json', content: '{"__proto__": {"polluted": 1}}' }])).toHaveLength(1)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('names a JSON file that is not an annotation set, and a newer format version', () => {
    expect(problemsOf([{ path: 'document.json', content: '{"schemaVersion": 2}' }])[0]?.reason).toBe(
      'format: not a Parley annotation set (format is not "parley-annotation-set")',
    )
    const newer = problemsOf(edited((c) => c.replace('"formatVersion": 1', '"formatVersion": 2')))
    expect(newer[0]).toMatchObject({ line: lineHolding(fileAt(AICHA_FILE).content, '"formatVersion"') })
    expect(newer[0]?.reason).toMatch(/^formatVersion: written in a format version this Parley does not read/)
  })

  it('imports nothing when one file of several is wrong', () => {
    const files = asInput(output).map((f) =>
      f.path.endsWith('jean-dupont.json')
        ? { ...f, content: f.content.replace('"label":"ENTITY"', '"label":"entity"') }
        : f,
    )
    const problems = problemsOf(files)
    expect(problems).toHaveLength(1)
    expect(problems[0]?.file).toBe(`${COMMUNIQUE_ID}/jean-dupont.json`)
  })

  it('refuses two files holding the same set', () => {
    const copy = { path: `copy/${COMMUNIQUE_ID}/aicha-benali.json`, content: fileAt(AICHA_FILE).content }
    const problems = problemsOf([
      ...asInput(output),
      copy,
      { path: `copy/${COMMUNIQUE_ID}/text.txt`, content: communique },
    ])
    expect(problems).toEqual([
      {
        file: copy.path,
        line: 0,
        reason: `Aïcha Benali's set of document ${COMMUNIQUE_ID} is already in ${AICHA_FILE}`,
      },
    ])
  })

  it('says when there is no annotation set at all', () => {
    expect(problemsOf([fileAt(TEXT_FILE)])).toEqual([
      { file: '', line: 0, reason: 'no Parley annotation set (*.json) among the files' },
    ])
  })
})
