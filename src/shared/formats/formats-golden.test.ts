import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { csvFormat } from './csv'
import type { ExportInput } from './format'
import { jsonlFormat } from './jsonl'
import { parleyJsonFormat } from './parley-json'
import { goldenInput } from './testing/golden-input'
import { w3cFormat } from './w3c'

// Golden files: fixtures/formats/<format>/ holds exactly what each format writes for the fixed input of
// testing/golden-input.ts. `UPDATE_GOLDEN=1 npx vitest run src/shared/formats` rewrites them; otherwise
// this test only reads.
const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url))
const communique = readFileSync(join(fixtures, 'cn-kz-strategic-dialogue-2024-03-29.fr.txt'), 'utf8')
const input = goldenInput(communique)
const update = process.env.UPDATE_GOLDEN === '1'

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
}

/** The same input with documents, sets and annotations in reverse order. */
const reversed = (source: ExportInput): ExportInput => ({
  ...source,
  documents: [...source.documents].reverse().map((d) => ({
    ...d,
    sets: [...d.sets].reverse().map((s) => ({ ...s, annotations: [...s.annotations].reverse() })),
  })),
})

describe('the golden input', () => {
  it('pins the SHA-256 of each text as UTF-8', () => {
    for (const { meta, text } of input.documents)
      expect(createHash('sha256').update(text, 'utf8').digest('hex')).toBe(meta.textSha256)
  })
})

describe.each([parleyJsonFormat, jsonlFormat, w3cFormat, csvFormat])('$id', (format) => {
  const output = format.serialize(input)
  const dir = join(fixtures, 'formats', format.id)

  it(`writes exactly the golden files of fixtures/formats/${format.id}/`, () => {
    if (update) {
      rmSync(dir, { recursive: true, force: true })
      for (const file of output) {
        mkdirSync(dirname(join(dir, file.path)), { recursive: true })
        writeFileSync(join(dir, file.path), file.content, 'utf8')
      }
    }
    expect(filesUnder(dir)).toEqual(output.map((f) => f.path).sort())
    for (const file of output)
      expect(readFileSync(join(dir, file.path), 'utf8'), file.path).toBe(file.content)
  })

  it('gives the same bytes whatever order the input comes in', () => {
    expect(format.serialize(reversed(input))).toEqual(output)
    expect(format.serialize(input)).toEqual(output)
  })
})
