import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { byCodeUnits } from './export-order'
import { corpusFormats } from './registry'
import { goldenInput } from './testing/golden-input'

// A format that says its documents are separable is written one document at a time by an export: the
// files of each document serialised alone, in document order, must be exactly those of the whole input.
const communique = readFileSync(
  fileURLToPath(new URL('../../../fixtures/cn-kz-strategic-dialogue-2024-03-29.fr.txt', import.meta.url)),
  'utf8',
)
const input = goldenInput(communique)
const separable = corpusFormats.filter((format) => format.separableByDocument)

describe('formats separable by document', () => {
  it('are the per-document formats, Parley JSON and W3C', () => {
    expect(separable.map((format) => format.id)).toEqual(['parley-json', 'w3c'])
  })

  it.each(separable)('$id: each document alone gives the files of the whole input', (format) => {
    expect(input.documents.length).toBeGreaterThan(1)
    const ids = input.documents.map((d) => d.meta.id).sort(byCodeUnits)
    const oneByOne = ids.flatMap((id) =>
      format.serialize({ ...input, documents: input.documents.filter((d) => d.meta.id === id) }),
    )
    expect(oneByOne).toEqual(format.serialize(input))
    for (const file of oneByOne) expect(ids).toContain(file.path.split('/')[0])
  })
})
