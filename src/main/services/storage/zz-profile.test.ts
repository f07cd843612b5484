import { setFlagsFromString } from 'node:v8'
setFlagsFromString('--trace-gc')
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { join } from 'node:path'
import { it } from 'vitest'
import { ok } from '@shared/result'
import { makeTempDir } from '../testing/temp-workspace'
import { DurableJsonFile } from './durable-json-file'

it('profile', async () => {
  const { dir, remove } = await makeTempDir()
  const annotations = Array.from({ length: 20000 }, (_, n) => ({
    id: `id-${n}-xxxxxxxxxxxxxxxx`, start: n, end: n + 5, label: 'ENTITY',
    quote: { exact: 'quelque chose é', prefix: 'avant le texte de la', suffix: 'après le texte de la' },
    attributes: { type: 'PER', certainty: 'high' }, roles: { holder: [{ ref: 'x' }] }, note: '', author: 'Bench',
    created: '2024-03-29T10:00:00.000Z', modified: '2024-03-29T10:00:00.000Z',
  }))
  const file = new DurableJsonFile(join(dir, 'set.json'), (raw) => ok(raw))
  for (let i = 0; i < 4; i++) {
    const h = monitorEventLoopDelay({ resolution: 1 })
    h.enable()
    const t = performance.now()
    await file.write({ schemaVersion: 2, annotations: [...annotations], documentId: 'd', annotator: 'a' })
    h.disable()
    console.log('write', (performance.now() - t).toFixed(0), 'max block', (h.max / 1e6).toFixed(1))
  }
  await remove()
}, 60000)
