// Reads JSON that came from outside (an imported file or one JSONL line). A syntax error is reported with
// its line and column; a key that could reach or shadow a prototype (`__proto__`, `constructor`,
// `prototype`) and a string holding a lone surrogate are refused anywhere in the value, before any other
// code walks it. `JSON.parse` itself defines `__proto__` as a plain own key (it never sets a prototype), so
// refusing it here is what keeps later spreads and record copies from ever meeting it.
import { isReservedKey } from '../model/reserved-keys'
import { jsonErrorLocation } from '../storage/stable-json'
import { lineAt } from './text-lines'

export type UntrustedJson =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly line: number; readonly column?: number; readonly reason: string }

/** A leading byte-order mark is skipped (line and column then count from after it). */
export function parseUntrustedJson(source: string): UntrustedJson {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const at = jsonErrorLocation(text, error)
    const message = error instanceof Error ? error.message.replace(/ in JSON at position.*$/s, '') : ''
    const reason = `not valid JSON: ${message}`
    return at ? { ok: false, line: at.line, column: at.column, reason } : { ok: false, line: 0, reason }
  }
  const unsafe = firstUnsafe(value)
  if (unsafe === null) return { ok: true, value }
  if (unsafe.kind === 'lone-surrogate')
    return {
      ok: false,
      line: loneSurrogateLine(text),
      reason: 'a string holds a lone surrogate (broken UTF-16)',
    }
  const match = new RegExp(`"${unsafe.key}"\\s*:`).exec(text)
  const line = match ? lineAt(text, match.index) : 0
  return {
    ok: false,
    line,
    reason: `the key "${unsafe.key}" is refused: it could reach an object's prototype`,
  }
}

type Unsafe = { readonly kind: 'reserved-key'; readonly key: string } | { readonly kind: 'lone-surrogate' }

/** The first unsafe thing met, or null. Iterative, so a deeply nested file cannot overflow the stack. */
function firstUnsafe(root: unknown): Unsafe | null {
  const pending: unknown[] = [root]
  while (pending.length > 0) {
    const value = pending.pop()
    if (typeof value === 'string') {
      if (!value.isWellFormed()) return { kind: 'lone-surrogate' }
    } else if (Array.isArray(value)) {
      for (const item of value as unknown[]) pending.push(item)
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        if (isReservedKey(key)) return { kind: 'reserved-key', key }
        if (!key.isWellFormed()) return { kind: 'lone-surrogate' }
        pending.push(item)
      }
    }
  }
  return null
}

/** The line of a lone surrogate, raw or written as a `\uD800` escape; 0 when it cannot be found. */
function loneSurrogateLine(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit < 0xd800 || unit > 0xdfff) continue
    const next = text.charCodeAt(i + 1)
    if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++
    else return lineAt(text, i)
  }
  const escaped =
    /\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}/.exec(
      text,
    )
  return escaped ? lineAt(text, escaped.index) : 0
}
