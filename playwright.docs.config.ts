// The documentation's screenshots (`npm run docs:screenshots`): one spec that drives the built app through
// the views the docs show and writes docs/screenshots/*.png. Kept apart from playwright.config.ts, whose
// testDir is e2e/, so `npm run test:e2e` never rewrites the pictures.
import { defineConfig } from '@playwright/test'

export default defineConfig({
  testDir: 'scripts/screenshots',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 300_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results/docs-screenshots',
  use: { actionTimeout: 15_000, trace: 'retain-on-failure', screenshot: 'only-on-failure' },
})
