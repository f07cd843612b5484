import { apiEvents } from '@shared/ipc/contract'
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises'
import { request } from 'node:http'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ApiEventName, ApiEvents } from '@shared/ipc/contract'
import { decodeWire, encodeWire } from '@shared/ipc/wire'
import type { Session } from '@shared/model/session'
import { ok } from '@shared/result'
import type { ServiceHost } from '../services/service-host'
import { CONTENT_SECURITY_POLICY } from './responses'
import { startWebHost } from './server'
import type { WebHost } from './server'

const TOKEN = 'a'.repeat(64)
const session = { annotator: 'ana' } as unknown as Session

type Listener = (payload: unknown) => void

/** Records every call; `emit` pushes an event to whoever listens. */
function stubServices() {
  const calls: { method: string; args: unknown[] }[] = []
  const listeners = new Map<ApiEventName, Set<Listener>>()
  const record =
    (method: string, value: unknown) =>
    (...args: unknown[]) => {
      calls.push({ method, args })
      return Promise.resolve(value)
    }
  const services: ServiceHost = {
    getSession: record('getSession', session) as ServiceHost['getSession'],
    workspaceDamage: record('workspaceDamage', null) as ServiceHost['workspaceDamage'],
    restoreWorkspaceFile: record('restoreWorkspaceFile', ok(null)) as ServiceHost['restoreWorkspaceFile'],
    startWithDefaultSettings: record(
      'startWithDefaultSettings',
      ok(null),
    ) as ServiceHost['startWithDefaultSettings'],
    setAnnotator: record('setAnnotator', ok(session)) as ServiceHost['setAnnotator'],
    openDocument: () => Promise.reject(new Error('disk on fire')),
    openDocumentFirst: record('openDocumentFirst', ok(null)) as ServiceHost['openDocumentFirst'],
    openDocumentRest: record('openDocumentRest', ok(null)) as ServiceHost['openDocumentRest'],
    importText: record('importText', ok({ id: 'doc-1' })) as ServiceHost['importText'],
    saveAnnotations: record(
      'saveAnnotations',
      ok({ count: 0, savedAt: '' }),
    ) as ServiceHost['saveAnnotations'],
    saveTagSchema: record('saveTagSchema', ok(session)) as ServiceHost['saveTagSchema'],
    savePreferences: record('savePreferences', ok(session)) as ServiceHost['savePreferences'],
    planExport: record('planExport', ok(null)) as ServiceHost['planExport'],
    exportCorpus: record('exportCorpus', ok(null)) as ServiceHost['exportCorpus'],
    importAnnotations: record('importAnnotations', ok(null)) as ServiceHost['importAnnotations'],
    chooseWorkspace: record('chooseWorkspace', ok(null)) as ServiceHost['chooseWorkspace'],
    annotationBackups: record('annotationBackups', ok([])) as ServiceHost['annotationBackups'],
    restoreAnnotationBackup: record(
      'restoreAnnotationBackup',
      ok(null),
    ) as ServiceHost['restoreAnnotationBackup'],
    saveAnnotationsCopy: record('saveAnnotationsCopy', ok(null)) as ServiceHost['saveAnnotationsCopy'],
    annotatorsOf: record('annotatorsOf', ok([])) as ServiceHost['annotatorsOf'],
    openReview: record('openReview', ok(null)) as ServiceHost['openReview'],
    saveCuration: record('saveCuration', ok(null)) as ServiceHost['saveCuration'],
    agreementReport: record('agreementReport', ok(null)) as ServiceHost['agreementReport'],
    saveAgreementReport: record('saveAgreementReport', ok(null)) as ServiceHost['saveAgreementReport'],
    flush: () => Promise.resolve(),
    onEvent: (name, listener) => {
      let set = listeners.get(name)
      if (!set) listeners.set(name, (set = new Set()))
      set.add(listener as Listener)
      return () => set.delete(listener as Listener)
    },
  }
  const emit = <K extends ApiEventName>(name: K, payload: ApiEvents[K]): void => {
    for (const listener of listeners.get(name) ?? []) listener(payload)
  }
  const listenerCount = (): number => [...listeners.values()].reduce((n, set) => n + set.size, 0)
  return { services, calls, emit, listenerCount }
}

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A raw request: the path is sent exactly as written (fetch would normalise `..`). */
function send(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        )
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

const call = (port: number, method: string, args: unknown[], token: string | null = TOKEN) =>
  send(port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: token === null ? {} : { 'x-parley-token': token },
    body: encodeWire({ args }),
  })

