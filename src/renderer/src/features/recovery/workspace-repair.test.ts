import { describe, expect, it } from 'vitest'
import type { WorkspaceDamage, WorkspaceRepaired } from '@shared/ipc/contract'
import { err, ok, type Result } from '@shared/result'
import { newestReadable, WorkspaceRepair, type RepairApi } from './workspace-repair'

const damage = (file: WorkspaceDamage['file']): WorkspaceDamage => ({
  file,
  path: `/ws/${file}`,
  line: 1,
  column: 1,
  message: `/ws/${file}:1:1 holds a git conflict marker`,
  backups: [
    { name: 'new.json', savedAt: '2026-01-02T00:00:00.000Z', readable: false },
    { name: 'old.json', savedAt: '2026-01-01T00:00:00.000Z', readable: true },
  ],
})

/** A fake of the services: answers each repair with the next result, and records what was asked. */
function fakeApi(first: WorkspaceDamage | null, answers: Result<WorkspaceRepaired>[]) {
  const asked: unknown[][] = []
  const api: RepairApi = {
    workspaceDamage: () => Promise.resolve(first),
    restoreWorkspaceFile: (...args) => {
      asked.push(['restore', ...args])
      return Promise.resolve(answers.shift() ?? err('none', 'no answer'))
    },
    startWithDefaultSettings: () => {
      asked.push(['defaults'])
      return Promise.resolve(answers.shift() ?? err('none', 'no answer'))
    },
  }
  return { api, asked }
}

describe('WorkspaceRepair', () => {
  it('opens at once when nothing is damaged', async () => {
    const repair = new WorkspaceRepair(fakeApi(null, []).api)
    expect(repair.view.get().stage).toBe('checking')
    await repair.check()
    expect(repair.view.get().stage).toBe('open')
  })

  it('chooses the newest kept version that parses, and never an unreadable one', async () => {
    expect(newestReadable(damage('tag-schema.json').backups)).toBe('old.json')
    const repair = new WorkspaceRepair(fakeApi(damage('tag-schema.json'), []).api)
    await repair.check()
    repair.choose('new.json')
    expect(repair.view.get()).toMatchObject({ stage: 'damaged', chosen: 'old.json' })
  })

  it('restores the chosen version, then shows the next damaged file, then opens', async () => {
    const { api, asked } = fakeApi(damage('tag-schema.json'), [
      ok({ setAsidePath: '/ws/tag-schema.json.corrupt-1', damage: damage('settings.json') }),
      ok({ setAsidePath: '/ws/settings.json.corrupt-2', damage: null }),
    ])
    const repair = new WorkspaceRepair(api)
    await repair.check()
    await repair.startWithDefaults() // not offered for the tag schema
    await repair.restore()
    expect(repair.view.get()).toMatchObject({ stage: 'damaged', damage: { file: 'settings.json' } })
    await repair.startWithDefaults()
    expect(asked).toEqual([['restore', 'tag-schema.json', 'old.json'], ['defaults']])
    expect(repair.view.get()).toMatchObject({
      stage: 'open',
      repaired: { what: 'defaults', path: '/ws/settings.json.corrupt-2' },
    })
  })

  it('stays on the screen with the reason when a repair is refused', async () => {
    const { api } = fakeApi(damage('settings.json'), [err('not-found', 'No kept version old.json')])
    const repair = new WorkspaceRepair(api)
    await repair.check()
    await repair.restore()
    expect(repair.view.get()).toMatchObject({
      stage: 'damaged',
      busy: false,
      problem: 'No kept version old.json',
      repaired: null,
    })
  })
})
