// Storage test of the first-run guide's memory on a real temporary workspace: once dismissed it stays
// dismissed across a restart, and saving the other preferences (language, text size) does not bring it back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseApiArguments } from '@shared/ipc/schemas'
import { openServices } from './open-services'
import type { ServiceHost } from './service-host'
import { makeTempDir } from './testing/temp-workspace'

let dir: string
let remove: () => Promise<void>
const open = (): Promise<ServiceHost> =>
  openServices({ workspaceDir: dir, host: 'web', suggestedAnnotator: 'tester', appVersion: '0.0.0' })

beforeEach(async () => ({ dir, remove } = await makeTempDir()))
afterEach(() => remove())

describe('the first-run guide in the preferences', () => {
  it('is not dismissed in a new workspace', async () => {
    expect((await (await open()).getSession()).preferences.guideDismissed).toBeUndefined()
  })

  it('stays dismissed after a restart and after the language changes', async () => {
    const services = await open()
    const saved = await services.savePreferences({ language: null, textSize: 17, guideDismissed: true })
    expect(saved.ok && saved.value.preferences.guideDismissed).toBe(true)
    await services.savePreferences({ language: 'fr', textSize: 20 })
    await services.flush()
    const session = await (await open()).getSession()
    expect(session.preferences).toEqual({ language: 'fr', textSize: 20, guideDismissed: true })
  })

  it('accepts the flag over IPC, and only a boolean', () => {
    const ok = parseApiArguments('savePreferences', [{ language: 'en', textSize: 17, guideDismissed: true }])
    expect(ok.ok).toBe(true)
    const bad = parseApiArguments('savePreferences', [
      { language: 'en', textSize: 17, guideDismissed: 'yes' },
    ])
    expect(bad.ok).toBe(false)
  })
})
