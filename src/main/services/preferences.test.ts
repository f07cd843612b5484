// Storage tests of the analyst's preferences on real temporary folders: saved in the workspace's
// settings file, pushed to the window, kept across a restart; a settings file from before preferences
// existed still opens, with the defaults.
import { readFile, writeFile } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_PREFERENCES } from '@shared/model/preferences'
import type { Session } from '@shared/model/session'
import { parseApiArguments } from '@shared/ipc/schemas'
import { STORED_SCHEMA_VERSION } from '@shared/storage/stored-files'
import { openServices } from './open-services'
import type { ServiceHost } from './service-host'
import { makeTempDir } from './testing/temp-workspace'
import { settingsPath } from './workspace/workspace-paths'

let dir: string
let remove: () => Promise<void>
const open = (): Promise<ServiceHost> =>
  openServices({ workspaceDir: dir, host: 'web', suggestedAnnotator: 'tester', appVersion: '0.0.0' })

beforeEach(async () => ({ dir, remove } = await makeTempDir()))
afterEach(() => remove())

describe('preferences', () => {
  it('start as the defaults: follow the OS language, text at 17 px', async () => {
    expect((await (await open()).getSession()).preferences).toEqual(DEFAULT_PREFERENCES)
    expect(DEFAULT_PREFERENCES).toEqual({ language: null, textSize: 17 })
  })

  it('are saved in settings.json, pushed as sessionChanged, and kept after a restart', async () => {
    const services = await open()
    const pushed: Session[] = []
    services.onEvent('sessionChanged', (s) => pushed.push(s))
    const saved = await services.savePreferences({ language: 'fr', textSize: 21 })
    expect(saved.ok && saved.value.preferences).toEqual({ language: 'fr', textSize: 21 })
    expect(pushed.map((s) => s.preferences)).toEqual([{ language: 'fr', textSize: 21 }])
    const stored = JSON.parse(await readFile(settingsPath(dir), 'utf8')) as Record<string, unknown>
    expect(stored).toMatchObject({ language: 'fr', textSize: 21 })
    await services.flush()
    expect((await (await open()).getSession()).preferences).toEqual({ language: 'fr', textSize: 21 })
  })

  it('go back to following the OS with a null language, keeping the annotator', async () => {
    const services = await open()
    await services.setAnnotator('Claire Dubois')
    await services.savePreferences({ language: 'en', textSize: 14 })
    await services.savePreferences({ language: null, textSize: 14 })
    const session = await (await open()).getSession()
    expect(session.preferences).toEqual({ language: null, textSize: 14 })
    expect(session.annotator).toBe('Claire Dubois')
  })

  it('open from a settings file written before preferences existed', async () => {
    await (await open()).flush()
    await writeFile(
      settingsPath(dir),
      `${JSON.stringify({ schemaVersion: STORED_SCHEMA_VERSION, annotator: 'Claire' })}\n`,
    )
    const session = await (await open()).getSession()
    expect(session.annotator).toBe('Claire')
    expect(session.preferences).toEqual(DEFAULT_PREFERENCES)
  })

  it('are refused at the boundary when out of range or in an unknown language', () => {
    expect(parseApiArguments('savePreferences', [{ language: 'fr', textSize: 18 }]).ok).toBe(true)
    expect(parseApiArguments('savePreferences', [{ language: null, textSize: 24 }]).ok).toBe(true)
    expect(parseApiArguments('savePreferences', [{ language: 'de', textSize: 18 }]).ok).toBe(false)
    expect(parseApiArguments('savePreferences', [{ language: 'fr', textSize: 13 }]).ok).toBe(false)
    expect(parseApiArguments('savePreferences', [{ language: 'fr', textSize: 17.5 }]).ok).toBe(false)
    expect(parseApiArguments('savePreferences', [{ language: 'fr', textSize: 18, extra: 1 }]).ok).toBe(false)
  })
})
