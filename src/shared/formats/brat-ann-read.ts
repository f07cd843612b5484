// Reads the lines of a brat .ann file into records, checking only their syntax (what the text or other
// lines say is checked when the records become annotations). The grammar is brat's own (server/src/
// annotation.py): `ID\tDATA[\tTAIL]`, the id a letter or `#` (then letters) and a number, one record per
// line; CRLF line ends are accepted. Every problem is reported with its line, none stops the reading.
import type { ImportProblem } from './format'
import { codePointName, findControlCharacter } from './brat-lines'
import { codePointLength } from '../text/offsets'

interface Located {
  readonly id: string
  /** 1-based line number. */
  readonly line: number
}

export type BratRecord = Located &
  (
    | { readonly kind: 'T'; readonly type: string; readonly pieces: readonly Piece[]; readonly text: string }
    | { readonly kind: 'A'; readonly name: string; readonly target: string; readonly value: string }
    | { readonly kind: 'R'; readonly name: string; readonly from: string; readonly to: string }
    | { readonly kind: 'E'; readonly type: string; readonly trigger: string; readonly args: readonly Arg[] }
    | { readonly kind: '#'; readonly type: string; readonly target: string; readonly text: string }
  )

/** Offsets as written, in code points; not yet checked against the text. */
export interface Piece {
  readonly start: number
  readonly end: number
}

interface Arg {
  readonly role: string
  readonly target: string
}

const ID = /^(?:[A-Za-z]+|#[A-Za-z]*)[0-9]+/
const OFFSETS = /^\d+ \d+(?:;\d+ \d+)*$/
/** `Name:ID` as relations and events write their arguments. */
const ARG = /^([^:\s]+):([^:\s]+)$/

const unsupported: Readonly<Record<string, string>> = {
  N: 'normalisation lines (N) are not supported: Parley has no reference databases',
  '*': 'equivalence lines (*) are not supported',
}

export interface AnnReading {
  readonly records: BratRecord[]
  readonly problems: ImportProblem[]
  /** Ids of lines that could not be read, so lines that refer to them are not reported again. */
  readonly failed: Set<string>
}

export function readAnn(content: string, file: string): AnnReading {
  const records: BratRecord[] = []
  const problems: ImportProblem[] = []
  const failed = new Set<string>()
  const firstLineOf = new Map<string, number>()
  for (const [i, raw] of content.split('\n').entries()) {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    if (text.trim() === '') continue
    const line = i + 1
    const problem = (reason: string, column?: number): void => {
      problems.push(column === undefined ? { file, line, reason } : { file, line, column, reason })
    }
    const record = readLine(text, line, problem)
    if (!record) {
      if (text.includes('\t')) failed.add(text.slice(0, text.indexOf('\t')))
      continue
    }
    const first = firstLineOf.get(record.id)
    if (first !== undefined) problem(`id ${record.id} is already used on line ${first}`)
    else {
      firstLineOf.set(record.id, line)
      records.push(record)
    }
  }
  return { records, problems, failed }
}

function readLine(
  text: string,
  line: number,
  problem: (reason: string, column?: number) => void,
): BratRecord | null {
  const tab = text.indexOf('\t')
  if (tab < 0) {
    problem('missing TAB after the id (a line is ID, TAB, then the annotation)')
    return null
  }
  const id = text.slice(0, tab)
  const rest = text.slice(tab + 1)
  const tailTab = rest.indexOf('\t')
  const data = tailTab < 0 ? rest : rest.slice(0, tailTab)
  const tail = tailTab < 0 ? null : rest.slice(tailTab + 1)
  const kind = id.charAt(0)
  // A span's text is checked against the document instead: it may hold what the document holds.
  const control = findControlCharacter(kind === 'T' ? text.slice(0, tab + 1 + data.length) : text)
  if (control) {
    problem(
      `control character ${codePointName(control.char)}`,
      codePointLength(text.slice(0, control.index)) + 1,
    )
    return null
  }
  if (id === '*' || kind === 'N') {
    problem(unsupported[kind]!)
    return null
  }
  if (!ID.test(id)) {
    problem(`bad id « ${id} »: an id is a letter (or #) and a number, such as T1, A2 or #3`)
    return null
  }
  const words = data.split(' ')
  switch (kind) {
    case 'T': {
      const space = data.indexOf(' ')
      const offsets = data.slice(space + 1).trimEnd()
      if (space <= 0 || !OFFSETS.test(offsets)) {
        problem(`bad span « ${data} »: expected TYPE START END, fragments joined by ; (ENTITY 0 5;16 23)`)
        return null
      }
      if (tail === null) {
        problem('missing TAB before the span text')
        return null
      }
      const pieces = offsets.split(';').map((p) => {
        const [start, end] = p.split(' ').map(Number)
        return { start: start!, end: end! }
      })
      return { kind: 'T', id, line, type: data.slice(0, space), pieces, text: tail }
    }
    case 'A':
    case 'M': {
      const [name, target] = words
      if (!name || !target || (kind === 'M' && words.length > 2)) {
        problem(`bad attribute « ${data} »: expected NAME TARGET [VALUE] (polarity T3 support)`)
        return null
      }
      // A binary attribute (no value) is set or absent: Parley stores it as `true`.
      const value = words.length > 2 ? words.slice(2).join(' ') : 'true'
      return { kind: 'A', id, line, name, target, value }
    }
    case 'R': {
      const args = words.slice(1).map((w) => ARG.exec(w))
      const [from, to] = args
      if (words.length !== 3 || !words[0] || !from || !to || from[1] === to[1]) {
        problem(`bad relation « ${data} »: expected ROLE Arg1:ID Arg2:ID (actors Arg1:T5 Arg2:T2)`)
        return null
      }
      return { kind: 'R', id, line, name: words[0], from: from[2]!, to: to[2]! }
    }
    case 'E': {
      const parts = data.trim().split(/\s+/)
      const trigger = ARG.exec(parts[0] ?? '')
      const args = parts.slice(1).map((w) => ARG.exec(w))
      if (!trigger || args.some((a) => !a)) {
        problem(`bad event « ${data} »: expected TYPE:TRIGGER ROLE:ID … (COMMITMENT:T5 actors:T2)`)
        return null
      }
      const roles = args.map((a) => ({ role: a![1]!, target: a![2]! }))
      return { kind: 'E', id, line, type: trigger[1]!, trigger: trigger[2]!, args: roles }
    }
    case '#': {
      const parts = data.trim().split(/\s+/)
      if (parts.length !== 2) {
        problem(`bad note « ${data} »: expected TYPE TARGET then TAB and text (AnnotatorNotes T1)`)
        return null
      }
      return { kind: '#', id, line, type: parts[0]!, target: parts[1]!, text: tail ?? '' }
    }
    default:
      problem(`unknown line type « ${kind} »: brat lines start with T, A, M, R, E, N, * or #`)
      return null
  }
}
