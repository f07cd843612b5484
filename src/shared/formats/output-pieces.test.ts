// Pieces join to exactly what one string would have been, and a file of pieces reads as that string.
import { describe, expect, it } from 'vitest'
import { fileOfPieces, joinedPieces, PIECE_UNITS } from './output-pieces'

describe('joinedPieces', () => {
  it('joins to items.join(separator), in pieces of about PIECE_UNITS characters', () => {
    for (const count of [0, 1, 2, 5_000]) {
      const items = Array.from({ length: count }, (_, i) => `{"n":${i},"q":"l’Asie 𠮷"}`)
      const pieces = joinedPieces(items, ',\n  ')
      expect(pieces.join('')).toBe(items.join(',\n  '))
      expect(pieces.every((piece) => piece.length < PIECE_UNITS + 100)).toBe(true)
      if (count === 5_000) expect(pieces.length).toBeGreaterThan(5)
    }
  })
})

describe('fileOfPieces', () => {
  it('reads as the joined text, made once', () => {
    const file = fileOfPieces('a/b.json', ['{', '"a":1', '}'])
    expect(file.content).toBe('{"a":1}')
    expect(file.content).toBe(file.content)
    expect(file.path).toBe('a/b.json')
  })
})
