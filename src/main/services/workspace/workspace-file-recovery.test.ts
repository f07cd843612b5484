// A damaged settings.json or tag-schema.json at startup (RELIABILITY.md 4 and 12): Parley keeps rotating
// backups of both, opens on the recovery screen's questions instead of failing, lists the kept versions
// newest first with whether each parses, and repairs only when asked — a kept version restored, or
// (settings only) the defaults — with the damaged bytes kept as `<name>.corrupt-<time>`.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { Session } from '@shared/model/session'
import { BACKUPS_FOLDER } from '../storage/backups'
import { fileTimestamp } from '../storage/side-files'
import { fingerprint, makeTempDir } from '../testing/temp-workspace'
import { openParley, openSample, SAMPLE_ID } from './testing/open-sample'
import { settingsPath, tagSchemaPath } from './workspace-paths'

let dir: string
let remove: () => Promise<void>
beforeEach(async () => ({ dir, remove } = await makeTempDir()))
afterEach(() => remove())

const conflicted = (good: string): string => `<<<<<<< HEAD\n${good}=======\n${good}>>>>>>> theirs\n`
const keptVersions = async (stem: string): Promise<string[]> =>
  (await readdir(join(dir, BACKUPS_FOLDER))).filter((n) => n.startsWith(`${stem}.`)).sort()

/** A workspace where Claire annotated, closed; returns the good bytes of both files. */
async function closedWorkspace(): Promise<{ settings: string; schema: string }> {
  const { services } = await openSample(dir)
  await services.flush()
  return {
    settings: await readFile(settingsPath(dir), 'utf8'),
    schema: await readFile(tagSchemaPath(dir), 'utf8'),
  }
}

/** A kept version named as the rotation names them, `minutesAgo` old. */
async function keep(stem: string, bytes: string, minutesAgo: number): Promise<string> {
  const name = `${stem}.${fileTimestamp(new Date(Date.now() - minutesAgo * 60_000))}.json`
  await mkdir(join(dir, BACKUPS_FOLDER), { recursive: true })
  await writeFile(join(dir, BACKUPS_FOLDER, name), bytes)
  return name
}

it('keeps a version of settings.json and of tag-schema.json when Parley writes them, each parsing', async () => {
  const { settings, schema } = await closedWorkspace()
  const [settingsKept] = await keptVersions('settings')
  const [schemaKept] = await keptVersions('tag-schema')
  // The first write of each (the new workspace's defaults) is kept; the rotation keeps one per 30 s.
  expect(settingsKept).toMatch(/^settings\.[0-9TZ-]+\.json$/)
  expect(schemaKept).toMatch(/^tag-schema\.[0-9TZ-]+\.json$/)
  const kept = JSON.parse(await readFile(join(dir, BACKUPS_FOLDER, settingsKept ?? ''), 'utf8')) as unknown
  expect(kept).toMatchObject({
    schemaVersion: (JSON.parse(settings) as { schemaVersion: number }).schemaVersion,
  })
  expect(JSON.parse(await readFile(join(dir, BACKUPS_FOLDER, schemaKept ?? ''), 'utf8'))).toEqual(
    JSON.parse(schema),
  )
})

it('opens on a git-conflicted tag schema without writing, and restores the chosen kept version', async () => {
  const { schema } = await closedWorkspace()
  for (const old of await keptVersions('tag-schema'))
    await writeFile(join(dir, BACKUPS_FOLDER, old), '{"trunc')
  const good = await keep('tag-schema', schema, 1)
  const damaged = conflicted(schema)
  await writeFile(tagSchemaPath(dir), damaged)
  const before = await fingerprint(dir)

  const services = await openParley(dir)
  const heard: Session[] = []
  services.onEvent('sessionChanged', (s) => heard.push(s))
  const damage = await services.workspaceDamage()
  expect(damage).toMatchObject({ file: 'tag-schema.json', path: tagSchemaPath(dir), line: 1, column: 1 })
  expect(damage?.message).toMatch(/tag-schema\.json:1:1 holds a git conflict marker/)
  // Newest first: the first version (now unreadable), then the good one kept a minute earlier.
  expect(damage?.backups.map((b) => [b.name, b.readable])).toEqual([
    [expect.stringMatching(/^tag-schema\./), false],
    [good, true],
  ])
  await expect(services.getSession()).rejects.toThrow(/git conflict marker/)
  expect(await fingerprint(dir)).toEqual(before)

  const refused = await services.restoreWorkspaceFile('tag-schema.json', 'tag-schema.nope.json')
  expect(refused).toMatchObject({ ok: false, error: { code: 'not-found' } })
  expect(await fingerprint(dir)).toEqual(before)

  const restored = await services.restoreWorkspaceFile('tag-schema.json', good)
  expect(restored).toEqual({
    ok: true,
    value: { setAsidePath: expect.stringMatching(/\.corrupt-/), damage: null },
  })
  expect(await readFile(tagSchemaPath(dir), 'utf8')).toBe(schema)
  const aside = restored.ok ? (restored.value.setAsidePath ?? '') : ''
  expect(aside.startsWith(`${tagSchemaPath(dir)}.corrupt-`)).toBe(true)
  expect(await readFile(aside, 'utf8')).toBe(damaged)
  expect(await services.workspaceDamage()).toBeNull()
  expect(heard.map((s) => s.annotator)).toEqual(['Claire'])
  const opened = await services.openDocument(SAMPLE_ID)
  expect(opened.ok).toBe(true)
})

it('starts with default settings only when settings.json is the damaged file, keeping it aside', async () => {
  const { settings } = await closedWorkspace()
  await writeFile(tagSchemaPath(dir), '')
  const onlySchema = await openParley(dir)
  expect(await onlySchema.startWithDefaultSettings()).toMatchObject({
    ok: false,
    error: { code: 'not-damaged' },
  })
  expect(await readFile(settingsPath(dir), 'utf8')).toBe(settings)
  expect((await onlySchema.workspaceDamage())?.file).toBe('tag-schema.json')
})

it('with both files damaged, repairing settings opens on the tag schema next; defaults ask who annotates', async () => {
  const { schema } = await closedWorkspace()
  const nul = new Uint8Array(64)
  await writeFile(settingsPath(dir), nul)
  await writeFile(tagSchemaPath(dir), schema.slice(0, 40))
  const services = await openParley(dir)
  expect((await services.workspaceDamage())?.file).toBe('settings.json')

  const defaults = await services.startWithDefaultSettings()
  if (!defaults.ok) throw new Error(defaults.error.message)
  expect(new Uint8Array(await readFile(defaults.value.setAsidePath ?? ''))).toEqual(nul)
  expect(defaults.value.damage).toMatchObject({ file: 'tag-schema.json', line: 3 })
  expect(defaults.value.damage?.message).toMatch(/tag-schema\.json:3:\d+ is not valid JSON/)
  const restored = await services.restoreWorkspaceFile(
    'tag-schema.json',
    (await keptVersions('tag-schema'))[0] ?? '',
  )
  expect(restored).toMatchObject({ ok: true, value: { damage: null } })
  const session = await services.getSession()
  expect(session.annotator).toBeNull()
  expect(session.documents.map((d) => d.id)).toEqual([SAMPLE_ID])
  // Repairs are for a workspace that did not open; an open one's files are left alone.
  expect(await services.startWithDefaultSettings()).toMatchObject({
    ok: false,
    error: { code: 'not-damaged' },
  })
})
