import { readFileSync } from 'node:fs'
import { it } from 'vitest'
import { findOccurrences, createOccurrenceFinder } from './find-occurrences'
import { tokenize } from './french-words'
it('bench', () => {
  const sample = readFileSync(new URL('../../../fixtures/cn-kz-strategic-dialogue-2024-03-29.fr.txt', import.meta.url), 'utf8')
  let big = ''
  while (big.length < 1_000_000) big += sample
  for (let r = 0; r < 4; r++) {
    let t = performance.now()
    const f = createOccurrenceFinder(big, { caseSensitive: false, accentSensitive: false, elision: false })
    const t1 = performance.now() - t
    t = performance.now()
    const n = f('etat').length
    const t2 = performance.now() - t
    t = performance.now()
    const toks = tokenize(big).length
    const t3 = performance.now() - t
    console.log(`fold ${t1.toFixed(1)} find ${t2.toFixed(1)} n=${n} tokenize ${t3.toFixed(1)} (${toks})`)
  }
  void findOccurrences
})
