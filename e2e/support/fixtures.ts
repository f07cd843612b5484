// The Playwright fixtures every spec uses: a fresh temporary workspace, and Parley launched on it, with a
// restart that quits and starts the app again on the same workspace.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base } from '@playwright/test'
import { launchParley, type LaunchedApp } from './launch'
import { ParleyPage } from './parley-page'

interface ParleyFixtures {
  workspace: string
  parley: ParleyPage & { restart(): Promise<ParleyPage>; launched(): LaunchedApp }
}

export const test = base.extend<ParleyFixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  workspace: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-e2e-'))
    await use(dir)
    await rm(dir, { recursive: true, force: true })
  },
  parley: async ({ workspace }, use) => {
    let app: LaunchedApp = await launchParley(workspace)
    const current = new ParleyPage(app.page) as ParleyFixtures['parley']
    current.launched = () => app
    current.restart = async () => {
      await app.close()
      app = await launchParley(workspace)
      Object.assign(current, { page: app.page })
      return current
    }
    await use(current)
    await app.close()
  },
})

export { expect } from '@playwright/test'
