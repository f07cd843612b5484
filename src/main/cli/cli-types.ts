// What every command of the `parley` command line shares: where it writes (so tests call it without a
// process), its exit codes, and the two failures a command may end with. 0 is success, 1 is invalid input
// (a file, a line, a workspace that cannot be used, named on stderr), 2 is wrong usage.
import type { ParsedArgs, OptionSpec } from './parse-args'

export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  /** Environment variables (PARLEY_WORKSPACE); the process's own when absent. */
  readonly env?: Readonly<Record<string, string | undefined>>
  /** Resolves relative paths; the process's working directory when absent. */
  readonly cwd?: string
}

export const EXIT_OK = 0
export const EXIT_INVALID = 1
export const EXIT_USAGE = 2

export interface Command {
  readonly name: string
  /** One line for the tool's help. */
  readonly summary: string
  /** The command's `--help`. */
  readonly help: string
  readonly options: OptionSpec
  run(args: ParsedArgs, io: CliIo): Promise<number>
}

/** The command line is wrong (unknown flag, missing value or argument): exit 2 with the command's usage. */
export class UsageError extends Error {}

/** The input cannot be used (a file, a workspace): exit 1, the message names it. */
export class InputError extends Error {}
