// An answer's bytes are those of encodeReply, whether the opened document's annotation list is spliced in
// from the kept encoding or the answer is encoded whole; the kept encoding is reused for the same list and
// never for another one.
import { describe, expect, it } from 'vitest'
import { encodeReply } from '@shared/ipc/wire'
import { replyBytes } from './reply-bytes'

const plain = (value: unknown): string => Buffer.from(encodeReply({ value }), 'utf8').toString('utf8')
const spliced = (value: unknown): string => replyBytes(value, 2).toString('utf8')

const meta = { id: 'doc-1', title: '« Dialogue » "annotations":[] \u0000 \ud800 𠮷', length: 12 }
const list = [
  { id: 'a1', quote: { exact: 'é’' }, at: new Date(0) },
  { id: 'a2', note: undefined, roles: {} },
  null,
]

describe('replyBytes', () => {
  it('gives the bytes of encodeReply for opened documents, spliced or not', () => {
    const values: unknown[] = [
      { ok: true, value: { meta, text: 'x"y\n', annotations: list } },
      { ok: true, value: { meta, text: '', extra: undefined, annotations: [...list, ...list] } },
      { ok: true, value: { meta, annotations: [1, 2, 3] } },
      { ok: true, value: { text: 'short', annotations: [1] } },
      { ok: true, value: { annotations: list, meta } },
      { ok: true, value: { skipped: undefined, annotations: list } },
      { ok: true, value: { meta, annotations: list, toJSON: () => 'odd' } },
      { value: { meta, annotations: list }, ok: true },
      { ok: false, error: { code: 'not-found', message: 'No document' } },
      { ok: true, value: [list] },
      null,
      'text',
    ]
    for (const value of values) expect(spliced(value)).toBe(plain(value))
  })

  it('encodes a list once while it is kept, and a new list afresh', () => {
    let encoded = 0
    const counted = { toJSON: () => ++encoded }
    const annotations = [counted, counted, counted]
    const opened = { ok: true, value: { meta, text: 'abc', annotations } }
    expect(spliced(opened)).toBe(plain({ ok: true, value: { meta, text: 'abc', annotations: [1, 2, 3] } }))
    expect(spliced(opened)).toBe(spliced(opened))
    expect(encoded).toBe(3)
    const replaced = { ok: true, value: { meta, text: 'abc', annotations: [...annotations] } }
    expect(spliced(replaced)).toBe(plain({ ok: true, value: { meta, text: 'abc', annotations: [4, 5, 6] } }))
    expect(encoded).toBe(6)
  })
})
