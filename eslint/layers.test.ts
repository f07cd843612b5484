// Proves the layer rules of eslint/layers.js: each forbidden import is reported with its reason, and the
// imports each layer needs stay clean. Runs only the layer blocks with the TypeScript parser and no type
// information, so it is fast; the last test loads the real eslint.config.js.
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'
import layers from './layers.js'

const root = fileURLToPath(new URL('..', import.meta.url))

const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } }, ...layers],
})

/** The messages ESLint reports for `code` as if it were the file at `filePath`. */
async function lint(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath })
  if (!result) throw new Error(`no lint result for ${filePath}`)
  expect(result.messages.filter((m) => m.fatal)).toEqual([])
  return result.messages
}

async function expectClean(filePath: string, code: string) {
  expect(await lint(filePath, code)).toEqual([])
}

/** Expects exactly one error from `ruleId` whose message contains every one of `reasons`. */
async function expectError(filePath: string, code: string, ruleId: string, ...reasons: string[]) {
  const messages = await lint(filePath, code)
  expect(messages.map((m) => m.ruleId)).toEqual([ruleId])
  for (const reason of reasons) expect(messages[0]?.message).toContain(reason)
  expect(messages[0]?.severity).toBe(2)
}

const imports = 'no-restricted-imports'
const globals = 'no-restricted-globals'

describe('src/shared', () => {
  const file = 'src/shared/bad.ts'

  it('rejects node:fs and says why', async () => {
    await expectError(
      file,
      "import { readFileSync } from 'node:fs'\n",
      imports,
      'pure domain',
      'Node built-ins',
    )
  })

  it.each(['fs', 'fs/promises', 'path', 'crypto', 'child_process', 'worker_threads'])(
    'rejects the bare builtin %s',
    async (name) => {
      await expectError(file, `import x from '${name}'\nexport { x }\n`, imports, 'Node built-ins')
    },
  )

  it.each([
    ['electron', 'Electron'],
    ['react', 'React'],
    ['react-dom/client', 'React'],
    ['lowdb', 'storage'],
    ['lowdb/node', 'storage'],
    ['../main/services/service-host', 'must never import src/main'],
    ['../../renderer/src/App', 'must never import src/main'],
    ['../preload/index', 'must never import src/main'],
  ])('rejects %s', async (source, reason) => {
    await expectError(file, `import x from '${source}'\nexport { x }\n`, imports, 'pure domain', reason)
  })

  it('rejects DOM and Node globals', async () => {
    await expectError(file, 'export const body = document.body\n', globals, 'DOM globals')
    await expectError(file, "export const bytes = Buffer.from('a')\n", globals, 'Node globals')
    await expectError(file, 'export const env = process.env\n', globals, 'Node globals')
    await expectError(file, 'export const w = window\n', globals, 'DOM globals')
  })

  it('allows its own modules, by relative path or alias, and pure packages', async () => {
    await expectClean(file, "import { asCodePoint } from './offsets'\nexport { asCodePoint }\n")
    await expectClean(
      file,
      "import { ok } from '@shared/result'\nimport { z } from 'zod'\nexport { ok, z }\n",
    )
  })

  it('lets its tests read fixtures with Node but not cross layers', async () => {
    await expectClean(
      'src/shared/text/offsets.test.ts',
      "import { readFileSync } from 'node:fs'\nreadFileSync('x')\n",
    )
    await expectError('src/shared/text/offsets.test.ts', "import 'electron'\n", imports, 'Electron')
  })
})

