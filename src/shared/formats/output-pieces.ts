// A file of an export given as pieces of text rather than one string. An export of 100,000 annotations
// writes hundreds of megabytes; made into whole strings, each file's text is a fresh allocation of up to
// tens of megabytes (two bytes a character once any accent appears), and touching that fresh memory costs
// more than building and encoding the text together. The writer encodes the pieces one after another into
// a buffer it reuses; anything else that reads `content` gets the joined text, made once.
import type { OutputFile } from './format'

export function fileOfPieces(path: string, pieces: readonly string[]): OutputFile {
  let joined: string | null = null
  return {
    path,
    pieces,
    get content() {
      return (joined ??= pieces.join(''))
    },
  }
}

/** Characters per piece joinedPieces aims at: flat strings small enough for the young generation. */
export const PIECE_UNITS = 16 * 1024

/**
 * `items` with `separator` between them, as pieces (joined, what `items.join(separator)` would be): each
 * piece joins items up to about PIECE_UNITS characters, so the writer encodes a few long flat strings
 * rather than a call per item, and no string of the whole is ever made.
 */
export function joinedPieces(items: readonly string[], separator: string): string[] {
  const pieces: string[] = []
  let from = 0
  let units = 0
  for (let i = 0; i < items.length; i++) {
    units += items[i]!.length + separator.length
    if (units >= PIECE_UNITS || i === items.length - 1) {
      const group = items.slice(from, i + 1).join(separator)
      pieces.push(from === 0 ? group : separator + group)
      from = i + 1
      units = 0
    }
  }
  return pieces
}
