// The layer rules of ARCHITECTURE.md §1 as flat-config blocks: which runtime folder may import what.
// Each restriction is a regex over the import specifier, so it covers bare packages, `node:` builtins, the
// `@shared/…` alias and relative paths alike, and its message says why the boundary exists. Test files
// (`*.test.ts`) keep the layer boundaries but may use Node built-ins to read fixtures, since vitest runs them
// under Node and they are never bundled. The per-layer tsconfigs are the second fence (no DOM, no Node types
// in src/shared). Rule options do not merge across blocks, so each block lists its complete set.
import { builtinModules } from 'node:module'

const EXTENSIONS = '{js,mjs,cjs,jsx,ts,mts,cts,tsx}'
const CODE = `*.${EXTENSIONS}`
const TEST_SUFFIXES = [`.test.${EXTENSIONS}`, `.spec.${EXTENSIONS}`]

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** `fs`, `fs/promises`, `node:fs`, `node:test`…; `path-browserify` and other look-alikes stay allowed. */
const nodeBuiltinNames = [
  ...new Set(
    builtinModules
      .filter((name) => !name.startsWith('_') && !name.startsWith('node:'))
      .map((name) => name.split('/')[0]),
  ),
]
const NODE_BUILTIN = `^(?:node:.*|(?:${nodeBuiltinNames.map(escapeRegex).join('|')})(?:/.*)?)$`
const ELECTRON = '^electron(?:/.*)?$'
const REACT = '^react(?:-dom)?(?:/.*)?$'
const LOWDB = '^lowdb(?:/.*)?$'

/** Another layer's folder, reached relatively (`../../main/x`), from the root (`src/main/x`) or by alias. */
const layerFolder = (...layers) => {
  const names = layers.join('|')
  return `^(?:(?:\\.\\./)+(?:src/)?(?:${names})|(?:\\./)?src/(?:${names})|@(?:${names}))(?:/|$)`
}

// ---- src/shared: pure domain code --------------------------------------------------------------------------

const SHARED = 'src/shared is pure domain code shared by every layer and the command line'
const sharedImports = {
  electron: {
    regex: ELECTRON,
    message: `${SHARED}: it must not depend on Electron (only the main shell and the preload own it).`,
  },
  node: {
    regex: NODE_BUILTIN,
    message: `${SHARED}: it must not use Node built-ins, so it runs unchanged in the renderer and the browser; file and process access belong to src/main services.`,
  },
  react: {
    regex: REACT,
    message: `${SHARED}: it must not depend on React; UI code lives in src/renderer.`,
  },
  lowdb: {
    regex: LOWDB,
    message: `${SHARED}: storage is a src/main service (src/main/services/storage/); shared owns only the stored-data shape and its migrations.`,
  },
  layers: {
    regex: layerFolder('main', 'renderer', 'preload'),
    message: `${SHARED}: dependencies point inward, so it must never import src/main, src/preload or src/renderer.`,
  },
}
const sharedGlobals = [
  ...['window', 'document', 'navigator', 'localStorage'].map((name) => ({
    name,
    message: `${SHARED}: DOM globals do not exist under Node and the command line; they belong to src/renderer.`,
  })),
  ...['Buffer', 'process', 'global', 'require', '__dirname', '__filename'].map((name) => ({
    name,
    message: `${SHARED}: Node globals do not exist in the renderer; use Uint8Array/TextEncoder and take settings as arguments.`,
  })),
]

// ---- src/main: a thin Electron shell over electron-free services --------------------------------------------

const MAIN_SHELL = ['src/main/index.ts', `src/main/shell/**/${CODE}`]
const MAIN_STORAGE = [`src/main/services/storage/**/${CODE}`]
const mainImports = {
  electron: {
    regex: ELECTRON,
    message:
      'only the thin Electron shell (src/main/index.ts, src/main/shell/) may import electron, so services run and are tested under plain Node and behind the web host.',
  },
  lowdb: {
    regex: LOWDB,
    message:
      'only the storage service (src/main/services/storage/) may import lowdb, so the on-disk format has one owner and every other service goes through its interface.',
  },
  react: {
    regex: REACT,
    message: 'src/main runs under Node without a DOM: React belongs to src/renderer.',
  },
  layers: {
    regex: layerFolder('renderer', 'preload'),
    message:
      'src/main must not import src/renderer or src/preload: they run in other processes; share code through src/shared and talk through the IPC contract.',
  },
}

// ---- src/preload: forwards the contract, nothing else -------------------------------------------------------

const CONTRACT = '(?:@shared|(?:\\.\\./)+shared)/ipc/contract'
const PRELOAD =
  "the preload only forwards the contract's named methods: it may import only electron and the IPC contract (@shared/ipc/contract)"
