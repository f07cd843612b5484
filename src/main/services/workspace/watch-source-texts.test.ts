// The text of an open document rewritten by another program (RELIABILITY.md 9 and 11): the watcher tells
// the window once per new version, never for a file rewritten with the same bytes, another file of the
// document, or Parley's own saves; reopening re-anchors spans by quote (saved at their new place) or flags
// them and leaves them out of the editor, never shifting one onto other words.
import { readFile, writeFile } from 'node:fs/promises'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { SourceTextChanged } from '@shared/ipc/contract'
import { codePointLength } from '@shared/text/offsets'
import { sha256Of } from '../storage/content-hash'
import { makeTempDir } from '../testing/temp-workspace'
import { openSample, SAMPLE_ID } from './testing/open-sample'
import { SETTLE_MS } from './watch-folder'
import { watchSourceTexts } from './watch-source-texts'
import { annotationFilePath, documentFilePath, textPath } from './workspace-paths'

let dir: string
let remove: () => Promise<void>
beforeEach(async () => ({ dir, remove } = await makeTempDir()))
afterEach(() => remove())

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, SETTLE_MS * 4))

async function until(check: () => boolean, ms = 5_000): Promise<void> {
  for (const start = Date.now(); !check(); await new Promise((r) => setTimeout(r, 20)))
    if (Date.now() - start > ms) throw new Error('timed out')
}

it('reports a followed text once per new version, not a touch, another file or an unfollowed text', async () => {
  const { services, text } = await openSample(dir)
  await services.flush()
  const heard: string[] = []
  const watch = watchSourceTexts(dir, (id) => heard.push(id), 20)
  try {
    await writeFile(textPath(dir, SAMPLE_ID), text) // before it is followed
    watch.follow(SAMPLE_ID, sha256Of(text))
    await writeFile(textPath(dir, SAMPLE_ID), text) // same bytes
    await writeFile(documentFilePath(dir, SAMPLE_ID), await readFile(documentFilePath(dir, SAMPLE_ID)))
    await settle()
    expect(heard).toEqual([])
    await writeFile(textPath(dir, SAMPLE_ID), `${text}\nAddendum.`)
    await until(() => heard.length > 0)
    await settle()
    expect(heard).toEqual([SAMPLE_ID])
  } finally {
    watch.close()
  }
})

it('tells the window, and reopening moves spans by quote and flags the lost ones; own saves stay quiet', async () => {
  const { services, tag, text } = await openSample(dir)
  const heard: SourceTextChanged[] = []
  services.onEvent('sourceTextChanged', (change) => heard.push(change))
  const kazakhstan = tag('Kazakhstan', 'kz')
  const wangYi = tag('Wang Yi', 'wy')
  await services.saveAnnotations({
    documentId: SAMPLE_ID,
    changes: [kazakhstan, wangYi].map((annotation) => ({ op: 'put' as const, annotation })),
  })
  await services.flush()
  await settle()
  expect(heard).toEqual([])

  const edited = `Note de l’éditeur.\n${text.replaceAll('Wang Yi', 'le ministre')}`
  await writeFile(textPath(dir, SAMPLE_ID), edited)
  await until(() => heard.length > 0)
  expect(heard).toEqual([{ documentId: SAMPLE_ID, reopen: true, moved: 0, flagged: [] }])

  const reopened = await services.openDocument(SAMPLE_ID)
  if (!reopened.ok) throw new Error(reopened.error.message)
  expect(reopened.value.text).toBe(edited)
  const shown = reopened.value.annotations
  expect(shown.map((a) => a.id)).toEqual(['kz'])
  const start = codePointLength(edited.slice(0, edited.indexOf('Kazakhstan')))
  expect(shown[0]?.start).toBe(start)
  expect(heard.at(-1)).toEqual({
    documentId: SAMPLE_ID,
    reopen: false,
    moved: 1,
    flagged: [{ id: 'wy', quote: 'Wang Yi', reason: 'quote-not-found' }],
  })
  // On disk: the moved span at its new place; the flagged one kept as it was, never shifted or dropped.
  await services.flush()
  const stored = JSON.parse(await readFile(annotationFilePath(dir, SAMPLE_ID, 'Claire'), 'utf8')) as {
    annotations: { id: string; start: number }[]
  }
  expect(stored.annotations.map((a) => [a.id, a.start])).toEqual([
    ['wy', wangYi.start],
    ['kz', start],
  ])
  // Saves are checked on the new text: a span placed by the old offsets is refused.
  const stale = await services.saveAnnotations({
    documentId: SAMPLE_ID,
    changes: [{ op: 'put', annotation: kazakhstan }],
  })
  expect(stale.ok).toBe(false)
  const count = heard.length
  await settle()
  expect(heard.length).toBe(count)
})
