import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { Annotation } from '../model/annotation'
import { stableJson, stableStringify } from '../storage/stable-json'
import { codePointLength } from '../text/offsets'
import { inExportOrder } from './export-order'
import type { ExportInput } from './format'
import { withItemLines } from './item-lines'
import { jsonlFormat } from './jsonl'
import { parleyJsonFormat } from './parley-json'
import { storedAnnotation } from './parley-json-file'
import { sortedParts } from './sorted-parts'
import { goldenInput } from './testing/golden-input'

// Parley JSON and JSONL build their objects with sorted keys and sort only the stored attributes and roles;
// the reference is stableStringify / stableJson of the whole (Parley JSON's annotations one per line), which
// sorts every object. Pinned here on
// annotations whose attributes and roles come in every awkward order, beside the golden files.
const communique = readFileSync(
  fileURLToPath(new URL('../../../fixtures/cn-kz-strategic-dialogue-2024-03-29.fr.txt', import.meta.url)),
  'utf8',
)
const golden = goldenInput(communique)

/** Attributes and roles with keys out of order, a filler whose keys are too, and odd key names. */
const shuffled = (a: Annotation, i: number): Annotation => ({
  ...a,
  attributes: { zeta: 'z', ...a.attributes, Alpha: 'A', '10': 'ten', é: 'e', __proto__x: String(i) },
  roles: {
    targets: [{ text: 'le Kazakhstan' }],
    ...a.roles,
    actors: [{ ref: a.id }, { text: 'x', ref: 'y' }],
  },
})

/** stableStringify's bytes with the annotations one per line (item-lines.ts), each as stableJson writes it. */
const stableLines = (file: Record<string, unknown> & { annotations: readonly unknown[] }): string =>
  `${withItemLines(JSON.parse(stableStringify({ ...file, annotations: [] })) as Record<string, unknown>, ['annotations'], file.annotations, (a) => stableJson(a))}\n`

const input: ExportInput = {
  ...golden,
  documents: golden.documents.map((d) => ({
    ...d,
    sets: d.sets.map((s) => ({ ...s, annotations: s.annotations.map(shuffled) })),
  })),
}

describe('formats that sort only the stored parts', () => {
  it('write Parley JSON with the sorted keys of stableStringify, one annotation per line', () => {
    const files = parleyJsonFormat.serialize(input).filter((f) => f.path.endsWith('.json'))
    const expected = inExportOrder(input).flatMap((document) =>
      document.sets.map((set) =>
        stableLines({
          format: 'parley-annotation-set',
          formatVersion: 1,
          parleyVersion: input.parleyVersion,
          document: {
            id: document.meta.id,
            title: document.meta.title,
            fileName: document.meta.fileName,
            textSha256: document.meta.textSha256,
            length: codePointLength(document.text),
          },
          annotator: set.annotator,
          tagSchemaVersion: input.schema.version,
          annotations: set.annotations.map((a) => storedAnnotation(a)),
        }),
      ),
    )
    expect(files.length).toBeGreaterThan(2)
    expect(files.map((f) => f.content)).toEqual(expected)
    expect(files[0]!.content).toContain('"Alpha":"A"')
  })

  it('write JSONL lines exactly as stableJson of each line', () => {
    const [file] = jsonlFormat.serialize(input)
    const lines = file!.content.split('\n').slice(0, -1)
    expect(lines.length).toBeGreaterThan(2)
    for (const line of lines) expect(stableJson(JSON.parse(line))).toBe(line)
    expect(lines.map((line) => (JSON.parse(line) as { spans: unknown[] }).spans.length)).toEqual(
      inExportOrder(input).flatMap((d) => d.sets.map((s) => s.annotations.length)),
    )
  })
})

describe('sortedParts', () => {
  it('gives stableJson for values built with sorted keys around unsorted parts', () => {
    const sorted = sortedParts()
    const value = { a: sorted.part({ b: 1, a: [{ d: 2, c: 3 }] }), b: 'x' }
    expect(sorted.json(value)).toBe('{"a":{"a":[{"c":3,"d":2}],"b":1},"b":"x"}')
    expect(sorted.json(value, 2)).toBe(stableJson(value, 2))
  })

  it('falls back to stableJson when a part needs the replacer (a toJSON)', () => {
    const sorted = sortedParts()
    const odd = { toJSON: () => ({ z: 1, y: 2 }) }
    const value = { a: sorted.part({ q: odd }), b: 1 }
    expect(sorted.json(value)).toBe(stableJson(value))
    expect(sorted.json(value)).toBe('{"a":{"q":{"y":2,"z":1}},"b":1}')
  })
})
