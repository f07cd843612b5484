import { readFile } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Annotation } from '@shared/model/annotation'
import type { Workspace } from '../workspace/workspace'
import { readDocumentText } from '../workspace/document-store'
import { importAnnotationFiles } from './import-annotations'
import { file, importWorkspace, jsonl, jsonlSpan, NOW, VOISINS } from './testing/import-workspace'

let workspace: Workspace
let remove: () => Promise<void>
beforeEach(async () => {
  ;({ workspace, remove } = await importWorkspace())
})
afterEach(() => remove())

async function imported(files: Parameters<typeof importAnnotationFiles>[1], options = {}) {
  const result = await importAnnotationFiles(workspace, files, { now: NOW, ...options })
  if (!result.ok) throw new Error(result.error.message)
  await workspace.annotations.flush()
  return result.value
}

async function setOf(documentId: string, annotator: string): Promise<Annotation[]> {
  const sets = await workspace.annotations.setsOf(workspace.documents.get(documentId)!)
  return [...(sets.find((s) => s.annotator === annotator)?.annotations ?? [])]
}

const brief = (a: Annotation) => [a.id, a.label, a.attributes.type ?? '', a.start, a.end, a.quote.exact]

describe('importAnnotationFiles', () => {
  it('imports a doccano JSONL line into the annotator given, matching the document by its text', async () => {
    const line = {
      text: VOISINS,
      label: [
        [0, 8, 'ENTITY:STATE'],
        [15, 25, 'entity:STATE'],
        [26, 46, 'POSITION'],
      ],
    }
    const summary = await imported([file('export.jsonl', jsonl(line))], { annotator: 'Claire' })
    expect(summary).toMatchObject({
      documents: 1,
      annotations: 3,
      annotators: ['Claire'],
      notAnchored: [],
      createdDocuments: [],
    })
    const set = await setOf('voisins', 'Claire')
    expect(set.map(brief)).toEqual([
      ['imported-20240501T100000000Z-1-1', 'ENTITY', 'STATE', 0, 8, 'La Chine'],
      ['imported-20240501T100000000Z-1-2', 'ENTITY', 'STATE', 15, 25, 'Kazakhstan'],
      ['imported-20240501T100000000Z-1-3', 'POSITION', '', 26, 46, 'sont de bons voisins'],
    ])
    expect(set.every((a) => a.author === 'Claire' && a.created === NOW.toISOString())).toBe(true)
  })

  it('imports a brat pair, with a note and a relation', async () => {
    const ann = [
      'T1\tENTITY-STATE 0 8\tLa Chine',
      'T2\tENTITY-STATE 15 25\tKazakhstan',
      'T3\tPOSITION 26 46\tsont de bons voisins',
      'R1\tholder Arg1:T3 Arg2:T2',
      '#1\tAnnotatorNotes T1\tla RPC',
      '',
    ].join('\n')
    const summary = await imported([file('brat/voisins.txt', VOISINS), file('brat/voisins.ann', ann)], {
      annotator: 'Claire',
    })
    expect(summary).toMatchObject({ documents: 1, annotations: 3, annotators: ['Claire'] })
    const set = await setOf('voisins', 'Claire')
    expect(set.map(brief)).toEqual([
      ['brat-T1', 'ENTITY', 'STATE', 0, 8, 'La Chine'],
      ['brat-T2', 'ENTITY', 'STATE', 15, 25, 'Kazakhstan'],
      ['brat-T3', 'POSITION', '', 26, 46, 'sont de bons voisins'],
    ])
    expect(set[0]?.note).toBe('la RPC')
    expect(set[2]?.roles).toEqual({ holder: [{ ref: 'brat-T2' }] })
  })

  it('merges by id into the set: importing the same file twice changes nothing more', async () => {
    const line = {
      id: 'voisins',
      annotator: 'Aïcha Benali',
      text: VOISINS,
      label: [],
      spans: [jsonlSpan(VOISINS, 'kz', 'ENTITY', 'Kazakhstan', { attributes: { type: 'STATE' } })],
    }
    await imported([file('a.jsonl', jsonl(line))])
    const once = await readFile(`${workspace.root}/documents/voisins/annotations/aicha-benali.json`)
    const again = await imported([file('a.jsonl', jsonl(line))])
    expect(again.annotations).toBe(1)
    expect(await setOf('voisins', 'Aïcha Benali')).toHaveLength(1)
    expect(await readFile(`${workspace.root}/documents/voisins/annotations/aicha-benali.json`)).toEqual(once)
  })

  it('makes a new document of a text the workspace does not hold', async () => {
    const text = 'Astana et Pékin.\n'
    const summary = await imported(
      [file('n.jsonl', jsonl({ id: 'astana', text, label: [[0, 6, 'ENTITY:STATE']] }))],
      {
        annotator: 'Claire',
      },
    )
    expect(summary.createdDocuments).toEqual(['astana'])
    expect(await readDocumentText(workspace.root, 'astana')).toBe(text)
    expect((await setOf('astana', 'Claire')).map(brief)).toEqual([
      ['imported-20240501T100000000Z-1-1', 'ENTITY', 'STATE', 0, 6, 'Astana'],
    ])
  })

  it('renames labels with a label map before checking them', async () => {
    const line = {
      id: 'voisins',
      text: VOISINS,
      label: [
        [0, 8, 'GPE'],
        [15, 25, 'gpe'],
      ],
    }
    const summary = await imported([file('m.jsonl', jsonl(line))], {
      annotator: 'Claire',
      labelMap: { GPE: 'ENTITY:STATE' },
    })
    expect(summary.annotations).toBe(2)
    expect((await setOf('voisins', 'Claire')).map((a) => `${a.label}:${a.attributes.type}`)).toEqual([
      'ENTITY:STATE',
      'ENTITY:STATE',
    ])
  })
})

