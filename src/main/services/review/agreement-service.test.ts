// Agreement through the services: the report for two colleagues' sets, progress pushed per document, a
// refusal naming the annotators that exist, and the report written as CSV and Markdown in the workspace.
import { readFile } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../testing/temp-workspace'
import { openSample, SAMPLE_ID, type OpenSample } from '../workspace/testing/open-sample'

let dir: string
let remove: () => Promise<void>
let sample: OpenSample

beforeEach(async () => {
  ;({ dir, remove } = await makeTempDir())
  sample = await openSample(dir)
  const { services, tag } = sample
  const put = (annotation: ReturnType<typeof tag>) => ({ op: 'put' as const, annotation })
  await services.saveAnnotations({
    documentId: SAMPLE_ID,
    changes: [put(tag('Wang Yi', 'wang-yi')), put(tag('Kazakhstan', 'kz'))],
  })
  await services.setAnnotator('Malik')
  await services.saveAnnotations({
    documentId: SAMPLE_ID,
    changes: [put({ ...tag('Wang Yi', 'wang-yi'), author: 'Malik' })],
  })
})
afterEach(() => remove())

describe('agreement through the services', () => {
  it('reports the figures and pushes progress', async () => {
    const progress: number[] = []
    const stop = sample.services.onEvent('agreementProgress', (p) => progress.push(p.done))
    const report = await sample.services.agreementReport({
      annotators: ['Claire', 'Malik'],
      documentIds: null,
    })
    stop()
    if (!report.ok) throw new Error(report.error.message)
    expect(report.value.documentIds).toEqual([SAMPLE_ID])
    // Claire: Wang Yi, Kazakhstan; Malik: Wang Yi. One exact match: F1 = 2·1 / (2 + 1).
    expect(report.value.categories.ENTITY?.f1Exact).toBeCloseTo(2 / 3, 6)
    expect(report.value.disagreements.map((d) => [d.kind, d.excerpt])).toEqual([['single', 'Kazakhstan']])
    expect(progress).toEqual([0, 1])
  })

  it('refuses an unknown annotator, naming those there are', async () => {
    const report = await sample.services.agreementReport({ annotators: ['Claire', 'Zoé'], documentIds: null })
    expect(report).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(!report.ok && report.error.message).toContain('Claire, Malik')
  })

  it('writes the report as CSV and as Markdown under exports/', async () => {
    const request = { annotators: ['Claire', 'Malik'], documentIds: [SAMPLE_ID] }
    const csv = await sample.services.saveAgreementReport({ ...request, format: 'csv' })
    const markdown = await sample.services.saveAgreementReport({ ...request, format: 'markdown' })
    if (!csv.ok || !csv.value || !markdown.ok || !markdown.value) throw new Error('not written')
    expect(csv.value.path.startsWith(`${dir}/exports/agreement-Claire-vs-Malik-`)).toBe(true)
    expect(await readFile(csv.value.path, 'utf8')).toMatch(/^scope,annotators,category,label,/)
    expect(await readFile(markdown.value.path, 'utf8')).toContain('ENTITY')
  })
})
