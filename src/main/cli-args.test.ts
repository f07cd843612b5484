import { describe, expect, it } from 'vitest'
import { defaultWorkspaceDir, parseHostArgs } from './cli-args'

describe('parseHostArgs', () => {
  it('defaults to no workspace and port 0', () => {
    expect(parseHostArgs([], {})).toEqual({ ok: true, value: { workspaceDir: null, port: 0 } })
  })

  it('reads --workspace DIR, --workspace=DIR and --port in both forms', () => {
    expect(parseHostArgs(['--workspace', '/w', '--port', '8080'], {})).toEqual({
      ok: true,
      value: { workspaceDir: '/w', port: 8080 },
    })
    expect(parseHostArgs(['--workspace=/a b', '--port=0'], {})).toEqual({
      ok: true,
      value: { workspaceDir: '/a b', port: 0 },
    })
  })

  it('falls back to PARLEY_WORKSPACE, and the flag wins over it', () => {
    expect(parseHostArgs([], { PARLEY_WORKSPACE: '/env' })).toMatchObject({ value: { workspaceDir: '/env' } })
    expect(parseHostArgs(['--workspace', '/flag'], { PARLEY_WORKSPACE: '/env' })).toMatchObject({
      value: { workspaceDir: '/flag' },
    })
    expect(parseHostArgs([], { PARLEY_WORKSPACE: '' })).toMatchObject({ value: { workspaceDir: null } })
  })

  it('ignores flags and positionals it does not know, as Electron and Chromium add their own', () => {
    const argv = ['.', '--inspect', '--no-sandbox', '--remote-debugging-port=9222', '--enable-logging', '-x']
    expect(parseHostArgs([...argv, '--workspace', '/w'], {})).toEqual({
      ok: true,
      value: { workspaceDir: '/w', port: 0 },
    })
  })

  it('reports a --workspace without a value', () => {
    for (const argv of [['--workspace'], ['--workspace='], ['--workspace', '--port', '1']]) {
      const result = parseHostArgs(argv, {})
      expect(result.ok).toBe(false)
      if (!result.ok)
        expect(result.error).toMatchObject({ code: 'bad-argument', message: /--workspace needs/ })
    }
  })

  it('reports a bad port', () => {
    for (const argv of [['--port'], ['--port', 'x'], ['--port=65536'], ['--port', '-1'], ['--port=1.5']]) {
      const result = parseHostArgs(argv, {})
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error.message).toMatch(/--port needs a number from 0 to 65535/)
    }
    expect(parseHostArgs(['--port', '65535'], {})).toMatchObject({ value: { port: 65535 } })
  })
})

describe('defaultWorkspaceDir', () => {
  it('follows Electron userData on Linux', () => {
    expect(defaultWorkspaceDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/Parley/workspace')
    expect(defaultWorkspaceDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ana')).toBe(
      '/cfg/Parley/workspace',
    )
  })

  it('follows Electron userData on macOS', () => {
    expect(defaultWorkspaceDir('darwin', {}, '/Users/ana')).toBe(
      '/Users/ana/Library/Application Support/Parley/workspace',
    )
  })

  it('follows Electron userData on Windows', () => {
    expect(
      defaultWorkspaceDir('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana'),
    ).toBe('C:\\Users\\ana\\AppData\\Roaming\\Parley\\workspace')
    expect(defaultWorkspaceDir('win32', {}, 'C:\\Users\\ana')).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\Parley\\workspace',
    )
  })
})
