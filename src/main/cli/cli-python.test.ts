// Other tools read Parley's offsets exactly: a text with an astral character (𠮷), an emoji with a skin
// tone (👍🏽), a flag (🇫🇷), a combining accent (e + U+0301) and CRLF line ends in its source file goes in
// through the command line, and Python slices the JSONL and brat exports to every span's quote.
import { execFileSync, spawnSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../services/testing/temp-workspace'
import { parley } from './testing/run'

const SOURCE = 'fixtures/cli/astral-crlf.txt'
const CHECK = resolve('src/main/cli/testing/check_offsets.py')
const QUOTES = ['𠮷', '👍🏽', '🇫🇷', 'e\u0301lan', '👍🏽\nà la', 'Fin']

const hasPython = spawnSync('python3', ['--version']).status === 0

let dir: string
let remove: () => Promise<void>
beforeEach(async () => {
  ;({ dir, remove } = await makeTempDir('parley-cli-python-'))
})
afterEach(() => remove())

describe.skipIf(!hasPython)('offsets as Python reads them (skipped: python3 is not installed)', () => {
  it('slices every exported span to its quote', async () => {
    const ws = join(dir, 'ws')
    const imported = await parley(['import-text', SOURCE, '--workspace', ws])
    expect(imported.code).toBe(0)
    const id = imported.stdout.trim()
    const text = (await readFile(SOURCE, 'utf8')).replaceAll('\r\n', '\n')
    const codePoints = (utf16: number): number => [...text.slice(0, utf16)].length
    const label = QUOTES.map((quote) => {
      const at = text.indexOf(quote)
      return [codePoints(at), codePoints(at + quote.length), 'ENTITY:OTHER']
    })
    const spans = join(dir, 'spans.jsonl')
    await writeFile(spans, `${JSON.stringify({ id, text, label })}\n`)
    expect(
      (await parley(['import-annotations', spans, '--workspace', ws, '--annotator', 'Claire'])).code,
    ).toBe(0)
    const out = join(dir, 'out')
    expect((await parley(['export', '--workspace', ws, '--format', 'jsonl,brat', '--out', out])).code).toBe(0)
    const report = execFileSync('python3', [CHECK, out, JSON.stringify(QUOTES)], { encoding: 'utf8' })
    expect(report).toBe(`checked ${QUOTES.length * 2} spans\n`)
  })
})
