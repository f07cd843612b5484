// Parley's Electron fuses (RELIABILITY.md item 29; docs/security.md row 19): features baked into the Electron
// binary at packaging time, flipped with @electron/fuses and then read back with its own reader, so a binary
// that does not hold the intended settings fails the build. Build tooling, not app code: the app never
// imports it. Checked against Electron's fuse list (docs/tutorial/fuses.md) and its security guide.
import {
  flipFuses,
  FuseState,
  FuseV1Options,
  FuseVersion,
  getCurrentFuseWire,
  type FuseV1Config,
} from '@electron/fuses'

/** Each fuse Parley sets, and why. `strictlyRequireAllFuses` makes a fuse that a newer Electron adds, and
 * that is not listed here, fail the flip until Parley decides on it. */
export const PARLEY_FUSES: Readonly<Record<FuseV1Options, boolean>> = {
  // ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node interpreter; Parley never forks.
  [FuseV1Options.RunAsNode]: false,
  // Chromium's cookie store encrypted with the OS keys; Parley keeps no cookies, but costs nothing.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS (e.g. `--require evil.js`) and --inspect would let anyone who can start the app run code in
  // its main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // Only the app.asar of the package, checked against the hash embedded at packaging (macOS; Windows ≥ 30).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // The default: one V8 snapshot for every process.
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The window loads app://parley/ (app-protocol.ts), never file://, so file:// needs no extra rights.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  // Electron's default (V8 traps out-of-bounds WebAssembly memory with signal handlers); only in binaries
  // whose fuse wire has it (added after the first eight).
  [FuseV1Options.WasmTrapHandlers]: true,
}

export interface FuseDifference {
  readonly fuse: string
  readonly expected: 'enabled' | 'disabled'
  readonly found: string
}

const stateName = (state: number | undefined): string =>
  state === FuseState.ENABLE
    ? 'enabled'
    : state === FuseState.DISABLE
      ? 'disabled'
      : state === FuseState.REMOVED
        ? 'removed'
        : state === undefined
          ? 'absent'
          : `byte ${state}`

/** The binary's fuses as the library reads them: `RunAsNode` → `disabled`, … (every fuse of its wire). */
export async function readFuses(binary: string): Promise<Record<string, string>> {
  const wire = await getCurrentFuseWire(binary)
  const read: Record<string, string> = {}
  for (const [index, state] of Object.entries(wire)) {
    if (!/^\d+$/.test(index)) continue
    read[FuseV1Options[Number(index)] ?? `fuse ${index}`] = stateName(state as number)
  }
  return read
}

/** Flips Parley's fuses in `binary` (in place: give it a copy, never the installed Electron), then reads them
 * back; returns every fuse that differs from Parley's settings (empty: all hold). */
export async function flipAndCheckFuses(binary: string): Promise<FuseDifference[]> {
  const before = (await getCurrentFuseWire(binary)) as Record<number, number | undefined>
  const wireLength = Object.keys(before).filter((k) => /^\d+$/.test(k)).length
  const wanted = Object.entries(PARLEY_FUSES)
    .map(([index, on]) => [Number(index), on] as const)
    .filter(([index]) => index < wireLength)
  // The library refuses a setting past the end of the binary's wire, so an older wire gets the fuses it has;
  // its type asks for all of them when strict, hence the cast.
  const config = { version: FuseVersion.V1, strictlyRequireAllFuses: true, ...Object.fromEntries(wanted) }
  await flipFuses(binary, config as FuseV1Config)
  const found = await getCurrentFuseWire(binary)
  const differences: FuseDifference[] = []
  for (const [index, on] of wanted) {
    // A removed fuse takes the byte written but does nothing in that Electron: it cannot hold the setting.
    const state =
      before[index] === FuseState.REMOVED
        ? FuseState.REMOVED
        : (found as Record<number, number | undefined>)[index]
    if (state !== (on ? FuseState.ENABLE : FuseState.DISABLE))
      differences.push({
        fuse: FuseV1Options[index] ?? `fuse ${index}`,
        expected: on ? 'enabled' : 'disabled',
        found: stateName(state),
      })
  }
  return differences
}
