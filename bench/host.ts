// Starts the real local web host (`node out/main/web.js --workspace DIR`, the same services as the desktop
// app) with the event-loop probe loaded, calls its API over HTTP as the renderer does, and reads the probe.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Api } from '@shared/ipc/contract'
import { unpackReply } from '@shared/ipc/packed-reply'
import { readAnswer, TEXT_BYTES_HEADER } from '@shared/ipc/text-apart'
import { decodeReply, encodeWire } from '@shared/ipc/wire'
import type { ProbeReading } from './host-probe'

export const ROOT = process.cwd()
/** The built app: `out/` unless PARLEY_OUT_DIR names another build (`electron-vite build --outDir`). */
export const OUT_DIR = process.env.PARLEY_OUT_DIR ?? join(ROOT, 'out')
export const WEB_HOST = join(OUT_DIR, 'main/web.js')

const decoder = new TextDecoder()
const reading = { decode: (bytes: Uint8Array) => decoder.decode(bytes), parse: decodeReply }

type Method = keyof Api
type Returned<M extends Method> = Awaited<ReturnType<Api[M]>>

export interface Host {
  /** The address to open in the browser, with the session token in its fragment. */
  readonly url: string
  call<M extends Method>(method: M, ...args: Parameters<Api[M]>): Promise<Returned<M>>
  /** Forgets the longest block seen so far. */
  resetProbe(): Promise<void>
  readProbe(): Promise<ProbeReading>
  close(): Promise<void>
}

export async function startHost(workspace: string): Promise<Host> {
  if (!existsSync(WEB_HOST)) throw new Error(`${WEB_HOST} is missing: run \`npm run build\` first`)
  const probe = pathToFileURL(join(import.meta.dirname, 'host-probe.js')).href
  const child = spawn(
    process.execPath,
    [...hostNodeArgs(), '--import', probe, WEB_HOST, '--workspace', workspace],
    {
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    },
  )
  const url = await hostUrl(child)
  const { origin, hash } = new URL(url)
  const token = new URLSearchParams(hash.slice(1)).get('token') ?? ''

  const call = async <M extends Method>(method: M, ...args: Parameters<Api[M]>): Promise<Returned<M>> => {
    const response = await fetch(`${origin}/api/${method}`, {
      method: 'POST',
      headers: { 'x-parley-token': token, 'content-type': 'application/json' },
      body: encodeWire({ args }),
    })
    const bytes = new Uint8Array(await response.arrayBuffer())
    if (!response.ok) throw new Error(`${method}: HTTP ${response.status} ${decoder.decode(bytes)}`)
    // Read as the renderer reads them: JSON, an opened document's text apart and its annotations packed.
    const answer = readAnswer(bytes, response.headers.get(TEXT_BYTES_HEADER), reading)
    return unpackReply((answer as { value: unknown }).value) as Returned<M>
  }
  const ask = <T>(message: string): Promise<T> =>
    new Promise((resolve) => {
      child.once('message', (answer) => resolve(answer as T))
      child.send(message)
    })

  return {
    url,
    call,
    resetProbe: () => ask<string>('reset').then(() => undefined),
    readProbe: () => ask<ProbeReading>('read'),
    async close() {
      if (child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    },
  }
}

/** PARLEY_HOST_NODE_ARGS adds Node options to the host, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile it. */
const hostNodeArgs = (): string[] => (process.env.PARLEY_HOST_NODE_ARGS ?? '').split(' ').filter(Boolean)

function hostUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = ''
    let errors = ''
    const timer = setTimeout(
      () => reject(new Error(`the web host did not start:\n${output}${errors}`)),
      60_000,
    )
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /Parley web host: (\S+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the web host exited with ${code}:\n${output}${errors}`))
    })
  })
}
