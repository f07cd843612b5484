// An answer read back (JSON, then unpackReply as the browser does) is what encodeReply's would be, whether
// the opened document's list was packed and spliced in from the kept bytes or the answer encoded whole;
// the kept bytes serve the same list and text again, and never another list or text.
import { describe, expect, it } from 'vitest'
import { unpackReply } from '@shared/ipc/packed-reply'
import { encodeReply } from '@shared/ipc/wire'
import { readAnswer } from '@shared/ipc/text-apart'
import { replyBytes, type Reply } from './reply-bytes'

const decoder = new TextDecoder()
const reading = { decode: (bytes: Uint8Array) => decoder.decode(bytes), parse: JSON.parse }

const plain = (value: unknown): unknown => (JSON.parse(encodeReply({ value })) as { value: unknown }).value
const readBack = ({ body, textBytes }: Reply): unknown =>
  unpackReply(
    (readAnswer(body, textBytes === null ? null : String(textBytes), reading) as { value: unknown }).value,
  )
const spliced = (value: unknown): unknown => readBack(replyBytes(value, 2))

const meta = { id: 'doc-1', title: '« Dialogue » "annotations":[] \u0000 \ud800 𠮷', length: 12 }
const text = 'Le 𠮷 « Paris » accord’s'
const annotation = (id: string, start: number, end: number) => ({
  attributes: {},
  author: 'Aïcha',
  created: '2024-03-29T10:00:00.000Z',
  end,
  id,
  label: 'ENTITY',
  modified: '2024-03-29T10:00:00.000Z',
  note: '',
  quote: {
    exact: [...text].slice(start, end).join(''),
    prefix: [...text].slice(0, start).join(''),
    suffix: [...text].slice(end).join(''),
  },
  roles: {},
  start,
})
const list = [annotation('a1', 0, 2), annotation('a2', 3, 5), { id: 'odd', at: new Date(0) }, null]

describe('replyBytes', () => {
  it('reads back as encodeReply would, spliced or not', () => {
    const values: unknown[] = [
      { ok: true, value: { meta, text, annotations: list } },
      { ok: true, value: { meta, text, extra: undefined, annotations: [...list, ...list] } },
      { ok: true, value: { meta, text, annotations: [1, 2, 3] } },
      { ok: true, value: { meta, annotations: list } },
      { ok: true, value: { text, annotations: [1] } },
      { ok: true, value: { annotations: list, text } },
      { ok: true, value: { meta, text, annotations: list, toJSON: () => 'odd' } },
      { value: { text, annotations: list }, ok: true },
      { ok: false, error: { code: 'not-found', message: 'No document' } },
      { ok: true, value: [list] },
      null,
      'text',
    ]
    for (const value of values) expect(spliced(value)).toStrictEqual(plain(value))
  })

  it('packs the list of an opened document, and keeps its bytes for the same list and text only', () => {
    let encoded = 0
    const counted = { toJSON: () => ++encoded }
    const opened = { ok: true, value: { meta, text, annotations: [...list, counted, counted] } }
    const first = replyBytes(opened, 2)
    expect(first.body.toString('utf8')).toContain('$packedAnnotations')
    expect(replyBytes(opened, 2)).toStrictEqual(first)
    expect(encoded).toBe(2)
    expect(
      spliced({ ok: true, value: { meta, text: 'other', annotations: opened.value.annotations } }),
    ).toBeTruthy()
    expect(encoded).toBe(4)
    const longer = { ok: true, value: { meta, text, annotations: [...list, annotation('a3', 6, 9)] } }
    expect(spliced(longer)).toStrictEqual(plain(longer))
    const otherText = { ok: true, value: { meta, text: `${text} !`, annotations: list } }
    expect(spliced(otherText)).toStrictEqual(plain(otherText))
  })

  it("sends an opened document's text apart, after JSON written in ASCII only", () => {
    for (const largeList of [2, 1000]) {
      const { body, textBytes } = replyBytes(
        { ok: true, value: { meta, text, annotations: list } },
        largeList,
      )
      expect(textBytes).toBe(Buffer.byteLength(text))
      expect(body.subarray(body.length - textBytes!).toString('utf8')).toBe(text)
      expect([...body.subarray(0, body.length - textBytes!)].every((byte) => byte < 0x80)).toBe(true)
    }
    expect(replyBytes({ ok: true, value: { meta, text: 'a\ud800', annotations: list } }, 2).textBytes).toBe(
      null,
    )
    expect(replyBytes({ ok: false, error: { code: 'x', message: 'é' } }).textBytes).toBe(null)
  })
})
