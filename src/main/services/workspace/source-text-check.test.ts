// A source text changed on disk after annotating (RELIABILITY.md 11): the hash mismatch is detected, and
// re-anchoring by quote keeps, moves or flags each span, never silently shifting one onto other words.
import { readFile, writeFile } from 'node:fs/promises'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { reanchorAnnotations } from '@shared/model/reanchor'
import { parseAnnotationSetFile } from '@shared/storage/stored-files'
import { codePointLength, createOffsetIndex } from '@shared/text/offsets'
import { makeTempDir } from '../testing/temp-workspace'
import { checkSourceText, isMadeOnOtherText } from './source-text-check'
import { openSample, SAMPLE_ID } from './testing/open-sample'
import { annotationFilePath, textPath } from './workspace-paths'

let dir: string
let remove: () => Promise<void>
beforeEach(async () => ({ dir, remove } = await makeTempDir()))
afterEach(() => remove())

it('detects an edited text.txt and re-anchors the set: moved where the quote is unique, flagged where gone', async () => {
  const { services, tag, text } = await openSample(dir)
  const kazakhstan = tag('Kazakhstan', 'kz')
  const wangYi = tag('Wang Yi', 'wy')
  await services.saveAnnotations({
    documentId: SAMPLE_ID,
    changes: [kazakhstan, wangYi].map((annotation) => ({ op: 'put' as const, annotation })),
  })
  await services.flush()
  const session = await services.getSession()
  const meta = session.documents.find((d) => d.id === SAMPLE_ID)
  if (!meta) throw new Error('no sample')
  expect((await checkSourceText(dir, meta)).changed).toBe(false)

  const edited = `Note de l’éditeur.\n${text.replaceAll('Wang Yi', 'le ministre')}`
  await writeFile(textPath(dir, SAMPLE_ID), edited)
  const check = await checkSourceText(dir, meta)
  expect(check.changed).toBe(true)
  const raw: unknown = JSON.parse(await readFile(annotationFilePath(dir, SAMPLE_ID, 'Claire'), 'utf8'))
  const set = parseAnnotationSetFile(raw)
  if (!set.ok) throw new Error(set.error.message)
  expect(isMadeOnOtherText(set.value, check)).toBe(true)

  const result = reanchorAnnotations(check.text, createOffsetIndex(check.text), set.value.annotations)
  expect(result.flagged).toEqual([{ id: 'wy', reason: 'quote-not-found' }])
  // Kazakhstan occurs 20 times: its stored prefix and suffix pick the first occurrence, now further on.
  expect(result.moved).toEqual(['kz'])
  const moved = result.annotations.find((a) => a.id === 'kz')
  expect(moved?.start).toBe(codePointLength(edited.slice(0, edited.indexOf('Kazakhstan'))))
  expect(moved?.start).not.toBe(kazakhstan.start)
})
