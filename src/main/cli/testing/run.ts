// Test helper: runs the command line in this process, as `parley ARGS…` from the repository root (so
// fixture paths read as in the README), capturing what it writes and its exit code.
import { resolve } from 'node:path'
import { runCli } from '../index'

export interface CliRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

export const REPO = resolve('.')

export async function parley(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env,
    cwd: REPO,
  })
  return { code, stdout, stderr }
}
