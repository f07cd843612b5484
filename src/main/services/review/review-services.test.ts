// The review services on a real temporary workspace: colleagues' sets are found and opened for review, the
// curated set and its decision log are saved durably together and survive a restart, the curated set opens
// in the editor like any other set, and bad requests change nothing.
import { readFile } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CURATED, type CurationDecision } from '@shared/review/review-types'
import { fingerprint, makeTempDir } from '../testing/temp-workspace'
import { openParley, openSample, SAMPLE_ID, type OpenSample } from '../workspace/testing/open-sample'
import { curationLogPath } from './curation-logs'

let dir: string
let remove: () => Promise<void>
let sample: OpenSample

beforeEach(async () => {
  ;({ dir, remove } = await makeTempDir())
  sample = await openSample(dir)
  const { services, tag } = sample
  await services.saveAnnotations({
    documentId: SAMPLE_ID,
    changes: [{ op: 'put', annotation: tag('Wang Yi', 'wang-yi') }],
  })
  await services.setAnnotator('Malik')
  await services.saveAnnotations({
    documentId: SAMPLE_ID,
    changes: [
      { op: 'put', annotation: { ...tag('Wang Yi', 'wang-yi'), author: 'Malik' } },
      { op: 'put', annotation: { ...tag('Kazakhstan', 'kazakhstan'), author: 'Malik' } },
    ],
  })
})
afterEach(() => remove())

const decision = (ids: string[]): CurationDecision => ({
  itemKey: 'Claire/wang-yi+Malik/wang-yi',
  action: 'agreed',
  sources: [
    { annotator: 'Claire', id: 'wang-yi' },
    { annotator: 'Malik', id: 'wang-yi' },
  ],
  curatedIds: ids,
  curator: 'Malik',
  decided: '2024-04-01T09:00:00.000Z',
})

describe('review', () => {
  it('lists the annotators with sets, for a document and for the workspace, never the curated set', async () => {
    const { services, tag } = sample
    await services.saveAnnotations({
      documentId: SAMPLE_ID,
      set: CURATED,
      changes: [{ op: 'put', annotation: tag('Wang Yi', 'wang-yi') }],
    })
    expect(await services.annotatorsOf(SAMPLE_ID)).toEqual({ ok: true, value: ['Claire', 'Malik'] })
    expect(await services.annotatorsOf(null)).toEqual({ ok: true, value: ['Claire', 'Malik'] })
    expect(await services.annotatorsOf('nope')).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('opens the chosen sets with the curated set and its decisions', async () => {
    const opened = await sample.services.openReview({
      documentId: SAMPLE_ID,
      annotators: ['Malik', 'Claire'],
    })
    if (!opened.ok) throw new Error(opened.error.message)
    expect(opened.value.sets.map((s) => [s.annotator, s.annotations.length])).toEqual([
      ['Malik', 2],
      ['Claire', 1],
    ])
    expect(opened.value.curated).toEqual([])
    expect(opened.value.decisions).toEqual([])
    expect(opened.value.text).toBe(sample.text)
  })

  it('refuses an annotator without a set, naming those who have one', async () => {
    const result = await sample.services.openReview({ documentId: SAMPLE_ID, annotators: ['Claire', 'Zoé'] })
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(!result.ok && result.error.message).toContain('Zoé has no annotations')
    expect(!result.ok && result.error.message).toContain('Claire, Malik')
  })

  it('saves curation durably, and both survive a restart; the curated set opens in the editor', async () => {
    const { services, tag } = sample
    const saved = await services.saveCuration({
      documentId: SAMPLE_ID,
      changes: [{ op: 'put', annotation: tag('Wang Yi', 'wang-yi') }],
      decisions: [{ op: 'put', decision: decision(['wang-yi']) }],
    })
    expect(saved).toMatchObject({ ok: true, value: { count: 1 } })
    const log = JSON.parse(await readFile(curationLogPath(dir, SAMPLE_ID), 'utf8')) as { decisions: unknown }
    expect(log.decisions).toEqual([decision(['wang-yi'])])
    const again = await openParley(dir)
    const review = await again.openReview({ documentId: SAMPLE_ID, annotators: ['Claire', 'Malik'] })
    expect(review.ok && review.value.curated.map((a) => a.id)).toEqual(['wang-yi'])
    expect(review.ok && review.value.decisions).toEqual([decision(['wang-yi'])])
    const editor = await again.openDocument(SAMPLE_ID, CURATED)
    expect(editor.ok && editor.value.annotations.map((a) => a.id)).toEqual(['wang-yi'])
    await again.saveCuration({
      documentId: SAMPLE_ID,
      changes: [],
      decisions: [{ op: 'delete', itemKey: decision([]).itemKey }],
    })
    const undone = await again.openReview({ documentId: SAMPLE_ID, annotators: ['Claire', 'Malik'] })
    expect(undone.ok && undone.value.decisions).toEqual([])
  })

  it('refuses a curated annotation that does not fit the text, and writes nothing', async () => {
    const { services, tag } = sample
    const before = await fingerprint(dir)
    const bad = { ...tag('Wang Yi', 'wang-yi'), quote: { exact: 'Xi Jinping', prefix: '', suffix: '' } }
    const result = await services.saveCuration({
      documentId: SAMPLE_ID,
      changes: [{ op: 'put', annotation: bad }],
      decisions: [{ op: 'put', decision: decision([bad.id]) }],
    })
    expect(result.ok).toBe(false)
    expect(await fingerprint(dir)).toEqual(before)
  })

  it('keeps the name of the gold set for the gold set', async () => {
    const result = await sample.services.setAnnotator('Curated')
    expect(result).toMatchObject({ ok: false, error: { code: 'reserved-name' } })
  })
})