describe('src/main', () => {
  it('keeps electron out of services', async () => {
    await expectError(
      'src/main/services/x.ts',
      "import { app } from 'electron'\nexport { app }\n",
      imports,
      'only the thin Electron shell',
      'plain Node',
    )
  })

  it('lets the shell import electron', async () => {
    await expectClean(
      'src/main/shell/window.ts',
      "import { BrowserWindow } from 'electron'\nexport { BrowserWindow }\n",
    )
    await expectClean('src/main/index.ts', "import { app } from 'electron'\napp.quit()\n")
  })

  it('keeps lowdb in the storage service', async () => {
    const code =
      "import { Low } from 'lowdb'\nimport { JSONFile } from 'lowdb/node'\nexport { Low, JSONFile }\n"
    const messages = await lint('src/main/services/workspace/x.ts', code)
    expect(messages.map((m) => m.ruleId)).toEqual([imports, imports])
    expect(messages[0]?.message).toContain('only the storage service')
    await expectClean('src/main/services/storage/x.ts', code)
    await expectError(
      'src/main/shell/window.ts',
      "import { Low } from 'lowdb'\nexport { Low }\n",
      imports,
      'storage',
    )
    await expectError('src/main/services/storage/x.ts', "import 'electron'\n", imports, 'thin Electron shell')
  })

  it('allows Node and shared, rejects React and the other processes', async () => {
    await expectClean(
      'src/main/services/x.ts',
      "import { readFile } from 'node:fs/promises'\nimport type { Api } from '@shared/ipc/contract'\nexport { readFile, type Api }\n",
    )
    await expectError('src/main/services/x.ts', "import 'react'\n", imports, 'React belongs to src/renderer')
    await expectError(
      'src/main/services/x.ts',
      "import '../../renderer/src/App'\n",
      imports,
      'other processes',
    )
    await expectError('src/main/shell/ipc.ts', "import '../../preload/index'\n", imports, 'other processes')
  })
})

describe('src/preload', () => {
  const file = 'src/preload/index.ts'
  const onlyContract = "the preload only forwards the contract's named methods"

  it('may import electron and the contract', async () => {
    await expectClean(
      file,
      "import { contextBridge, ipcRenderer } from 'electron'\nimport { apiMethods } from '@shared/ipc/contract'\nexport { contextBridge, ipcRenderer, apiMethods }\n",
    )
    await expectClean(file, "import type { Api } from '../shared/ipc/contract'\nexport type { Api }\n")
  })

  it.each([
    '@shared/model/annotation',
    '../shared/model/annotation',
    '@shared/ipc/schemas',
    'node:fs',
    'path',
    'react',
    'lowdb',
    'zod',
    '../main/services/service-host',
  ])('rejects %s', async (source) => {
    await expectError(file, `import x from '${source}'\nexport { x }\n`, imports, onlyContract)
  })
})

describe('src/renderer', () => {
  const file = 'src/renderer/src/App.tsx'
  const why = 'the renderer reaches the system only through its api object'

  it.each([
    'electron',
    'node:path',
    'fs',
    'lowdb',
    '../../main/services/service-host',
    '../../preload/index',
  ])('rejects %s', async (source) => {
    await expectError(file, `import x from '${source}'\nexport { x }\n`, imports, why)
  })

  it('allows React and shared, and rejects process.env', async () => {
    await expectClean(
      file,
      "import { useState } from 'react'\nimport { ok } from '@shared/result'\nimport { api } from './api'\nexport { useState, ok, api }\n",
    )
    await expectError(file, 'export const env = process.env\n', globals, why)
  })
})

describe('eslint.config.js', () => {
  it('loads, lints a real file with type information and applies the layer rules', async () => {
    const project = new ESLint({ cwd: root })
    const config = (await project.calculateConfigForFile('src/shared/result.ts')) as {
      rules: Record<string, unknown>
    }
    expect(config.rules[imports]).toBeDefined()
    expect(config.rules['@typescript-eslint/no-floating-promises']).toBeDefined()

    const [real] = await project.lintFiles(['src/shared/result.ts'])
    expect(real?.messages.filter((m) => m.fatal)).toEqual([])

    const [bad] = await project.lintText(
      "import { readFileSync } from 'node:fs'\nexport { readFileSync }\n",
      {
        filePath: 'src/shared/result.ts',
      },
    )
    expect(bad?.messages.map((m) => m.ruleId)).toContain(imports)
  })
})