describe('importAnnotationFiles on a changed text', () => {
  const OLD = 'La Chine et le Kazakhstan sont de bons voisins. Le Kazakhstan soutient la Chine.\n'
  const NEW = 'Préambule. La Chine et le Kazakhstan sont de bons voisins. Le Kazakhstan appuie la Chine.\n'

  beforeEach(async () => {
    await remove()
    ;({ workspace, remove } = await importWorkspace({ 'voisins.txt': NEW }))
  })

  it('moves spans to their quote, and lists (never shifts) those it cannot place', async () => {
    const spans = [
      jsonlSpan(OLD, 'chine', 'ENTITY', 'La Chine'),
      jsonlSpan(OLD, 'kz', 'ENTITY', 'Kazakhstan'),
      jsonlSpan(OLD, 'soutient', 'POSITION', 'soutient'),
      jsonlSpan(OLD, 'voisins', 'POSITION', 'sont de bons voisins', {
        roles: { holder: [{ ref: 'soutient' }] },
      }),
    ]
    const line = { id: 'voisins', annotator: 'Aïcha Benali', text: OLD, label: [], spans }
    const summary = await imported([file('old.jsonl', jsonl(line))])
    expect(summary.annotations).toBe(2)
    expect(summary.sets[0]).toMatchObject({ documentId: 'voisins', moved: 2 })
    expect(summary.notAnchored).toEqual([
      'old.jsonl:1: annotation soutient « soutient » (voisins, Aïcha Benali): its quote is not in the changed text',
      'old.jsonl:1: annotation voisins « sont de bons voisins » (voisins, Aïcha Benali): its role holder refers to a span that cannot be re-anchored',
    ])
    const set = await setOf('voisins', 'Aïcha Benali')
    expect(set.map(brief)).toEqual([
      ['chine', 'ENTITY', '', 11, 19, 'La Chine'],
      ['kz', 'ENTITY', '', 26, 36, 'Kazakhstan'],
    ])
    expect(set[1]?.quote.prefix.endsWith('La Chine et le ')).toBe(true)
  })
})
