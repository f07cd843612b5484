// Generates the highlight and swatch styles from the tag schema, so colours edited in settings apply at
// once. Tinted categories get a translucent background; underlined ones a line whose offset grows with
// nesting depth and whose style (solid, dashed, dotted) differs per category, so colour is never the only
// cue. Uses a constructed stylesheet, which the page's CSP allows (no inline <style>).
import type { TagSchema } from '@shared/model/tag-schema'

export const MAX_DEPTH = 3
const LINE_STYLES = ['solid', 'dashed', 'dotted', 'double', 'wavy'] as const

export const tintName = (category: string): string => `parley-tint-${category}`
export const underlineName = (category: string, depth: number): string =>
  `parley-ul-${category}-${Math.min(depth, MAX_DEPTH - 1)}`

function rgba(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16)
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`
}

export function lineStyleOf(schema: TagSchema, category: string): string {
  const underlined = schema.categories.filter((c) => c.style === 'underline')
  const i = underlined.findIndex((c) => c.id === category)
  return LINE_STYLES[Math.max(0, i) % LINE_STYLES.length]!
}

export function highlightCss(schema: TagSchema): string {
  const rules: string[] = []
  for (const c of schema.categories) {
    rules.push(`.cat-${c.id} { --cat-color: ${c.color}; --cat-tint: ${rgba(c.color, 0.22)}; }`)
    if (c.style === 'tint') {
      rules.push(`::highlight(${tintName(c.id)}) { background-color: ${rgba(c.color, 0.24)}; }`)
      rules.push(`.cat-${c.id} .swatch { background: ${rgba(c.color, 0.5)}; border: 1px solid ${c.color}; }`)
    } else {
      const line = lineStyleOf(schema, c.id)
      for (let depth = 0; depth < MAX_DEPTH; depth++) {
        rules.push(
          `::highlight(${underlineName(c.id, depth)}) { text-decoration: underline ${line} ${c.color} 2px; text-underline-offset: ${3 + depth * 4}px; }`,
        )
      }
      rules.push(`.cat-${c.id} .swatch { border-bottom: 3px ${line} ${c.color}; }`)
    }
  }
  return rules.join('\n')
}

let sheet: CSSStyleSheet | null = null

export function applyHighlightStyles(schema: TagSchema): void {
  if (!sheet) {
    sheet = new CSSStyleSheet()
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
  }
  sheet.replaceSync(highlightCss(schema))
}
