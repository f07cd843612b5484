// The tag schema changed by another program while Parley runs (RELIABILITY.md 9): the open window hears
// the new schema; Parley's own schema saves are not taken for outside changes; a damaged version leaves
// the schema in memory as it was.
import { readFile, writeFile } from 'node:fs/promises'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { Session } from '@shared/model/session'
import { makeTempDir } from '../testing/temp-workspace'
import { openSample, type OpenSample } from './testing/open-sample'
import { SETTLE_MS } from './watch-folder'
import { tagSchemaPath } from './workspace-paths'

let dir: string
let remove: () => Promise<void>
let sample: OpenSample
let heard: Session[]
beforeEach(async () => {
  ;({ dir, remove } = await makeTempDir())
  sample = await openSample(dir)
  const mine: Session[] = []
  heard = mine
  sample.services.onEvent('sessionChanged', (session) => mine.push(session))
})
afterEach(() => remove())

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, SETTLE_MS * 4))

async function until(check: () => boolean, ms = 5_000): Promise<void> {
  for (const start = Date.now(); !check(); await new Promise((r) => setTimeout(r, 20)))
    if (Date.now() - start > ms) throw new Error('timed out')
}

it('tells the window about a tag schema changed on disk', async () => {
  const file = JSON.parse(await readFile(tagSchemaPath(dir), 'utf8')) as {
    tagSchema: { version: number; name: string }
  }
  file.tagSchema = { ...file.tagSchema, version: file.tagSchema.version + 1, name: 'Pulled from git' }
  await writeFile(tagSchemaPath(dir), JSON.stringify(file))
  await until(() => heard.some((s) => s.tagSchema.name === 'Pulled from git'))
  expect((await sample.services.getSession()).tagSchema.name).toBe('Pulled from git')
})

it('does not take its own schema save for an outside change', async () => {
  const session = await sample.services.getSession()
  const saved = await sample.services.saveTagSchema({
    ...session.tagSchema,
    version: session.tagSchema.version + 1,
  })
  expect(saved.ok).toBe(true)
  const afterSave = heard.length
  await settle()
  expect(heard.length).toBe(afterSave)
})

it('keeps the schema it has when the file on disk is damaged', async () => {
  const before = (await sample.services.getSession()).tagSchema
  await writeFile(tagSchemaPath(dir), '{"schemaVersion": 2, "tagSch')
  await settle()
  expect((await sample.services.getSession()).tagSchema).toEqual(before)
})
