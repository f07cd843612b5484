// The Recent list: most recent first, no duplicates, bounded, kept across launches in a real file, and
// forgiving of a missing or broken file.
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MAX_RECENT, RecentWorkspaces, withRecent } from './recent-workspaces'

describe('withRecent', () => {
  it('puts the path first and drops its older entry', () => {
    expect(withRecent(['/a', '/b', '/c'], '/b')).toEqual(['/b', '/a', '/c'])
  })
  it('keeps at most the maximum', () => {
    const many = Array.from({ length: MAX_RECENT }, (_, i) => `/w${i}`)
    const next = withRecent(many, '/new')
    expect(next).toHaveLength(MAX_RECENT)
    expect(next[0]).toBe('/new')
    expect(next).not.toContain(`/w${MAX_RECENT - 1}`)
  })
})

describe('RecentWorkspaces', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parley-recent-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('remembers workspaces across launches, listing only those that still exist', async () => {
    const file = join(dir, 'user-data', 'recent-workspaces.json')
    const [one, two] = [join(dir, 'one'), join(dir, 'two')]
    await mkdir(one)
    await mkdir(two)
    const recent = await RecentWorkspaces.load(file)
    await recent.remember(one)
    await recent.remember(two)
    await recent.remember(join(dir, 'gone'))
    const again = await RecentWorkspaces.load(file)
    expect(again.list()).toEqual([two, one])
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ paths: [join(dir, 'gone'), two, one] })
  })

  it('reads a broken file as an empty list and can clear the list', async () => {
    const file = join(dir, 'recent.json')
    await writeFile(file, '{ not json')
    const recent = await RecentWorkspaces.load(file)
    expect(recent.list()).toEqual([])
    await recent.remember(dir)
    expect(recent.list()).toEqual([dir])
    await recent.clear()
    expect((await RecentWorkspaces.load(file)).list()).toEqual([])
  })

  it('answers the next workspace question once with the chosen recent workspace', async () => {
    const recent = await RecentWorkspaces.load(join(dir, 'recent.json'))
    expect(recent.takeChosen()).toBeNull()
    recent.choose('/somewhere')
    expect(recent.takeChosen()).toBe('/somewhere')
    expect(recent.takeChosen()).toBeNull()
  })
})
