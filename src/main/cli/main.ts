// The entry of `out/main/cli.js` (run by bin/parley.mjs): runs the command line on this process's
// arguments and streams, then exits with its code once stdout and stderr are flushed (on macOS a pipe is
// written asynchronously, and exiting at once would cut a long output short). A reader that stops early
// (`parley stats | head -1`) closes the pipe: that ends the command quietly, as other Unix tools do.
import { runCli } from './index'

for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    process.exit(process.exitCode ?? 0)
  })

const flushed = (stream: NodeJS.WriteStream): Promise<void> =>
  new Promise((resolve) => {
    stream.write('', () => resolve())
  })

async function main(): Promise<number> {
  try {
    return await runCli(process.argv.slice(2), {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
    })
  } catch (error) {
    process.stderr.write(
      `parley: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    )
    return 1
  }
}

void main().then(async (code) => {
  process.exitCode = code
  await Promise.all([flushed(process.stdout), flushed(process.stderr)])
  process.exit(code)
})
