import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CSV_COLUMNS, CSV_FILE, csvField, csvFormat } from './csv'
import { ASTRAL_ID, COMMUNIQUE_ID, goldenInput } from './testing/golden-input'

const communique = readFileSync(
  new URL('../../../fixtures/cn-kz-strategic-dialogue-2024-03-29.fr.txt', import.meta.url),
  'utf8',
)
const input = goldenInput(communique)
const [table] = csvFormat.serialize(input)

/** An RFC 4180 reader, independent of the writer: records of fields. */
function readCsv(text: string): string[][] {
  const records: string[][] = []
  let fields: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i]
      else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      fields.push(field)
      field = ''
    } else if (c === '\r' && text[i + 1] === '\n') {
      records.push([...fields, field])
      fields = []
      field = ''
      i++
    } else field += c
  }
  return records
}
const rows = readCsv(table?.content ?? '')
const column = (name: (typeof CSV_COLUMNS)[number]): number => CSV_COLUMNS.indexOf(name)

describe('CSV export', () => {
  it('writes a header and one CRLF-ended row per annotation, sorted, with the texts beside it', () => {
    expect(csvFormat.serialize(input).map((f) => f.path)).toEqual([
      CSV_FILE,
      `${ASTRAL_ID}/text.txt`,
      `${COMMUNIQUE_ID}/text.txt`,
    ])
    expect(
      table?.content.startsWith(
        'document,annotator,label,type,attributes,start,end,text,note,created,modified\r\n',
      ),
    ).toBe(true)
    expect(table?.content.endsWith('\r\n')).toBe(true)
    expect(rows).toHaveLength(1 + 14)
    expect(rows.every((row) => row.length === CSV_COLUMNS.length)).toBe(true)
    expect(rows.slice(1).map((row) => row.slice(0, 2).join(' / '))).toEqual([
      ...Array<string>(4).fill(`${ASTRAL_ID} / Aïcha Benali`),
      ...Array<string>(8).fill(`${COMMUNIQUE_ID} / Aïcha Benali`),
      ...Array<string>(2).fill(`${COMMUNIQUE_ID} / Jean Dupont`),
    ])
  })

  it('splits the label into category and type, and writes other attributes as sorted key=value pairs', () => {
    const position = rows.find((row) => row[column('label')] === 'POSITION')
    expect(position?.slice(2, 7)).toEqual([
      'POSITION',
      '',
      'intensity=strong; polarity=support',
      '3419',
      '3505',
    ])
    expect(rows[5]?.slice(2, 5)).toEqual(['ENTITY', 'PERSON', 'canonical=Wang Yi'])
  })

  it('quotes fields holding a comma, a quote or a line break, doubling quotes (RFC 4180)', () => {
    expect(csvField('plain text')).toBe('plain text')
    expect(csvField('a, b')).toBe('"a, b"')
    expect(csvField('say "oui"')).toBe('"say ""oui"""')
    expect(csvField('one\ntwo')).toBe('"one\ntwo"')
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"')
    const note = rows.find((row) => row[column('label')] === 'POSITION')?.[column('note')]
    expect(note).toBe('Voir <script>alert("x")</script>, puis\n« fermement » : à vérifier')
    expect(table?.content).toContain('"Voir <script>alert(""x"")</script>, puis\n« fermement » : à vérifier"')
  })

  it('defuses spreadsheet formulas (CSV injection): a leading = + - @ tab or CR gets a leading quote', () => {
    expect(['=1+1', '+33 1', '-1', '@SUM(A1)', '\tx', '\rx'].map(csvField)).toEqual([
      "'=1+1",
      "'+33 1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      '"\'\rx"',
    ])
    expect(['a=1', 'x-y', 'mail@example.org', 3419].map(csvField)).toEqual([
      'a=1',
      'x-y',
      'mail@example.org',
      '3419',
    ])
    const ocs = rows.find((row) => row[column('text')]?.startsWith('Organisation'))
    expect(ocs?.[column('note')]).toBe('\'=HYPERLINK("https://example.org","OCS")')
  })

  it('starts with a UTF-8 BOM only when asked', () => {
    expect(table?.content.startsWith('document')).toBe(true)
    const [withBom] = csvFormat.serialize(input, { bom: true })
    expect(withBom?.content).toBe(`\uFEFF${table?.content ?? ''}`)
  })

  it('counts offsets in code points: a Python-style slice of the text is each text cell', () => {
    const astral = input.documents[0]?.text ?? ''
    const cells = rows.filter((row) => row[0] === ASTRAL_ID)
    for (const row of cells) {
      const [start, end] = [Number(row[column('start')]), Number(row[column('end')])]
      expect(Array.from(astral).slice(start, end).join('')).toBe(row[column('text')])
    }
    expect(cells.map((row) => row[column('text')])).toEqual(['𠮷', '👍🏽', '🇫🇷', 'e\u0301lan'])
  })

  it('lists roles and discontinuous spans as losses, and is export only', () => {
    expect(csvFormat.losses(input)).toEqual([
      {
        documentId: COMMUNIQUE_ID,
        annotator: 'Aïcha Benali',
        annotationId: '3f1c2a10-0000-4000-8000-000000000006',
        what: 'roles (actors: 1)',
      },
      {
        documentId: COMMUNIQUE_ID,
        annotator: 'Aïcha Benali',
        annotationId: '3f1c2a10-0000-4000-8000-000000000006',
        what: 'discontinuous span (2 fragments) written as its whole extent 2302–2542',
      },
      {
        documentId: COMMUNIQUE_ID,
        annotator: 'Aïcha Benali',
        annotationId: '3f1c2a10-0000-4000-8000-000000000004',
        what: 'roles (holder: 1, target: 1)',
      },
    ])
    expect(csvFormat.parse).toBeUndefined()
  })
})
