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

  /**
   * Answers the first-start question if it is asked, then skips the first-run guide that follows it
   * (unless `keepGuide`: the guide's own spec looks at it).
   */
  async sayWhoIAm(name: string, options: { keepGuide?: boolean } = {}): Promise<void> {
    const dialog = this.page.getByTestId('annotator-dialog')
    await expect(dialog.or(this.text)).toBeVisible()
    if (await dialog.isVisible()) {
      await this.page.getByTestId('annotator-input').fill(name)
      await this.page.getByTestId('annotator-save').click()
      await expect(dialog).toBeHidden()
      if (!options.keepGuide) await this.skipGuide()
    }
    await expect(this.text).toBeVisible()
  }

  get guide(): Locator {
    return this.page.getByTestId('first-run-guide')
  }

  /** Dismisses the first-run guide, which a new workspace shows once, after the first-start question. */
  async skipGuide(): Promise<void> {
    await expect(this.guide).toBeVisible()
    await this.guide.getByTestId('guide-skip').click()
    await expect(this.guide).toBeHidden()
  }

  get commandPalette(): Locator {
    return this.page.getByTestId('command-palette')
  }

  /** Opens the command palette with Ctrl+K (⌘K on macOS), types `query` and runs the first match. */
  async runCommand(query: string): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+K')
    await expect(this.commandPalette).toBeVisible()
    await this.page.getByTestId('command-palette-input').fill(query)
    await this.page.keyboard.press('Enter')
    await expect(this.commandPalette).toBeHidden()
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
        if (key !== `parley-tint-${name}` && !key.startsWith(`parley-ul-${name}-`)) continue
        // The editor registers StaticRanges: made live here to compare and read them.
        for (const r of highlight as Iterable<AbstractRange>) {
          const range = new Range()
          range.setStart(r.startContainer, r.startOffset)
          range.setEnd(r.endContainer, r.endOffset)
          ranges.push(range)
        }
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

  // The editor: tagging by keys, the list, the details panel, roles, fragments.

  get palette(): Locator {
    return this.page.getByTestId('tag-palette')
  }

  /** The quote of the selected annotation, as the details panel shows it. */
  get selectedQuote(): Locator {
    return this.page.getByTestId('details-quote')
  }

  get annotationCount(): Locator {
    return this.page.getByTestId('annotation-count')
  }

  get tagAllPanel(): Locator {
    return this.page.getByTestId('tag-all-panel')
  }

  /** Selects `quote` inside the n-th occurrence of `passage`: for a word that also appears elsewhere. */
  async selectTextWithin(passage: string, quote: string, occurrence = 0): Promise<void> {
    const at = await this.locate(quote, passage, occurrence)
    await this.page.mouse.move(at.first.x, at.first.y)
    await this.page.mouse.down()
    await this.page.mouse.move(at.last.x, at.last.y, { steps: 2 })
    await this.page.mouse.up()
    await expect.poll(() => this.selectionText()).toBe(quote)
  }

  /**
   * With an annotation selected, drags across the n-th occurrence of `quote` holding Ctrl: the words are
   * added to the selected annotation as another fragment of a discontinuous span.
   */
  async addFragmentByDragging(quote: string, occurrence = 0): Promise<void> {
    const at = await this.locate(quote, quote, occurrence)
    await this.page.keyboard.down('Control')
    await this.page.mouse.move(at.first.x, at.first.y)
    await this.page.mouse.down()
    await this.page.mouse.move(at.last.x, at.last.y, { steps: 5 })
    await this.page.mouse.up()
    await this.page.keyboard.up('Control')
  }

  /** Clicks the middle of `quote` inside the n-th occurrence of `passage`. */
  async clickWithin(passage: string, quote: string, occurrence = 0): Promise<void> {
    const at = await this.locate(quote, passage, occurrence)
    await this.page.mouse.click(at.middle.x, at.middle.y)
  }

  /** Tags the selection (or retags, when the palette was opened for it) with the palette's keys: `e`, `s`. */
  async tagWithKeys(...keys: string[]): Promise<void> {
    await expect(this.palette).toBeVisible()
    for (const key of keys) await this.page.keyboard.press(key)
    await expect(this.palette).toBeHidden()
  }

  /** Accepts the offer, made after tagging, to tag every other occurrence of the same words alike. */
  async tagAllOtherOccurrences(): Promise<void> {
    await expect(this.tagAllPanel).toBeVisible()
    await this.page.getByTestId('tag-all-accept').click()
    await expect(this.tagAllPanel).toBeHidden()
  }

  /** Selects the annotation whose list row reads `LABEL quote` (e.g. `COMMITMENT La Chine est…`). */
  async selectAnnotationInList(label: string, quote: string): Promise<void> {
    const row = this.page
      .getByTestId('annotation-row')
      .filter({ has: this.page.locator('.label', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) })
      .filter({ has: this.page.locator('.quote', { hasText: quote }) })
    await row.first().click()
    await expect(row.first()).toHaveAttribute('aria-selected', 'true')
  }

  /** Chooses a value of an attribute of the selected annotation (`kind`, `domain`, …) by its id. */
  async setAttribute(attribute: string, value: string): Promise<void> {
    await this.page.getByTestId(`details-${attribute}`).selectOption(value)
    await expect(this.page.getByTestId(`details-${attribute}`)).toHaveValue(value)
  }

  /** The value id of an attribute of the selected annotation ('' when unset). */
  attributeValue(attribute: string): Locator {
    return this.page.getByTestId(`details-${attribute}`)
  }

  /**
   * Fills a role of the selected annotation with annotations already in the text: for each one, presses
   * the role's "Pick in text" and clicks it (given as `{ passage, quote }` to find the right occurrence).
   */
  async fillRole(role: string, ...fillers: { passage: string; quote: string }[]): Promise<void> {
    for (const filler of fillers) {
      const before = await this.roleFillers(role).count()
      await this.page.getByTestId(`pick-${role}`).click()
      await expect(this.page.getByTestId('pick-banner')).toBeVisible()
      await this.clickWithin(filler.passage, filler.quote)
      await expect(this.page.getByTestId('pick-banner')).toBeHidden()
      await expect(this.roleFillers(role)).toHaveCount(before + 1)
    }
  }

  /** The filler chips of a role of the selected annotation (`ENTITY:STATE « la Chine »×`). */
  roleFillers(role: string): Locator {
    return this.page.getByTestId(`role-${role}`).getByTestId('role-filler')
  }

  /** In the menu that a click where annotations overlap opens, chooses the one with this label. */
  async chooseOverlapping(label: string): Promise<void> {
    const picker = this.page.getByTestId('overlap-picker')
    await expect(picker).toBeVisible()
    await picker
      .getByRole('menuitemradio')
      .filter({ has: this.page.locator('.label', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) })
      .click()
    await expect(picker).toBeHidden()
  }

  // Preferences: the UI language and the size of the document text.

  /** Opens Preferences… from the title bar. */
  async openPreferences(): Promise<Locator> {
    await this.page.getByTestId('open-preferences').click()
    const dialog = this.page.getByTestId('preferences-dialog')
    await expect(dialog).toBeVisible()
    return dialog
  }

  /** Chooses the UI language in Preferences and waits until the window speaks it, then closes the dialog. */
  async chooseLanguage(language: 'en' | 'fr'): Promise<void> {
    const dialog = await this.openPreferences()
    await dialog.getByTestId(`language-${language}`).check()
    await expect(this.page.locator('html')).toHaveAttribute('lang', language)
    await dialog.getByTestId('preferences-close').click()
    await expect(dialog).toBeHidden()
  }

  /** The document text's computed font size, in CSS pixels. */
  textFontSize(): Promise<number> {
    return this.text.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  }

  /** The text's selection as the browser holds it (what keyboard selection has reached). */
  selectionText(): Promise<string> {
    return this.page.evaluate(() => window.getSelection()?.toString() ?? '')
  }

  // Sources: texts from files (.txt, .md, .docx, .html) and whole folders.

  /** Opens text files with the picker of Open text… (the last one opens). */
  async openTextFiles(...paths: string[]): Promise<void> {
    await this.page.getByTestId('file-input').setInputFiles(paths)
  }

  /** Imports a folder with the document list's "Import folder…" and its folder picker; returns the summary. */
  async importFolder(path: string): Promise<Locator> {
    const chooser = this.page.waitForEvent('filechooser')
    await this.page.getByTestId('import-folder').click()
    await (await chooser).setFiles(path)
    const summary = this.page.getByTestId('folder-import-summary')
    await expect(summary).toBeVisible()
    return summary
  }

  /** The files the folder import's summary lists as skipped, each as `path — reason`. */
  skippedFiles(): Promise<string[]> {
    return this.page.getByTestId('folder-import-skipped').allInnerTexts()
  }

  /** The open document's text as the view shows it: its paragraphs, one a line. */
  shownText(): Promise<string> {
    return this.text.evaluate((root) =>
      [...root.querySelectorAll('p')].map((p) => p.textContent ?? '').join('\n'),
    )
  }

  // Review: colleagues' sets imported, compared and settled into the curated set.

  /**
   * Imports annotation files through Import… (`annotator`: whose they are when the files do not say), and
   * returns what the dialog said it imported.
   */
  async importAnnotationFiles(paths: string[], annotator?: string): Promise<string> {
    await this.page.getByTestId('open-import').click()
    await this.page.getByTestId('import-files').setInputFiles(paths)
    if (annotator) await this.page.getByTestId('import-annotator').fill(annotator)
    await this.page.getByTestId('import-run').click()
    const done = this.page.getByTestId('import-done')
    await expect(done).toBeVisible()
    const said = await done.innerText()
    const dialog = this.page.getByTestId('import-dialog')
    await dialog.getByRole('button').last().click()
    await expect(dialog).toBeHidden()
    return said
  }

  get review(): Locator {
    return this.page.getByTestId('review-view')
  }

  /** The item in hand in review mode (its kind, text and candidates). */
  get reviewCurrent(): Locator {
    return this.page.getByTestId('review-current')
  }

  /** Enters review mode with the `r` key, checks that exactly these annotators are ticked, and starts. */
  async startReview(annotators: string[]): Promise<void> {
    await this.page.keyboard.press('r')
    const chooser = this.page.getByTestId('review-chooser')
    await expect(chooser).toBeVisible()
    const boxes = chooser.getByTestId('review-annotator')
    await expect(boxes.first()).toBeVisible()
    for (const box of await boxes.all()) {
      const name = await box.getAttribute('value')
      if (annotators.includes(name ?? '')) await expect(box).toBeChecked()
      else await expect(box).not.toBeChecked()
    }
    await this.page.keyboard.press('Enter')
    await expect(chooser).toBeHidden()
    await expect(this.review).toBeVisible()
  }

  /** The text of every range painted as a kind of review item (`label`, `decided`, …), in document order. */
  reviewPainted(kind: string): Promise<string[]> {
    return this.page.evaluate((name) => {
      const highlight = CSS.highlights.get(`parley-review-${name}`) as Iterable<Range> | undefined
      const ranges = highlight ? [...highlight] : []
      return ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b)).map((r) => r.toString())
    }, kind)
  }

  /** Checks that the item in hand shows this text, then presses the keys that decide it. */
  async decide(expected: string, ...keys: string[]): Promise<void> {
    await expect(this.reviewCurrent).toContainText(expected)
    for (const key of keys) await this.page.keyboard.press(key)
  }

  /** Exports only the chosen formats of the open document, every annotator; returns the folder written. */
  async exportOpenDocument(formats: string[]): Promise<string> {
    await this.page.getByTestId('open-export').click()
    for (const id of ['parley-json', 'jsonl', 'brat', 'conll', 'w3c', 'csv']) {
      const box = this.page.getByTestId(`format-${id}`)
      if (formats.includes(id)) await box.check()
      else await box.uncheck()
    }
    await this.page.getByTestId('export-run').click()
    const done = this.page.getByTestId('export-done')
    await expect(done).toBeVisible()
    const folder = (await done.locator('code').textContent()) ?? ''
    await this.page.getByTestId('export-dialog').getByRole('button').last().click()
    return folder
  }

  // Recovery: a damaged annotation file, the versions Parley kept of it, an earlier version.

  get recoveryDialog(): Locator {
    return this.page.getByTestId('recovery-dialog')
  }

  /** The kept versions the recovery dialog lists, newest first, each as the dialog writes it. */
  keptVersions(): Promise<string[]> {
    return this.recoveryDialog.getByTestId('recovery-backup').allInnerTexts()
  }

  /** Shows the kept versions of a damaged set (its recovery dialog first says where the file breaks). */
  async showKeptVersions(): Promise<void> {
    await this.page.getByTestId('recovery-show-backups').click()
    await expect(this.recoveryDialog.getByTestId('recovery-backup').first()).toBeVisible()
  }

  /** Restores the n-th kept version listed (newest first); `confirm` for a healthy set, which asks first. */
  async restoreKeptVersion(index: number, options: { confirm?: boolean } = {}): Promise<void> {
    await this.recoveryDialog.getByTestId('recovery-backup').nth(index).locator('input').check()
    await this.page.getByTestId('recovery-restore').click()
    if (options.confirm) {
      await expect(this.page.getByTestId('recovery-confirmation')).toBeVisible()
      await this.page.getByTestId('recovery-restore').click()
    }
    await expect(this.recoveryDialog).toBeHidden()
  }

  /** Where `quote` sits on screen (first, middle and last character), after scrolling it into view. */
  private async locate(
    quote: string,
    passage: string,
    occurrence: number,
  ): Promise<Record<'first' | 'middle' | 'last', { x: number; y: number }>> {
    const found = await this.text.evaluate(
      (root, [q, context, n]) => {
        let seen = 0
        for (const p of root.querySelectorAll('p')) {
          const node = p.firstChild
          const text = node?.textContent ?? ''
          let at = text.indexOf(context)
          while (node && at >= 0) {
            const inside = text.indexOf(q, at)
            if (seen++ === n && inside >= 0 && inside + q.length <= at + context.length) {
              const box = (from: number) => {
                const range = new Range()
                range.setStart(node, from)
                range.setEnd(node, from + 1)
                return range.getBoundingClientRect()
              }
              // Bring the words themselves to the middle of the text pane (a paragraph may be taller).
              const scroller = root.parentElement!
              const pane = scroller.getBoundingClientRect()
              scroller.scrollTop += box(inside).top - (pane.top + pane.height / 2)
              const a = box(inside)
              const m = box(inside + Math.floor(q.length / 2))
              const b = box(inside + q.length - 1)
              return {
                first: { x: a.left + 1, y: a.top + a.height / 2 },
                middle: { x: m.left + m.width / 2, y: m.top + m.height / 2 },
                last: { x: b.right - 1, y: b.top + b.height / 2 },
              }
            }
            at = text.indexOf(context, at + 1)
          }
        }
        return null
      },
      [quote, passage, occurrence] as const,
    )
    if (!found)
      throw new Error(`« ${quote} » in « ${passage} » (occurrence ${occurrence}) is not in the text`)
    return found
  }
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
