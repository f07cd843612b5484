// Reads a command's arguments: positional arguments, `--name value` or `--name=value` options (repeatable
// ones collect every value, comma lists included where the command says so), and `--name` switches. An
// unknown option, a missing value or a value given to a switch is a usage error; `--` ends the options.
import { UsageError } from './cli-types'

/** `value`: once; `list`: repeatable; `switch`: no value. */
export type OptionKind = 'value' | 'list' | 'switch'

export type OptionSpec = Readonly<Record<string, OptionKind>>

export interface ParsedArgs {
  readonly positionals: readonly string[]
  /** The value of a `value` option, if given. */
  one(name: string): string | undefined
  /** Every value of a `list` option, in order. */
  all(name: string): readonly string[]
  /** Whether a switch was given. */
  has(name: string): boolean
}

export function parseArgs(argv: readonly string[], spec: OptionSpec): ParsedArgs {
  const positionals: string[] = []
  const values = new Map<string, string[]>()
  const switches = new Set<string>()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1))
      break
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`)
      positionals.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    const name = arg.slice(2, eq < 0 ? undefined : eq)
    const kind = Object.hasOwn(spec, name) ? spec[name] : undefined
    if (kind === undefined) throw new UsageError(`unknown option --${name}`)
    if (kind === 'switch') {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`)
      switches.add(name)
      continue
    }
    let value = eq < 0 ? argv[i + 1] : arg.slice(eq + 1)
    if (eq < 0) {
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`)
      i++
    }
    value = value ?? ''
    if (value === '') throw new UsageError(`--${name} needs a value`)
    const seen = values.get(name) ?? []
    if (kind === 'value' && seen.length > 0) throw new UsageError(`--${name} is given twice`)
    values.set(name, [...seen, value])
  }
  return {
    positionals,
    one: (name) => values.get(name)?.[0],
    all: (name) => values.get(name) ?? [],
    has: (name) => switches.has(name),
  }
}

/** `--format jsonl,brat --format csv` → `jsonl`, `brat`, `csv`. */
export const splitCommas = (values: readonly string[]): string[] =>
  values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '')
