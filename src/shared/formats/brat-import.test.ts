import { describe, expect, it } from 'vitest'
import type { ImportContext, InputFile } from './format'
import { bratFormat } from './brat'
import { testContext } from './testing/round-trip'

// Code points: « La Chine » 0–8, « Chine » 3–8, « Kazakhstan » 15–25, « sont de bons voisins » 26–46.
const TEXT = 'La Chine et le Kazakhstan sont de bons voisins.\n'

const filesOf = (ann: string, txt: string | null = TEXT): InputFile[] => [
  ...(txt === null ? [] : [{ path: 'doc/doc.txt', content: txt }]),
  { path: 'doc/doc.ann', content: ann },
]

function read(files: readonly InputFile[], context: ImportContext = testContext) {
  const result = bratFormat.parse!(files, context)
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.line}: ${p.reason}`).join('\n'))
  return result.documents
}

function problems(files: readonly InputFile[]): string[] {
  const result = bratFormat.parse!(files, testContext)
  if (result.ok) throw new Error('expected the import to be refused')
  return result.problems.map((p) => `${p.file}:${p.line}${p.column ? `:${p.column}` : ''} ${p.reason}`)
}

describe('brat import problems', () => {
  it('names the file, line and reason of each bad line, and imports nothing', () => {
    const ann = [
      'T1 ENTITY 0 8 La Chine',
      '1T\tENTITY 0 8\tLa Chine',
      'X1\tfoo bar',
      'T2\tENTITY 0 99\tLa Chine',
      'T3\tENTITY 0 8\tLe Chine',
      'T4\tENTITY 0 8\tLa Chine',
      'T4\tENTITY 15 25\tKazakhstan',
      'N1\tReference T4 Wikipedia:534366\tChine',
      '',
    ].join('\n')
    expect(
      problems([...filesOf(ann), { path: 'ok/ok.txt', content: TEXT }, { path: 'ok/ok.ann', content: '' }]),
    ).toEqual([
      'doc/doc.ann:1 missing TAB after the id (a line is ID, TAB, then the annotation)',
      'doc/doc.ann:2 bad id « 1T »: an id is a letter (or #) and a number, such as T1, A2 or #3',
      'doc/doc.ann:3 unknown line type « X »: brat lines start with T, A, M, R, E, N, * or #',
      'doc/doc.ann:4 offsets beyond the end of the text (48 characters)',
      'doc/doc.ann:5 span text « Le Chine » is not the text at these offsets, « La Chine »',
      'doc/doc.ann:7 id T4 is already used on line 6',
      'doc/doc.ann:8 normalisation lines (N) are not supported: Parley has no reference databases',
    ])
  })

  it('refuses references to ids the file does not define', () => {
    const ann =
      'T1\tENTITY 0 8\tLa Chine\nR1\tholder Arg1:T1 Arg2:T9\nA1\tpolarity T7 support\n#1\tAnnotatorNotes T8\tnote\n'
    expect(problems(filesOf(ann))).toEqual([
      'doc/doc.ann:2 relation R1 refers to T9, which is no span or event of this file',
      'doc/doc.ann:3 attribute A1 refers to T7, which is no span or event of this file',
      'doc/doc.ann:4 note #1 refers to T8, which is no span or event of this file',
    ])
  })

  it('does not report again the lines that refer to a line it could not read', () => {
    const ann = 'T1\tENTITY-STATE 0 8\tLe Chine\nA1\tcanonical T1 Chine\n'
    expect(problems(filesOf(ann))).toEqual([
      'doc/doc.ann:1 span text « Le Chine » is not the text at these offsets, « La Chine »',
    ])
  })

  it('refuses control characters outside span texts, with their column', () => {
    expect(problems(filesOf('T1\tENTITY 0 8\tLa Chine\n#1\tAnnotatorNotes T1\tbell\u0007\n'))).toEqual([
      'doc/doc.ann:2:26 control character U+0007',
    ])
  })

  it('refuses a reserved attribute name, a type that is no Parley category, and a mismatched event', () => {
    const ann = [
      'T1\tENTITY 0 8\tLa Chine',
      'A1\t__proto__ T1 x',
      'T2\tProtein 15 25\tKazakhstan',
      'T3\tPOSITION 26 46\tsont de bons voisins',
      'E1\tCOMMITMENT:T3 actors:T1',
      '',
    ].join('\n')
    expect(problems(filesOf(ann))).toEqual([
      'doc/doc.ann:2 attribute name __proto__ is reserved',
      'doc/doc.ann:3 label: a label is a category id such as ENTITY (its type goes in attributes.type)',
      'doc/doc.ann:5 event E1 is a COMMITMENT, its trigger T3 a POSITION',
    ])
  })

  it('says when offsets count CR characters or a byte-order mark the canonical text drops', () => {
    const crlf = 'La Chine.\r\nLe Kazakhstan.\r\n'
    expect(problems(filesOf('T1\tENTITY 14 24\tKazakhstan\n', crlf))).toEqual([
      'doc/doc.ann:1 span text « Kazakhstan » is not the text at these offsets, « azakhstan. » (the offsets count CR characters; the text was normalised to LF)',
    ])
    expect(problems(filesOf('T1\tENTITY 1 9\tLa Chine\n', `\uFEFF${TEXT}`))).toEqual([
      'doc/doc.ann:1 span text « La Chine » is not the text at these offsets, « a Chine  » (the offsets count the byte-order mark, which Parley removes)',
    ])
    const [document] = read(filesOf('T1\tENTITY 13 23\tKazakhstan\n', crlf))
    expect(document?.text).toBe('La Chine.\nLe Kazakhstan.\n')
    expect(document?.annotations[0]?.quote.exact).toBe('Kazakhstan')
  })

  it('needs the text: NAME.txt beside the .ann, else the workspace document of that name', () => {
    expect(problems(filesOf('', null))).toEqual([
      'doc/doc.ann:0 no text: doc/doc.txt is missing and no document is named doc',
    ])
    const context = { ...testContext, textOf: (name: string) => (name === 'doc' ? TEXT : null) }
    expect(read(filesOf('T1\tENTITY-STATE 3 8\tChine\n', null), context)[0]?.annotations[0]).toMatchObject({
      start: 3,
      end: 8,
      attributes: { type: 'STATE' },
    })
  })
})

describe('brat import of files made in brat', () => {
  it('reads discontinuous spans, events as roles, binary attributes and notes of any kind', () => {
    const ann = [
      'T1\tENTITY-STATE 0 8\tLa Chine',
      'T2\tENTITY-STATE 15 25\tKazakhstan',
      'T3\tPOSITION 26 30;39 46\tsont voisins',
      'E1\tPOSITION:T3 holder:T1 holder2:T2',
      'A1\tNegation E1',
      '#1\tAnnotatorNotes E1\tà revoir',
      '#2\tAnnotationError T2\tdouteux',
      '',
    ].join('\r\n')
    const [document] = read(filesOf(ann))
    expect(document?.annotator).toBe('Importer')
    expect(document?.annotations.map((a) => [a.id, a.label, a.attributes, a.roles, a.note])).toEqual([
      ['brat-T1', 'ENTITY', { type: 'STATE' }, {}, ''],
      ['brat-T2', 'ENTITY', { type: 'STATE' }, {}, 'AnnotationError: douteux'],
      [
        'brat-T3',
        'POSITION',
        { Negation: 'true' },
        { holder: [{ ref: 'brat-T1' }, { ref: 'brat-T2' }] },
        'à revoir',
      ],
    ])
    expect(document?.annotations[2]).toMatchObject({
      start: 26,
      end: 46,
      fragments: [
        { start: 26, end: 30 },
        { start: 39, end: 46 },
      ],
      author: 'Importer',
      created: testContext.now,
    })
  })

  it('splits a type at its category by annotation.conf, else at the first dash', () => {
    const ann = 'T1\tFOREIGN-POLICY-TRADE 0 8\tLa Chine\n'
    const conf = '[entities]\nFOREIGN-POLICY\n\tFOREIGN-POLICY-TRADE\n[relations]\n'
    expect(
      read([...filesOf(ann), { path: 'annotation.conf', content: conf }])[0]?.annotations[0],
    ).toMatchObject({
      label: 'FOREIGN-POLICY',
      attributes: { type: 'TRADE' },
    })
    expect(read(filesOf(ann))[0]?.annotations[0]).toMatchObject({
      label: 'FOREIGN',
      attributes: { type: 'POLICY-TRADE' },
    })
  })
})
