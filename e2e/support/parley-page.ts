// The page object: what an analyst does in Parley, in her words, over stable data-testids.
import { expect, type Locator, type Page } from '@playwright/test'

export class ParleyPage {
  constructor(readonly page: Page) {}

  get text(): Locator {
    return this.page.getByTestId('document-text')
  }

  get saveStatus(): Locator {
    return this.page.getByTestId('save-status')
  }

  /** Answers the first-start question if it is asked. */
  async sayWhoIAm(name: string): Promise<void> {
    const dialog = this.page.getByTestId('annotator-dialog')
    await expect(dialog.or(this.text)).toBeVisible()
    if (await dialog.isVisible()) {
      await this.page.getByTestId('annotator-input').fill(name)
      await this.page.getByTestId('annotator-save').click()
      await expect(dialog).toBeHidden()
    }
    await expect(this.text).toBeVisible()
  }

  /** Selects the n-th occurrence of `quote` in the text by dragging the mouse across it. */
  async selectText(quote: string, occurrence = 0): Promise<void> {
    const box = await this.text.evaluate(
      (root, [q, n]) => {
        let seen = 0
        for (const p of root.querySelectorAll('p')) {
          const node = p.firstChild
          if (!node?.textContent) continue
          let at = node.textContent.indexOf(q)
          while (at >= 0) {
            if (seen++ === n) {
              const first = new Range()
              first.setStart(node, at)
              first.setEnd(node, at + 1)
              const last = new Range()
              last.setStart(node, at + q.length - 1)
              last.setEnd(node, at + q.length)
              p.scrollIntoView({ block: 'center' })
              const a = first.getBoundingClientRect()
              const b = last.getBoundingClientRect()
              return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 }
            }
            at = node.textContent.indexOf(q, at + 1)
          }
        }
        return null
      },
      [quote, occurrence] as const,
    )
    if (!box) throw new Error(`« ${quote} » (occurrence ${occurrence}) is not in the text`)
    await this.page.mouse.move(box.x1, box.y1)
    await this.page.mouse.down()
    await this.page.mouse.move(box.x2, box.y2, { steps: 5 })
    await this.page.mouse.up()
    await expect.poll(() => this.page.evaluate(() => window.getSelection()?.toString())).toBe(quote)
  }

  /** Tags the selection from the palette with the mouse; a category with types then asks for one. */
  async tagSelection(category: 'ENTITY' | 'POSITION' | 'COMMITMENT', type?: string): Promise<void> {
    await this.page.getByTestId(`tag-${category}`).click()
    const typeButton = this.page.getByTestId(`tag-${category}-${type ?? 'none'}`)
    if (type || (await typeButton.isVisible())) await typeButton.click()
    await expect(this.page.getByTestId('tag-palette')).toBeHidden()
  }

  /** The text of every painted highlight of a category (any nesting depth), in document order. */
  highlighted(category: string): Promise<string[]> {
    return this.page.evaluate((name) => {
      const ranges: Range[] = []
      for (const [key, highlight] of CSS.highlights) {
        if (key === `parley-tint-${name}` || key.startsWith(`parley-ul-${name}-`))
          ranges.push(...(highlight as Iterable<Range>))
      }
      return ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b)).map((r) => r.toString())
    }, category)
  }

  /** Tags the current selection with the palette's keys, e.g. `['e', 's']` for ENTITY:STATE. */
  async pressKeys(...keys: string[]): Promise<void> {
    for (const key of keys) await this.page.keyboard.press(key)
  }

  /** Rows of the annotation list as `LABEL quote`. */
  listRows(): Promise<string[]> {
    return this.page
      .getByTestId('annotation-row')
      .evaluateAll((rows) =>
        rows.map(
          (r) =>
            `${r.querySelector('.label')?.textContent ?? ''} ${r.querySelector('.quote')?.textContent ?? ''}`,
        ),
      )
  }

  async clickOn(quote: string): Promise<void> {
    const box = await this.text.evaluate((root, q) => {
      for (const p of root.querySelectorAll('p')) {
        const node = p.firstChild
        const at = node?.textContent?.indexOf(q) ?? -1
        if (node && at >= 0) {
          const range = new Range()
          range.setStart(node, at + Math.floor(q.length / 2))
          range.setEnd(node, at + Math.floor(q.length / 2) + 1)
          const r = range.getBoundingClientRect()
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 }
        }
      }
      return null
    }, quote)
    if (!box) throw new Error(`« ${quote} » is not in the text`)
    await this.page.mouse.click(box.x, box.y)
  }

  async waitUntilSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText('Saved')
  }
}
