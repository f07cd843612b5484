// Parley's fuse settings on a synthetic binary laid out as @electron/fuses reads it (its dist/index.js and
// Electron's docs/tutorial/fuses.md): filler bytes, the sentinel, one byte of wire version (1), one byte of
// wire length, then one byte per fuse ('0' off, '1' on, 'r' removed), then more filler. The flip is read
// back with the library's own reader; bytes outside the wire must not move.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { flipAndCheckFuses, PARLEY_FUSES, readFuses } from './parley-fuses'

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
/** Electron's defaults for the nine fuses of @electron/fuses 2.1 (docs/tutorial/fuses.md). */
const ELECTRON_DEFAULTS = '101100011'

let dir: string
beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'parley-fuses-'))))
afterEach(() => rm(dir, { recursive: true, force: true }))

/** A fake binary: `before` filler bytes, the sentinel and its wire, then 4 KiB of filler. By default the
 * sentinel straddles the library's 4 MiB read chunks, as it may in a real binary. */
async function fakeBinary(
  wire: string,
  before = 4 * 1024 * 1024 - 10,
): Promise<{ path: string; bytes: Buffer }> {
  const filler = (n: number, byte: number) => Buffer.alloc(n, byte)
  const bytes = Buffer.concat([
    filler(before, 7),
    Buffer.from(SENTINEL, 'ascii'),
    Buffer.from([1, wire.length]),
    Buffer.from(wire, 'ascii'),
    filler(4096, 13),
  ])
  const path = join(dir, 'electron')
  await writeFile(path, bytes)
  return { path, bytes }
}

const wireAt = (bytes: Buffer): number => bytes.indexOf(SENTINEL) + SENTINEL.length + 2

describe('Parley’s Electron fuses', () => {
  it('flips every fuse to Parley’s setting, as the library reads it back, and touches nothing else', async () => {
    const { path, bytes } = await fakeBinary(ELECTRON_DEFAULTS)
    expect(await flipAndCheckFuses(path)).toEqual([])

    const wire = await getCurrentFuseWire(path)
    const expectState = (fuse: FuseV1Options, on: boolean) =>
      expect(wire[fuse], FuseV1Options[fuse]).toBe(on ? FuseState.ENABLE : FuseState.DISABLE)
    expectState(FuseV1Options.RunAsNode, false)
    expectState(FuseV1Options.EnableCookieEncryption, true)
    expectState(FuseV1Options.EnableNodeOptionsEnvironmentVariable, false)
    expectState(FuseV1Options.EnableNodeCliInspectArguments, false)
    expectState(FuseV1Options.EnableEmbeddedAsarIntegrityValidation, true)
    expectState(FuseV1Options.OnlyLoadAppFromAsar, true)
    expectState(FuseV1Options.LoadBrowserProcessSpecificV8Snapshot, false)
    expectState(FuseV1Options.GrantFileProtocolExtraPrivileges, false)
    expectState(FuseV1Options.WasmTrapHandlers, true)

    const after = await readFile(path)
    const at = wireAt(bytes)
    expect(after.length).toBe(bytes.length)
    expect(after.subarray(0, at).equals(bytes.subarray(0, at))).toBe(true)
    expect(after.subarray(at + 9).equals(bytes.subarray(at + 9))).toBe(true)
    expect(after.subarray(at, at + 9).toString('ascii')).toBe('010011001')
    expect(await readFuses(path)).toMatchObject({ RunAsNode: 'disabled', OnlyLoadAppFromAsar: 'enabled' })
  })

  it('sets the eight fuses of an older wire without WasmTrapHandlers', async () => {
    const { path, bytes } = await fakeBinary(ELECTRON_DEFAULTS.slice(0, 8))
    expect(await flipAndCheckFuses(path)).toEqual([])
    const after = await readFile(path)
    expect(after.subarray(wireAt(bytes), wireAt(bytes) + 8).toString('ascii')).toBe('01001100')
  })

  it('refuses a newer wire with a fuse Parley has not decided on, leaving the binary as it was', async () => {
    const { path, bytes } = await fakeBinary(`${ELECTRON_DEFAULTS}1`)
    await expect(flipAndCheckFuses(path)).rejects.toThrow(/strictlyRequireAllFuses/)
    expect((await readFile(path)).equals(bytes)).toBe(true)
  })

  it('reports a fuse this Electron removed, since setting it does nothing', async () => {
    const { path } = await fakeBinary(`r${ELECTRON_DEFAULTS.slice(1)}`)
    expect(await flipAndCheckFuses(path)).toEqual([
      { fuse: 'RunAsNode', expected: 'disabled', found: 'removed' },
    ])
  })

  it('fails on a file with no fuse wire', async () => {
    const path = join(dir, 'not-electron')
    await writeFile(path, Buffer.alloc(1024, 0x41))
    await expect(flipAndCheckFuses(path)).rejects.toThrow(/sentinel/)
  })

  it('lists every fuse @electron/fuses knows', () => {
    const known = Object.values(FuseV1Options).filter((v): v is number => typeof v === 'number')
    expect(Object.keys(PARLEY_FUSES).map(Number).sort()).toEqual(known.sort())
  })
})
