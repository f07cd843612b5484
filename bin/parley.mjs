#!/usr/bin/env node
// The `parley` command (npx parley, npm run parley --): runs the built command line, out/main/cli.js,
// which `npm run build` (or `npm install`, through the prepare script) produces from src/main/cli/.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const built = new URL('../out/main/cli.js', import.meta.url)

if (!existsSync(fileURLToPath(built))) {
  process.stderr.write('parley: the command line is not built yet; run `npm run build` first\n')
  process.exit(1)
}

await import(built.href)
