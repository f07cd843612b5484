// Compiles the benchmark (TypeScript, importing src/shared and the workspace layout of src/main) into
// out/bench for Node: `bench.js`, the harness, and `host-probe.js`, loaded into the web host with
// `node --import` to watch its event loop. Dependencies stay external and load from node_modules.
import { resolve } from 'node:path'
import { defineConfig } from 'vite'

export default defineConfig({
  resolve: { alias: { '@shared': resolve('src/shared') } },
  logLevel: 'warn',
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'out/bench',
    emptyOutDir: true,
    minify: false,
    rolldownOptions: {
      input: { bench: resolve('bench/bench.ts'), 'host-probe': resolve('bench/host-probe.ts') },
      output: { format: 'es', entryFileNames: '[name].js' },
    },
  },
})
