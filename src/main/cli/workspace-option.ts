// Which workspace a command works on: `--workspace DIR`, else the PARLEY_WORKSPACE variable (as the app
// reads it). Imports may start a new workspace in an empty or missing folder; export and stats refuse a
// folder that holds no workspace rather than creating one.
import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { openWorkspace, type Workspace } from '../services/workspace/workspace'
import { settingsPath, tagSchemaPath } from '../services/workspace/workspace-paths'
import { InputError, UsageError, type CliIo } from './cli-types'
import type { ParsedArgs } from './parse-args'

export const WORKSPACE_HELP = '--workspace DIR   the workspace folder (default: $PARLEY_WORKSPACE)'

export function workspaceDirOf(args: ParsedArgs, io: CliIo): string {
  const env = io.env ?? process.env
  // An empty variable counts as unset, as the app reads it.
  const fromEnv = env.PARLEY_WORKSPACE === '' ? undefined : env.PARLEY_WORKSPACE
  const dir = args.one('workspace') ?? fromEnv
  if (dir === undefined)
    throw new UsageError('say which workspace: --workspace DIR (or set PARLEY_WORKSPACE)')
  return resolve(io.cwd ?? process.cwd(), dir)
}

export async function openExistingWorkspace(args: ParsedArgs, io: CliIo): Promise<Workspace> {
  const dir = workspaceDirOf(args, io)
  const isWorkspace = (await isFile(settingsPath(dir))) || (await isFile(tagSchemaPath(dir)))
  if (!isWorkspace)
    throw new InputError(`${dir} holds no Parley workspace (no settings.json or tag-schema.json)`)
  return openWorkspace(dir)
}

/** Opens the workspace, setting up a new one (without the sample document) in a new or empty folder. */
export async function openOrCreateWorkspace(args: ParsedArgs, io: CliIo): Promise<Workspace> {
  const dir = workspaceDirOf(args, io)
  const found = await stat(dir).catch(() => null)
  if (found && !found.isDirectory()) throw new InputError(`${dir} is a file, not a workspace folder`)
  return openWorkspace(dir)
}

const isFile = (path: string): Promise<boolean> =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  )
