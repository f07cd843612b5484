// The entry of `node out/main/web.js`: opens the workspace with the same services as the desktop app and
// serves the built renderer to a browser on this machine. It prints one line, `Parley web host: <url>`, on
// stdout (the e2e launcher reads it); everything else goes to stderr. SIGINT or SIGTERM flushes pending
// writes, closes the host and exits.
import { homedir, userInfo } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { version } from '../../../package.json'
import { defaultWorkspaceDir, parseHostArgs } from '../cli-args'
import { openServices } from '../services/open-services'
import { startWebHost } from './server'

async function main(): Promise<void> {
  const args = parseHostArgs(process.argv.slice(2), process.env)
  if (!args.ok) {
    process.stderr.write(`parley web host: ${args.error.message}\n`)
    process.exit(2)
  }
  const workspaceDir = resolve(
    args.value.workspaceDir ?? defaultWorkspaceDir(process.platform, process.env, homedir()),
  )
  const services = await openServices({
    workspaceDir,
    host: 'web',
    suggestedAnnotator: osUserName(),
    appVersion: version,
  })
  const rendererDir = join(dirname(fileURLToPath(import.meta.url)), '../renderer')
  const host = await startWebHost({ services, rendererDir, port: args.value.port })
  process.stdout.write(`Parley web host: ${host.url}\n`)
  process.stderr.write(`Workspace: ${workspaceDir}\nOpen the address above in a browser; Ctrl+C stops.\n`)

  let stopping = false
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      process.stderr.write(`parley web host: ${signal} again, exiting before pending writes are saved\n`)
      process.exit(130)
    }
    stopping = true
    services
      .flush()
      .then(() => host.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          process.stderr.write(`parley web host: could not stop cleanly: ${describe(error)}\n`)
          process.exit(1)
        },
      )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

/** The OS user name, to prefill the annotator question; `userInfo` throws for users without a passwd entry. */
function osUserName(): string {
  try {
    return userInfo().username
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? ''
  }
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error))

main().catch((error: unknown) => {
  process.stderr.write(
    `parley web host: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  )
  process.exit(1)
})
