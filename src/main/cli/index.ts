// The `parley` command line for pipelines: imports texts and annotations, exports corpora, validates
// annotation files and counts what a workspace holds, with the same electron-free services as the app.
// `runCli` takes the arguments and where to write, and returns the exit code (0 success, 1 invalid input,
// 2 wrong usage), so tests call it without a process; main.ts is the entry that runs it.
import { version } from '../../../package.json'
import { ExportDestinationError } from '../services/export/write-export'
import { ExportSelectionError } from '../services/export/collect-export'
import { StorageError } from '../services/storage/storage-error'
import {
  EXIT_INVALID,
  EXIT_OK,
  EXIT_USAGE,
  InputError,
  UsageError,
  type CliIo,
  type Command,
} from './cli-types'
import { exportCommand } from './command-export'
import { importAnnotationsCommand } from './command-import-annotations'
import { importTextCommand } from './command-import-text'
import { agreementCommand } from './command-agreement'
import { statsCommand } from './command-stats'
import { validateCommand } from './command-validate'
import { parseArgs } from './parse-args'

export type { CliIo } from './cli-types'

const commands: readonly Command[] = [
  importTextCommand,
  importAnnotationsCommand,
  exportCommand,
  validateCommand,
  statsCommand,
  agreementCommand,
]

const toolHelp = (): string => `Usage: parley COMMAND [OPTIONS]

Parley ${version}: annotations of diplomatic texts, for pipelines.

Commands:
${commands.map((c) => `  ${c.name.padEnd(20)}${c.summary}`).join('\n')}

Run 'parley COMMAND --help' for a command's options. Exit status: 0 success, 1 invalid input (the
message names the file and line), 2 wrong usage.
`

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined) {
    io.stderr(toolHelp())
    return EXIT_USAGE
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const about = rest[0] === undefined ? null : commands.find((c) => c.name === rest[0])
    if (about === undefined) return usage(io, `unknown command ${rest[0]}`)
    io.stdout(about === null ? toolHelp() : `${about.help}\n`)
    return EXIT_OK
  }
  if (name === '--version') {
    io.stdout(`${version}\n`)
    return EXIT_OK
  }
  const command = commands.find((c) => c.name === name)
  if (!command) return usage(io, `unknown command ${name}`)
  const options = rest.slice(0, rest.includes('--') ? rest.indexOf('--') : undefined)
  if (options.includes('--help') || options.includes('-h')) {
    io.stdout(`${command.help}\n`)
    return EXIT_OK
  }
  try {
    return await command.run(parseArgs(rest, command.options), io)
  } catch (error) {
    return failure(error, command, io)
  }
}

function failure(error: unknown, command: Command, io: CliIo): number {
  if (error instanceof UsageError) return usage(io, error.message, command)
  if (
    error instanceof InputError ||
    error instanceof StorageError ||
    error instanceof ExportSelectionError ||
    error instanceof ExportDestinationError
  ) {
    io.stderr(`parley ${command.name}: ${error.message}\n`)
    return EXIT_INVALID
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error)
  io.stderr(`parley ${command.name}: unexpected error: ${detail}\n`)
  return EXIT_INVALID
}

function usage(io: CliIo, message: string, command?: Command): number {
  const more = command ? `parley ${command.name} --help` : 'parley --help'
  io.stderr(`parley${command ? ` ${command.name}` : ''}: ${message}\nRun '${more}' for the usage.\n`)
  return EXIT_USAGE
}
