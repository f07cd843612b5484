// What a stored file can look like after a crash, a disk fault, an editor or a merge (RELIABILITY.md 4),
// and the message for each: the file with line:column, and the promise that it was left untouched.
import { describe, expect, it } from 'vitest'
import { err, ok } from '@shared/result'
import { readJsonText } from './read-json-text'

const PATH = '/ws/documents/cn-kz/annotations/claire.json'
const parse = (raw: unknown) =>
  typeof raw === 'object' && raw !== null && 'n' in raw ? ok(raw) : err('corrupt-file', 'the file has no n')
const read = (text: string | Uint8Array) =>
  readJsonText(PATH, typeof text === 'string' ? new TextEncoder().encode(text) : text, parse)

describe('readJsonText refuses, naming the file and where', () => {
  const cases: [string, string | Uint8Array, string][] = [
    ['an empty file', '', `${PATH}:1:1 is empty`],
    ['a file of blanks', '  \n', `${PATH}:1:1 is empty`],
    ['a truncated file', '{\n  "n": 1,\n  "payload": "ab', `${PATH}:3:17 is not valid JSON`],
    ['a file of NUL bytes', new Uint8Array(64), `${PATH}:1:1 is not valid JSON: it holds NUL bytes`],
    [
      'NULs after a valid start',
      '{\n  "n": 1\u0000\u0000',
      `${PATH}:2:9 is not valid JSON: it holds NUL bytes`,
    ],
    [
      'a git conflict',
      '{\n<<<<<<< HEAD\n  "n": 1\n=======\n  "n": 2\n>>>>>>> theirs\n}\n',
      `${PATH}:2:1 holds a git conflict marker`,
    ],
    ['valid JSON of the wrong shape', '{"m": 1}', `${PATH}: the file has no n`],
  ]
  for (const [what, content, message] of cases)
    it(what, () => {
      expect(() => read(content)).toThrow(message)
      expect(() => read(content)).toThrow(/it was left untouched$/)
    })
})

describe('a UTF-8 byte-order mark', () => {
  it('before valid JSON is accepted (an editor may add one); Parley writes files without it', () => {
    expect(read('\uFEFF{"n": 1}')).toEqual({ n: 1 })
  })

  it('does not shift the reported position', () => {
    expect(() => read('\uFEFF{"n": 1,}')).toThrow(`${PATH}:1:9 is not valid JSON`)
  })
})
