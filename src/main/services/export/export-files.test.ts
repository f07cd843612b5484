import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../testing/temp-workspace'
import { fileOfPieces } from '@shared/formats/output-pieces'
import { exportFiles } from './export-files'
import { UNITS_PER_CHUNK } from './utf8-chunks'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const remove of cleanups.splice(0)) await remove()
})

async function staging(): Promise<string> {
  const temp = await makeTempDir('parley-export-files-')
  cleanups.push(temp.remove)
  return temp.dir
}

describe('exportFiles', () => {
  it('writes a file given in pieces byte for byte as its content, pieces of any size', async () => {
    const dir = await staging()
    const files = exportFiles(dir, 2)
    const long = `${'« Chine » '.repeat(UNITS_PER_CHUNK / 5)}𠮷`
    const pieces = [
      '{\n',
      ...Array.from({ length: 30_000 }, (_, i) => `{"n":${i},"q":"l’Asie 𠮷 é"},\n`),
      long,
      '',
      'é'.repeat(UNITS_PER_CHUNK + 7),
      '}\n',
    ]
    const file = fileOfPieces('pieces.json', pieces)
    await (
      await files.write('', [file])
    ).written
    await files.settled()
    const bytes = await readFile(join(dir, 'pieces.json'))
    expect(bytes.equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true)
    expect(file.content).toBe(pieces.join(''))
  })

  it('writes many files, in nested folders, with a few at a time, byte for byte', async () => {
    const dir = await staging()
    const files = exportFiles(dir, 3)
    const big = `${'é'.repeat(UNITS_PER_CHUNK - 1)}𠮷 ${'« Chine » '.repeat(UNITS_PER_CHUNK / 4)}`
    const many = Array.from({ length: 40 }, (_, i) => ({
      path: `d${i % 7}/sub/f${i}.txt`,
      content: `n°${i} ’`,
    }))
    const first = await files.write('fmt', many)
    const second = await files.write('', [
      { path: 'big.txt', content: big },
      { path: 'empty', content: '' },
    ])
    await Promise.all([first.written, second.written])
    await files.settled()
    for (const { path, content } of many) expect(await readFile(join(dir, 'fmt', path), 'utf8')).toBe(content)
    expect((await readFile(join(dir, 'big.txt'))).equals(Buffer.from(big, 'utf8'))).toBe(true)
    expect(await readFile(join(dir, 'empty'), 'utf8')).toBe('')
    expect((await readdir(join(dir, 'fmt'))).sort()).toEqual(['d0', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6'])
  })

  it('refuses a path that leaves its folder, before writing it', async () => {
    const dir = await staging()
    const files = exportFiles(dir)
    for (const path of ['../out.txt', 'a/../../b', '/abs', 'a\\b', 'a//b'])
      await expect(files.write('fmt', [{ path, content: 'x' }])).rejects.toThrow(/outside its folder/)
    await files.settled()
    expect(await readdir(dir)).toEqual([])
  })

  it('reports a failed write, and settles only once every started write has ended', async () => {
    const dir = await staging()
    await mkdir(join(dir, 'fmt'))
    await writeFile(join(dir, 'fmt', 'taken'), 'a file where a folder is wanted')
    const files = exportFiles(dir, 2)
    const ok = Array.from({ length: 10 }, (_, i) => ({ path: `ok/${i}.txt`, content: String(i) }))
    // Rejects when the failure is known before every file was handed over, else its writes reject.
    await expect(
      files.write('fmt', [{ path: 'taken/x.txt', content: 'x' }, ...ok]).then(({ written }) => written),
    ).rejects.toThrow(/EEXIST|ENOTDIR/)
    await expect(files.settled()).rejects.toThrow()
    await expect(files.write('fmt', [{ path: 'later.txt', content: 'y' }])).rejects.toThrow()
    expect((await readdir(join(dir, 'fmt'))).length).toBeLessThanOrEqual(2)
  })

  it('never overwrites a file already there', async () => {
    const dir = await staging()
    await writeFile(join(dir, 'kept.txt'), 'mine')
    const files = exportFiles(dir)
    await expect(
      files.write('', [{ path: 'kept.txt', content: 'theirs' }]).then(({ written }) => written),
    ).rejects.toThrow()
    await files.settled().catch(() => undefined)
    expect(await readFile(join(dir, 'kept.txt'), 'utf8')).toBe('mine')
  })
})
