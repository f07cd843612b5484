// The child process of the crash test: saves `{ n, payload }` through the real AtomicWriter in a loop,
// continuing from the n on disk, and prints each n on stdout once its save has resolved (acknowledged).
// The test kills it with SIGKILL at random moments. Bundled to CommonJS by the test (Node starts a CommonJS
// file faster than an ES module, and this process is started hundreds of times).
import { readFileSync, writeSync } from 'node:fs'
import { AtomicWriter } from '../atomic-writer'
import { removeStaleTempFiles } from '../side-files'

const path = process.argv[2]
if (!path) throw new Error('usage: save-loop <file>')

function lastSaved(file: string): number {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { n: number }).n
  } catch {
    return 0
  }
}

async function saveForever(file: string): Promise<never> {
  const writer = new AtomicWriter(file)
  await removeStaleTempFiles(file)
  // Payloads of 1 to 64 KiB, so a kill often lands in the middle of writing the temp file.
  for (let n = lastSaved(file) + 1; ; n++) {
    const payload = 'x'.repeat(1 + Math.floor(Math.random() * 65536))
    await writer.write(`${JSON.stringify({ n, payload })}\n`)
    writeSync(1, `${n}\n`)
  }
}

void saveForever(path)
