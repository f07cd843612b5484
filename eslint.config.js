// ESLint for Parley: correctness with type information, plus the layer rules of ARCHITECTURE.md §1
// (eslint/layers.js). Formatting is Prettier's job, so no rule here concerns layout. Run with
// `--max-warnings=0`: every rule is an error or off.
import js from '@eslint/js'
import { defineConfig, globalIgnores } from 'eslint/config'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import layers from './eslint/layers.js'

/** One tsconfig per layer, plus the one for tests, e2e and config files (see tsconfig.json). */
const TS_PROJECTS = [
  './src/shared/tsconfig.json',
  './src/main/tsconfig.json',
  './src/preload/tsconfig.json',
  './src/renderer/tsconfig.json',
  './tsconfig.test.json',
]
const TS_FILES = ['**/*.{ts,tsx,mts,cts}']
const JS_FILES = ['**/*.{js,mjs,cjs}']
const TEST_FILES = ['**/*.test.{ts,tsx}', '**/*.spec.{ts,tsx}', 'e2e/**/*.{ts,tsx}']
/** TypeScript files that belong to none of TS_PROJECTS: linted without type information. */
const UNTYPED_TS_FILES = ['eslint/**/*.{ts,tsx}']

const unusedVars = {
  args: 'after-used',
  argsIgnorePattern: '^_',
  varsIgnorePattern: '^_',
  caughtErrorsIgnorePattern: '^_',
  destructuredArrayIgnorePattern: '^_',
  ignoreRestSiblings: true,
}

export default defineConfig(
  globalIgnores(['out/', 'node_modules/', 'test-results/', 'playwright-report/', 'fixtures/', 'docs/']),

  { name: 'parley/javascript', extends: [js.configs.recommended] },

  {
    name: 'parley/typescript',
    files: TS_FILES,
    extends: [tseslint.configs.recommendedTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { project: TS_PROJECTS, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports' },
      ],
      // With verbatimModuleSyntax, `import { type A } from 'x'` keeps a bare `import 'x'`.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unused-vars': ['error', unusedVars],
    },
  },

  {
    name: 'parley/javascript-untyped',
    files: JS_FILES,
    languageOptions: { globals: globals.node },
    rules: { 'no-unused-vars': ['error', unusedVars] },
  },
  {
    name: 'parley/typescript-untyped',
    files: UNTYPED_TS_FILES,
    extends: [tseslint.configs.disableTypeChecked],
  },

  {
    name: 'parley/renderer-react',
    files: ['src/renderer/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
  },
  {
    name: 'parley/node',
    files: ['src/main/**/*.ts', 'e2e/**/*.ts', '*.config.ts'],
    languageOptions: { globals: globals.node },
  },

  {
    name: 'parley/tests',
    files: TEST_FILES,
    rules: {
      // vitest's asymmetric matchers (`expect.any(String)`) are typed `any`, and spies are unbound methods.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },

  layers,
)
