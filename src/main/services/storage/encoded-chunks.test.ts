// Content made while it is written: the bytes are the chunks' text in UTF-8, the hash is that of the whole
// file, a second read gives the same bytes (made again from re-iterable chunks, read once up front from a
// generator), and a read stopped half-way leaves no partial hash behind.
import { expect, it } from 'vitest'
import { stableStringify, stableStringifyChunks } from '@shared/storage/stable-json'
import { sha256Of } from './content-hash'
import { EncodedChunks } from './encoded-chunks'

const CHUNKS = ['{\n  "é": [\n', '    "𠮷 « » ’"', ',\n    "\u2028"\n  ]\n}\n']

async function textOf(content: EncodedChunks): Promise<string> {
  const pieces: Buffer[] = []
  for await (const piece of content.bytes()) pieces.push(piece)
  return Buffer.concat(pieces).toString('utf8')
}

it('gives the UTF-8 bytes and the SHA-256 of the joined chunks, read after read', async () => {
  const content = new EncodedChunks(CHUNKS)
  expect(await textOf(content)).toBe(CHUNKS.join(''))
  expect(await content.sha256()).toBe(sha256Of(CHUNKS.join('')))
  expect(await textOf(content)).toBe(CHUNKS.join(''))
})

it('serialises a large set again for a second read, to the same bytes', async () => {
  const set = { annotations: Array.from({ length: 500 }, (_, n) => ({ n, label: `é${n}’` })), v: 2 }
  const content = new EncodedChunks(stableStringifyChunks(set, 7))
  expect(await textOf(content)).toBe(stableStringify(set))
  expect(await textOf(content)).toBe(stableStringify(set))
  expect(await content.sha256()).toBe(sha256Of(stableStringify(set)))
})

it('reads a generator once, up front, so a second read still has every chunk', async () => {
  let made = 0
  const generator = (function* () {
    for (const chunk of CHUNKS) {
      made++
      yield chunk
    }
  })()
  const content = new EncodedChunks(generator)
  expect(made).toBe(CHUNKS.length)
  expect(await textOf(content)).toBe(CHUNKS.join(''))
  expect(await textOf(content)).toBe(CHUNKS.join(''))
})

it('hashes the whole content even when the first read stopped half-way', async () => {
  const content = new EncodedChunks(CHUNKS)
  for await (const first of content.bytes()) {
    expect(first.toString('utf8')).toBe(CHUNKS[0])
    break
  }
  expect(await content.sha256()).toBe(sha256Of(CHUNKS.join('')))
  expect(await new EncodedChunks([]).sha256()).toBe(sha256Of(''))
})
