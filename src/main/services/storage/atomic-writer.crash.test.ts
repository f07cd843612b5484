// Kill −9 during saves (RELIABILITY.md 1): a child process saves `{ n, payload }` through the real
// AtomicWriter in a loop and prints each n once its save resolved; the test kills it with SIGKILL at
// random moments (at least 200 kills over at least 1,000 saves), and after every kill the file must parse and hold the last acknowledged n
// or the one that was being written (an older n would mean a save was acknowledged before it was durable).
import { spawn } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { makeTempDir } from '../testing/temp-workspace'
import { removeStaleTempFiles } from './side-files'
import { bundleForNode } from './testing/bundle-for-node'

const KILLS = 200
const SAVES = 1000
/** Children at a time, one per file. Starting Node costs ~0.1 s of CPU, so more lanes than cores gain nothing. */
const LANES = 2

let dir: string
let remove: () => Promise<void>
let saveLoop: string
beforeAll(async () => {
  ;({ dir, remove } = await makeTempDir('parley-crash-'))
  saveLoop = await bundleForNode('src/main/services/storage/testing/save-loop.ts', join(dir, 'bin'))
}, 30_000)
afterAll(() => remove())

interface Run {
  readonly acknowledged: number[]
  readonly signal: NodeJS.Signals | null
  readonly stderr: string
}

/** Starts the save loop on `file` and kills it a random moment after a random number (1–9) of saves. */
function saveUntilKilled(file: string): Promise<Run> {
  const acksBeforeKill = 1 + Math.floor(Math.random() * 9)
  // Only PATH: NODE_OPTIONS or NODE_EXTRA_CA_CERTS inherited from the runner would slow every start.
  const child = spawn(process.execPath, [saveLoop, file], {
    env: { PATH: process.env.PATH },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  let aimed = false
  const guard = setTimeout(() => child.kill('SIGKILL'), 20_000)
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk
    if (aimed || stdout.split('\n').length - 1 < acksBeforeKill) return
    aimed = true
    setTimeout(() => child.kill('SIGKILL'), Math.random() * 4)
  })
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  return new Promise((resolve) =>
    child.on('close', (_code, signal) => {
      clearTimeout(guard)
      const lines = stdout.split('\n').slice(0, -1)
      resolve({ acknowledged: lines.map(Number), signal, stderr })
    }),
  )
}

/** Kills the save loop on `file` again and again until both counts are reached; returns the saves. */
async function lane(file: string, kills: number, leastSaves: number): Promise<number> {
  let saves = 0
  for (let i = 0; i < kills || saves < leastSaves; i++) {
    const run = await saveUntilKilled(file)
    expect(run.stderr).toBe('')
    expect(run.signal).toBe('SIGKILL')
    const last = run.acknowledged.at(-1) ?? 0
    saves += run.acknowledged.length
    const onDisk = JSON.parse(await readFile(file, 'utf8')) as { n: number; payload: string }
    expect([last, last + 1]).toContain(onDisk.n)
    expect(onDisk.payload).toMatch(/^x+$/)
  }
  return saves
}

it(`the file survives ${KILLS} kills −9 mid-save: always the last acknowledged state or the next`, async () => {
  const files = Array.from({ length: LANES }, (_, i) => join(dir, `set-${i}.json`))
  const saves = await Promise.all(files.map((file) => lane(file, KILLS / LANES, SAVES / LANES)))
  expect(saves.reduce((a, b) => a + b)).toBeGreaterThanOrEqual(SAVES)
  // Kills leave temp files behind; the next opening removes those of dead processes.
  for (const file of files) await removeStaleTempFiles(file)
  expect((await readdir(dir)).sort()).toEqual(['bin', ...files.map((f) => f.slice(dir.length + 1))])
}, 60_000)
