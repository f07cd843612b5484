// What the window's `app://parley/` protocol and the web host will serve: files of the renderer folder, and
// nothing else — no other scheme or host, no traversal (plain or percent-encoded), no dotfiles, no symbolic
// link leading out of the folder.
import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { APP_ENTRY_URL, appUrlFile } from './renderer-files'
import { makeTempDir } from './testing/temp-workspace'

let dir: string
let remove: () => Promise<void>
let renderer: string

beforeEach(async () => {
  ;({ dir, remove } = await makeTempDir())
  renderer = join(dir, 'renderer')
  await mkdir(join(renderer, 'assets'), { recursive: true })
  await writeFile(join(renderer, 'index.html'), '<!doctype html>')
  await writeFile(join(renderer, 'assets', 'index.js'), '')
  await writeFile(join(renderer, '.secret'), '')
  await writeFile(join(dir, 'outside.json'), '{}')
  await symlink(join(dir, 'outside.json'), join(renderer, 'assets', 'link.json'))
})
afterEach(() => remove())

describe('app://parley/', () => {
  it('serves the entry page and the assets', async () => {
    expect(await appUrlFile(renderer, APP_ENTRY_URL)).toMatch(/renderer[/\\]index\.html$/)
    expect(await appUrlFile(renderer, 'app://parley/')).toMatch(/index\.html$/)
    expect(await appUrlFile(renderer, 'app://parley/assets/index.js?v=1')).toMatch(/index\.js$/)
  })

  it.each([
    ['another host', 'app://evil/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['traversal', 'app://parley/assets/%2e%2e/%2e%2e/outside.json'],
    ['encoded slash traversal', 'app://parley/assets%2F..%2F..%2Foutside.json'],
    ['a dotfile', 'app://parley/.secret'],
    ['a link out of the folder', 'app://parley/assets/link.json'],
    ['a missing file', 'app://parley/nope.js'],
    ['not a URL', 'parley'],
  ])('refuses %s', async (_what, url) => {
    expect(await appUrlFile(renderer, url)).toBeNull()
  })
})
