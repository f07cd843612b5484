// Test helper: bundles a TypeScript entry (and what it imports) into one CommonJS `.cjs` file that a child
// Node process can run, with vite's build (already a dev dependency) so the child runs the real code.
import { join, resolve } from 'node:path'
import { build } from 'vite'

export async function bundleForNode(entry: string, outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@shared': resolve('src/shared') } },
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: false,
      minify: false,
      target: 'node20',
      rollupOptions: { output: { format: 'cjs', entryFileNames: 'entry.cjs' } },
    },
  })
  return join(outDir, 'entry.cjs')
}