const preloadImports = {
  // Everything except electron, the contract and the preload's own files.
  onlyContract: {
    regex: `^(?!(?:electron(?:/renderer)?|${CONTRACT}|\\./.*)$)`,
    message: `${PRELOAD}; nothing else from src/shared, no Node built-ins, React, lowdb or other layers.`,
  },
  // For test files, which also import vitest and may read fixtures with Node built-ins.
  sharedBeyondContract: {
    regex: `^(?!${CONTRACT}$)(?:@shared|(?:\\.\\./)+shared)(?:/|$)`,
    message: `${PRELOAD}; nothing else from src/shared.`,
  },
  others: {
    regex: `${REACT}|${LOWDB}|${layerFolder('main', 'renderer')}`,
    message: `${PRELOAD}; no React, lowdb or other layers.`,
  },
}

// ---- src/renderer: React UI behind one api object ------------------------------------------------------------

const RENDERER = 'the renderer reaches the system only through its api object (src/renderer/src/api)'
const rendererImports = {
  electron: {
    regex: ELECTRON,
    message: `${RENDERER}: the page is sandboxed and untrusted, so it never imports electron; the preload exposes the contract.`,
  },
  node: {
    regex: NODE_BUILTIN,
    message: `${RENDERER}: Node built-ins do not exist in the sandboxed page nor in the browser web host; ask main through the api.`,
  },
  lowdb: {
    regex: LOWDB,
    message: `${RENDERER}: storage runs in main (src/main/services/storage/); load and save through the api.`,
  },
  layers: {
    regex: layerFolder('main', 'preload'),
    message: `${RENDERER}: it must not import src/main or src/preload, which run in other processes; share code through src/shared.`,
  },
}
const rendererGlobals = ['process', 'Buffer', 'global', 'require', '__dirname', '__filename'].map((name) => ({
  name,
  message: `${RENDERER}: Node globals do not exist in the sandboxed page (no process.env in the page; use import.meta.env for build-time settings).`,
}))

// ---- blocks ---------------------------------------------------------------------------------------------------

const restrictImports = (...groups) => ['error', { patterns: groups }]
const sources = (folder) => [`${folder}/**/${CODE}`]
const tests = (folder) => TEST_SUFFIXES.map((suffix) => `${folder}/**/*${suffix}`)

/** @type {import('eslint').Linter.Config[]} */
export default [
  {
    name: 'parley/layers/shared',
    files: sources('src/shared'),
    ignores: tests('src/shared'),
    rules: {
      'no-restricted-imports': restrictImports(...Object.values(sharedImports)),
      'no-restricted-globals': ['error', ...sharedGlobals],
    },
  },
  {
    name: 'parley/layers/shared-tests',
    files: tests('src/shared'),
    rules: {
      'no-restricted-imports': restrictImports(
        sharedImports.electron,
        sharedImports.react,
        sharedImports.lowdb,
        sharedImports.layers,
      ),
    },
  },
  {
    name: 'parley/layers/main-services',
    files: sources('src/main'),
    ignores: [...MAIN_SHELL, ...MAIN_STORAGE],
    rules: { 'no-restricted-imports': restrictImports(...Object.values(mainImports)) },
  },
  {
    name: 'parley/layers/main-shell',
    files: MAIN_SHELL,
    rules: {
      'no-restricted-imports': restrictImports(mainImports.lowdb, mainImports.react, mainImports.layers),
    },
  },
  {
    name: 'parley/layers/main-storage',
    files: MAIN_STORAGE,
    rules: {
      'no-restricted-imports': restrictImports(mainImports.electron, mainImports.react, mainImports.layers),
    },
  },
  {
    name: 'parley/layers/preload',
    files: sources('src/preload'),
    ignores: tests('src/preload'),
    rules: { 'no-restricted-imports': restrictImports(preloadImports.onlyContract) },
  },
  {
    name: 'parley/layers/preload-tests',
    files: tests('src/preload'),
    rules: {
      'no-restricted-imports': restrictImports(preloadImports.sharedBeyondContract, preloadImports.others),
    },
  },
  {
    name: 'parley/layers/renderer',
    files: sources('src/renderer'),
    ignores: tests('src/renderer'),
    rules: {
      'no-restricted-imports': restrictImports(...Object.values(rendererImports)),
      'no-restricted-globals': ['error', ...rendererGlobals],
    },
  },
  {
    name: 'parley/layers/renderer-tests',
    files: tests('src/renderer'),
    rules: {
      'no-restricted-imports': restrictImports(
        rendererImports.electron,
        rendererImports.lowdb,
        rendererImports.layers,
      ),
    },
  },
]