describe('startWebHost', () => {
  let rendererDir: string
  let host: WebHost
  let stub: ReturnType<typeof stubServices>

  beforeEach(async () => {
    rendererDir = await mkdtemp(join(tmpdir(), 'parley-web-'))
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Parley</title>')
    await mkdir(join(rendererDir, 'assets'))
    await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
    await writeFile(join(rendererDir, '.env'), 'SECRET=1')
    stub = stubServices()
    host = await startWebHost({ services: stub.services, rendererDir, token: TOKEN, log: () => undefined })
  })

  afterEach(async () => {
    await host.close()
    await rm(rendererDir, { recursive: true, force: true })
  })

  it('refuses a call without the token or with a wrong one, before the service runs', async () => {
    expect((await call(host.port, 'getSession', [], null)).status).toBe(401)
    expect((await call(host.port, 'getSession', [], 'b'.repeat(64))).status).toBe(401)
    expect((await call(host.port, 'getSession', [], 'short')).status).toBe(401)
    expect(stub.calls).toEqual([])
  })

  it('answers a call with the token with the service value', async () => {
    const reply = await call(host.port, 'setAnnotator', ['ana'])
    expect(reply.status).toBe(200)
    expect(decodeWire(reply.body)).toEqual({ value: ok(session) })
    expect(stub.calls).toEqual([{ method: 'setAnnotator', args: ['ana'] }])
  })

  it('carries bytes through the wire to the service', async () => {
    const bytes = new Uint8Array([104, 105, 0, 255])
    expect((await call(host.port, 'importText', [{ fileName: 'a.txt', bytes }])).status).toBe(200)
    const request = stub.calls[0]?.args[0] as { bytes: Uint8Array }
    expect(request.bytes).toBeInstanceOf(Uint8Array)
    expect([...request.bytes]).toEqual([104, 105, 0, 255])
  })

  it('listens on 127.0.0.1 only and says so in its URL', async () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${TOKEN}`)
    const socket = connect({ host: '127.0.0.1', port: host.port })
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject))
    expect(socket.remoteAddress).toBe('127.0.0.1')
    socket.destroy()
    // The same port on another address of this machine does not answer.
    const other = connect({ host: '127.0.0.2', port: host.port })
    await expect(
      new Promise((resolve, reject) => other.once('connect', resolve).once('error', reject)),
    ).rejects.toThrow()
    other.destroy()
  })

  it('generates a 64-hex-digit token when none is given', async () => {
    const other = await startWebHost({ services: stub.services, rendererDir })
    try {
      expect(other.token).toMatch(/^[0-9a-f]{64}$/)
      expect(other.url).toBe(`http://127.0.0.1:${other.port}/#token=${other.token}`)
    } finally {
      await other.close()
    }
  })

  it('refuses a Host header that does not name 127.0.0.1 or localhost on its port', async () => {
    for (const hostHeader of [
      'evil.example',
      `evil.example:${host.port}`,
      '127.0.0.1:1',
      'localhost',
      `[::1]:${host.port}`,
    ]) {
      const reply = await send(host.port, { path: '/', headers: { host: hostHeader } })
      expect(reply.status).toBe(403)
    }
    const local = await send(host.port, { path: '/', headers: { host: `localhost:${host.port}` } })
    expect(local.status).toBe(200)
    expect((await call(host.port, 'getSession', [])).status).toBe(200)
  })

  it('refuses a cross-origin call even with the token', async () => {
    const reply = await send(host.port, {
      method: 'POST',
      path: '/api/getSession',
      headers: { 'x-parley-token': TOKEN, origin: 'http://evil.example' },
      body: encodeWire({ args: [] }),
    })
    expect(reply.status).toBe(403)
    expect(stub.calls).toEqual([])
  })

  it('answers 400 naming the method for invalid arguments, 404 for methods outside the contract', async () => {
    const reply = await call(host.port, 'setAnnotator', [42])
    expect(reply.status).toBe(400)
    expect((JSON.parse(reply.body) as { message: string }).message).toMatch(/setAnnotator/)
    expect((await call(host.port, 'getSession', ['extra'])).status).toBe(400)
    const garbled = await send(host.port, {
      method: 'POST',
      path: '/api/getSession',
      headers: { 'x-parley-token': TOKEN },
      body: '{not json',
    })
    expect(garbled.status).toBe(400)
    for (const method of ['flush', 'onEvent', 'constructor', '__proto__', 'nope']) {
      expect((await call(host.port, method, [])).status).toBe(404)
    }
    expect(stub.calls).toEqual([])
  })

  it('answers 405 to a GET on a method', async () => {
    const reply = await send(host.port, { path: '/api/getSession', headers: { 'x-parley-token': TOKEN } })
    expect(reply.status).toBe(405)
  })

  it('answers 500 with the message only when the service throws', async () => {
    const reply = await call(host.port, 'openDocument', ['doc-1'])
    expect(reply.status).toBe(500)
    expect(JSON.parse(reply.body)).toEqual({ message: 'disk on fire' })
  })

  it('answers 413 to a body above 80 MB without reading it', async () => {
    const reply = await new Promise<number>((resolve, reject) => {
      const req = request({
        host: '127.0.0.1',
        port: host.port,
        method: 'POST',
        path: '/api/importText',
        headers: {
          host: `127.0.0.1:${host.port}`,
          'x-parley-token': TOKEN,
          'content-length': 81 * 1024 * 1024,
        },
      })
      req.on('response', (res) => {
        resolve(res.statusCode ?? 0)
        req.destroy()
      })
      req.on('error', reject)
      req.write('{')
    })
    expect(reply).toBe(413)
    expect(stub.calls).toEqual([])
  })

  it('serves index.html at / with the security headers', async () => {
    const reply = await send(host.port, { path: '/' })
    expect(reply.status).toBe(200)
    expect(reply.body).toContain('<title>Parley</title>')
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    )
    expect(reply.headers['x-content-type-options']).toBe('nosniff')
    expect(reply.headers['referrer-policy']).toBe('no-referrer')
    expect(reply.headers['cache-control']).toBe('no-store')
  })

  it('serves assets with their content type, HEAD without a body, and refuses other verbs', async () => {
    const js = await send(host.port, { path: '/assets/app.js?v=1' })
    expect(js.status).toBe(200)
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8')
    const head = await send(host.port, { method: 'HEAD', path: '/assets/app.js' })
    expect(head.status).toBe(200)
    expect(head.headers['content-length']).toBe('14')
    expect(head.body).toBe('')
    expect((await send(host.port, { method: 'POST', path: '/index.html' })).status).toBe(405)
    expect((await send(host.port, { path: '/missing.js' })).status).toBe(404)
  })

  it('refuses paths that leave the renderer folder or name dotfiles', async () => {
    for (const path of [
      '/../../etc/passwd',
      '/..%2f..%2fetc%2fpasswd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/assets/../../etc/passwd',
      '/..\\..\\etc\\passwd',
      '//etc/passwd',
      '/.env',
      '/%00index.html',
      '/%E0%A4%A',
    ]) {
      const reply = await send(host.port, { path })
      expect([403, 404], path).toContain(reply.status)
      expect(reply.body).not.toContain('root:')
    }
  })

  it('streams pushed events to a client with the token, and drops its listeners when it leaves', async () => {
    expect((await send(host.port, { path: '/api/events' })).status).toBe(401)

    const lines: unknown[] = []
    const req = request({
      host: '127.0.0.1',
      port: host.port,
      path: '/api/events',
      headers: { host: `127.0.0.1:${host.port}`, 'x-parley-token': TOKEN },
    })
    const opened = new Promise<string | undefined>((resolve) =>
      req.on('response', (res) => {
        let buffer = ''
        res.on('data', (chunk: Buffer) => {
          buffer += chunk.toString()
          const parts = buffer.split('\n')
          buffer = parts.pop() ?? ''
          lines.push(...parts.map(decodeWire))
        })
        resolve(res.headers['content-type'])
      }),
    )
    req.end()
    expect(await opened).toBe('application/x-ndjson; charset=utf-8')
    await expect.poll(() => lines).toEqual([{ name: 'ready' }])

    stub.emit('menuCommand', { command: 'openText' })
    await expect.poll(() => lines.length).toBe(2)
    expect(lines[1]).toEqual({ name: 'menuCommand', payload: { command: 'openText' } })

    expect(stub.listenerCount()).toBe(Object.keys(apiEvents).length)
    req.destroy()
    await expect.poll(() => stub.listenerCount()).toBe(0)
  })

  it('closes while an event stream is open', async () => {
    const req = request({
      host: '127.0.0.1',
      port: host.port,
      path: '/api/events',
      headers: { host: `127.0.0.1:${host.port}`, 'x-parley-token': TOKEN },
    })
    req.on('error', () => undefined)
    await new Promise((resolve) => req.on('response', (res) => resolve(res.resume())).end())
    await host.close()
    await expect.poll(() => stub.listenerCount()).toBe(0)
    host = await startWebHost({ services: stub.services, rendererDir, token: TOKEN })
  })
})
