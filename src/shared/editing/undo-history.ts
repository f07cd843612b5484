// Per-document undo and redo. A step is one user action (one tag, one bulk "tag all occurrences") stored
// as the changes that perform it and the changes that revert it, so undoing or redoing is applying a list
// of changes through the ordinary save path. The history only keeps the steps; the caller applies them.

export interface UndoStep<C> {
  /** What the menu shows: "Undo Tag ENTITY". */
  readonly label: string
  /** The changes that perform the step (applied again on redo). */
  readonly forward: readonly C[]
  /** The changes that revert it, in the order to apply them (applied on undo). */
  readonly backward: readonly C[]
}

export const DEFAULT_UNDO_LIMIT = 500

export class UndoHistory<C> {
  readonly #limit: number
  readonly #done: UndoStep<C>[] = []
  readonly #undone: UndoStep<C>[] = []

  /** Keeps at most `limit` steps to undo; recording past it drops the oldest. */
  constructor(limit: number = DEFAULT_UNDO_LIMIT) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError(`undo limit ${limit} is not a positive integer`)
    this.#limit = limit
  }

  /** Records a step just performed and clears the redo stack. A step without changes is ignored. */
  record(step: UndoStep<C>): void {
    if (step.forward.length === 0 && step.backward.length === 0) return
    this.#done.push(step)
    if (this.#done.length > this.#limit) this.#done.shift()
    this.#undone.length = 0
  }

  /** The step to undo (apply its `backward` changes), moved to the redo stack; null when there is none. */
  undo(): UndoStep<C> | null {
    const step = this.#done.pop()
    if (step === undefined) return null
    this.#undone.push(step)
    return step
  }

  /** The step to redo (apply its `forward` changes), moved back to the undo stack; null when there is none. */
  redo(): UndoStep<C> | null {
    const step = this.#undone.pop()
    if (step === undefined) return null
    this.#done.push(step)
    return step
  }

  /** Forgets every step, e.g. when the document is reloaded from disk. */
  clear(): void {
    this.#done.length = 0
    this.#undone.length = 0
  }

  get canUndo(): boolean {
    return this.#done.length > 0
  }

  get canRedo(): boolean {
    return this.#undone.length > 0
  }

  get undoLabel(): string | null {
    return this.#done.at(-1)?.label ?? null
  }

  get redoLabel(): string | null {
    return this.#undone.at(-1)?.label ?? null
  }

  /** Number of steps that can be undone. */
  get undoDepth(): number {
    return this.#done.length
  }

  /** Number of steps that can be redone. */
  get redoDepth(): number {
    return this.#undone.length
  }
}
