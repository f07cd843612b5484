// Reads the command line shared by the hosts (Electron and the local web host): which workspace folder to
// open and which port to serve on. Flags we do not know are ignored, because Electron and Chromium add their
// own (`--inspect`, `--no-sandbox`, `--remote-debugging-port=…`); a flag we know with a bad value is an error.
// Also says where the workspace lives by default, next to Electron's `userData` folder for an app named Parley.
import { posix, win32 } from 'node:path'
import { err, ok } from '@shared/result'
import type { Result } from '@shared/result'

export interface HostArgs {
  /** The folder named on the command line or in PARLEY_WORKSPACE, as given; null means the default. */
  readonly workspaceDir: string | null
  /** 0 lets the system choose a free port. */
  readonly port: number
}

const APP_NAME = 'Parley'

/** Reads the flags after the program name (`process.argv.slice(2)` under Node). */
export function parseHostArgs(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): Result<HostArgs> {
  let workspaceDir: string | null = nonEmpty(env.PARLEY_WORKSPACE) ?? null
  let port = 0
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    const [flag, inline] = splitFlag(arg)
    if (flag !== '--workspace' && flag !== '--port') continue
    let value = inline
    if (value === undefined) {
      const next = argv[i + 1]
      if (next !== undefined && !next.startsWith('--')) {
        value = next
        i++
      }
    }
    if (flag === '--workspace') {
      if (!value)
        return err('bad-argument', '--workspace needs a folder, e.g. --workspace ~/parley-workspace')
      workspaceDir = value
    } else {
      const parsed = parsePort(value)
      if (parsed === null)
        return err('bad-argument', `--port needs a number from 0 to 65535, not "${value ?? ''}"`)
      port = parsed
    }
  }
  return ok({ workspaceDir, port })
}

/** An empty variable counts as unset, as Electron treats it. */
const nonEmpty = (value: string | undefined): string | undefined => (value === '' ? undefined : value)

function splitFlag(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=')
  return eq < 0 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)]
}

function parsePort(value: string | undefined): number | null {
  if (value === undefined || !/^\d{1,5}$/.test(value)) return null
  const port = Number(value)
  return port <= 65535 ? port : null
}

/** `<userData>/workspace`, where userData is what Electron's `app.getPath('userData')` gives for Parley. */
export function defaultWorkspaceDir(
  platform: string,
  env: Record<string, string | undefined>,
  homedir: string,
): string {
  if (platform === 'win32') {
    const appData = nonEmpty(env.APPDATA) ?? win32.join(homedir, 'AppData', 'Roaming')
    return win32.join(appData, APP_NAME, 'workspace')
  }
  if (platform === 'darwin')
    return posix.join(homedir, 'Library', 'Application Support', APP_NAME, 'workspace')
  const configHome = nonEmpty(env.XDG_CONFIG_HOME) ?? posix.join(homedir, '.config')
  return posix.join(configHome, APP_NAME, 'workspace')
}
