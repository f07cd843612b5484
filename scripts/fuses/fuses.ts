// `npm run fuses -- <path to an Electron binary>`: flips Parley's fuses in that binary (parley-fuses.ts) and
// reads them back; exits 1, naming each fuse, if any differs. Modifies the binary in place, so it is for the
// packaged app's copy, never node_modules/electron/dist. Check a binary any time with
// `npx @electron/fuses read --app <binary>`.
import { flipAndCheckFuses, readFuses } from './parley-fuses'

async function main(): Promise<number> {
  const binary = process.argv[2]
  if (!binary || process.argv.length > 3) {
    process.stderr.write('usage: npm run fuses -- <path to the packaged Electron binary>\n')
    return 2
  }
  const differences = await flipAndCheckFuses(binary)
  for (const [fuse, state] of Object.entries(await readFuses(binary)))
    process.stdout.write(`  ${fuse}: ${state}\n`)
  for (const d of differences)
    process.stderr.write(`fuse ${d.fuse} should be ${d.expected} but reads ${d.found}\n`)
  process.stdout.write(
    differences.length ? 'Fuses differ from Parley’s settings.\n' : 'Fuses set and checked.\n',
  )
  return differences.length ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`fuses: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  },
)
