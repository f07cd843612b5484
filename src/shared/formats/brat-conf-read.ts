// Reads the entity hierarchy of a brat annotation.conf, to tell which part of a type name is the category:
// a type listed under `ENTITY` and named `ENTITY-…` is that category with the rest as its type. The
// syntax is brat's (server/src/projectconfig.py): sections in brackets, depth by leading white space,
// `#` comments, `---` separators, `<MACRO>=…` lines, labels after `|` and a leading `!` for abstract types.
import type { BratTypeMap, ParleyLabel } from './brat-names'

export function readBratTypes(conf: string): BratTypeMap {
  const types = new Map<string, ParleyLabel>()
  let section = ''
  let root = ''
  for (const line of conf.split(/\r?\n/)) {
    const header = /^\s*\[(.*)\]\s*$/.exec(line)
    if (header) {
      section = header[1]!.trim()
      continue
    }
    if (section !== 'entities' || /^\s*(?:#|-+\s*$|<[^>]*>=|$)/.test(line)) continue
    const name = (line.trim().split(/\s/)[0] ?? '').split('|')[0]!.replace(/^!/, '')
    const depth = line.length - line.trimStart().length
    if (depth === 0) {
      root = name
      types.set(name, { category: name })
    } else if (root !== '' && name.startsWith(`${root}-`)) {
      types.set(name, { category: root, type: name.slice(root.length + 1) })
    } else types.set(name, { category: name })
  }
  return types
}
