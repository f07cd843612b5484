// A review in progress for one document: the chosen colleagues' sets compared into review items, the
// curated set and its decision log as they stand, the queue of what still needs a decision and the item
// in hand. Every decision is one undoable step (Ctrl/Cmd+Z, `u`; redo with Ctrl+Shift+Z or Ctrl+Y), applied
// here at once and saved in order by CurationSaves. Agreed items are accepted on open when the reviewer
// wants it; that automatic step is saved but is not on the undo stack (the switch turns it off).
import type { Api, OpenedReview, ReviewRequest } from '@shared/ipc/contract'
import { UndoHistory } from '@shared/editing/undo-history'
import { applyAnnotationChanges, type Annotation } from '@shared/model/annotation'
import {
  acceptAgreed,
  decideItem,
  decisionsByItem,
  reviewQueue,
  undoDecision,
  type CurationChoice,
  type CurationContext,
  type CurationEdit,
} from '@shared/review/curation'
import { applyDecisionChanges } from '@shared/review/decision-log'
import { diffAnnotationSets } from '@shared/review/diff-sets'
import type { CurationDecision, ReviewItem, ReviewKind } from '@shared/review/review-types'
import { ok, type Result } from '@shared/result'
import { createDocumentModel, type DocumentModel } from './document-model'
import { startDraft, type EditDraft } from './review-draft'
import { CurationSaves } from './review-saves'
import { createStore, type Store } from './store'

type CurationStep = CurationEdit['forward']

export interface ReviewState {
  readonly curated: readonly Annotation[]
  readonly decisions: readonly CurationDecision[]
  /** The decision on each decided item, by item key. */
  readonly decided: ReadonlyMap<string, CurationDecision>
  /** What still needs a decision, in document order. */
  readonly queue: readonly ReviewItem[]
  /** How many items need a decision at all: the queue's length before anything was decided. */
  readonly toDecide: number
  readonly currentKey: string | null
  /** The candidate being edited before it is accepted. */
  readonly draft: EditDraft | null
  readonly autoAcceptAgreed: boolean
}

export interface ReviewOptions {
  /** Who decides (the session's annotator). */
  readonly curator: string
  readonly autoAcceptAgreed: boolean
  readonly now?: () => string
  readonly newId?: () => string
  /** How long a failed save waits before it is tried again. */
  readonly retryMs?: number
}

export type ReviewApi = Pick<Api, 'openReview' | 'saveCuration'>

type Focus = { readonly on: string | null } | { readonly after: ReviewItem } | 'keep'

export class ReviewSession {
  readonly document: DocumentModel
  readonly annotators: readonly string[]
  readonly items: readonly ReviewItem[]
  readonly counts: Readonly<Record<ReviewKind, number>>
  readonly state: Store<ReviewState>
  readonly saves: CurationSaves
  readonly history = new UndoHistory<CurationStep>()
  private readonly itemIndex: ReadonlyMap<string, number>

  static async open(
    api: ReviewApi,
    request: ReviewRequest,
    options: ReviewOptions,
  ): Promise<Result<ReviewSession>> {
    const opened = await api.openReview(request)
    return opened.ok ? ok(new ReviewSession(api, opened.value, options)) : opened
  }

  constructor(
    api: Pick<Api, 'saveCuration'>,
    opened: OpenedReview,
    private readonly options: ReviewOptions,
  ) {
    this.document = createDocumentModel(opened.meta, opened.text)
    this.annotators = opened.sets.map((s) => s.annotator)
    this.items = diffAnnotationSets(opened.sets)
    this.itemIndex = new Map(this.items.map((item, i) => [item.key, i]))
    const counts: Record<ReviewKind, number> = { agreed: 0, label: 0, boundary: 0, single: 0 }
    for (const item of this.items) counts[item.kind]++
    this.counts = counts
    this.saves = new CurationSaves(api, options.retryMs)
    this.state = createStore(
      this.derive(
        {
          curated: opened.curated,
          decisions: opened.decisions,
          currentKey: null,
          draft: null,
          autoAcceptAgreed: options.autoAcceptAgreed,
        },
        { on: null },
      ),
    )
    if (options.autoAcceptAgreed) this.acceptAgreedItems()
    this.state.set((s) => ({ ...s, currentKey: s.queue[0]?.key ?? null }))
  }

  get documentId(): string {
    return this.document.meta.id
  }

  item(key: string | null): ReviewItem | null {
    const i = key === null ? undefined : this.itemIndex.get(key)
    return i === undefined ? null : (this.items[i] ?? null)
  }

  get current(): ReviewItem | null {
    return this.item(this.state.get().currentKey)
  }

  /** Makes an item the one in hand (from the queue, or clicked in the text, decided or not). */
  select(key: string | null): void {
    this.state.set((s) => (s.currentKey === key && !s.draft ? s : { ...s, currentKey: key, draft: null }))
  }

  /** The next (1) or previous (-1) item of the queue in document order; stays at either end. */
  step(direction: 1 | -1): void {
    const { queue, currentKey } = this.state.get()
    const at = currentKey === null ? (direction > 0 ? -1 : Infinity) : this.indexOf(currentKey)
    const next =
      direction > 0
        ? queue.find((item) => this.indexOf(item.key) > at)
        : queue.findLast((item) => this.indexOf(item.key) < at)
    if (next) this.select(next.key)
  }

  /** Decides the item in hand and moves on to the next one that needs a decision. */
  decide(choice: CurationChoice): boolean {
    const item = this.current
    if (!item) return false
    if (choice.kind === 'accept' && !item.candidates.some((c) => c.annotator === choice.annotator))
      return false
    this.record(choice.kind, decideItem(item, choice, this.context()), { after: item })
    return true
  }

  /** Takes back the decision on an item: its curated annotations go, and it returns to the queue. */
  takeBack(itemKey: string): void {
    const edit = undoDecision(itemKey, this.context())
    if (edit) this.record('take-back', edit, { on: itemKey })
  }

  undo(): boolean {
    const step = this.history.undo()
    const inverse = step?.backward[0]
    if (!step || !inverse) return false
    this.apply(inverse, { on: itemKeyOf(step.forward[0]) })
    return true
  }

  redo(): boolean {
    const step = this.history.redo()
    const forward = step?.forward[0]
    if (!forward) return false
    const item = this.item(itemKeyOf(forward))
    this.apply(forward, item ? { after: item } : 'keep')
    return true
  }

  /** Turns the automatic acceptance of agreed items on (accepting those not decided yet) or off. */
  setAutoAcceptAgreed(on: boolean): void {
    this.state.set((s) => this.derive({ ...s, autoAcceptAgreed: on }, 'keep'))
    if (on) this.acceptAgreedItems()
  }

  startEdit(annotator?: string): void {
    const item = this.current
    const draft = item && startDraft(item, annotator)
    if (draft) this.state.set((s) => ({ ...s, draft }))
  }

  updateDraft(change: (draft: EditDraft) => EditDraft): void {
    this.state.set((s) => (s.draft ? { ...s, draft: change(s.draft) } : s))
  }

  cancelEdit(): void {
    this.state.set((s) => (s.draft ? { ...s, draft: null } : s))
  }

  acceptEdit(): boolean {
    const draft = this.state.get().draft
    if (!draft) return false
    this.state.set((s) => ({ ...s, draft: null }))
    return this.decide({ kind: 'edit', annotation: draft.annotation, from: draft.from })
  }

  private acceptAgreedItems(): void {
    const edit = acceptAgreed(this.items, this.context())
    if (edit) this.apply(edit.forward, 'keep')
  }

  private record(label: string, edit: CurationEdit, focus: Focus): void {
    this.history.record({ label, forward: [edit.forward], backward: [edit.inverse] })
    this.apply(edit.forward, focus)
  }

  private apply(step: CurationStep, focus: Focus): void {
    this.state.set((s) =>
      this.derive(
        {
          ...s,
          curated: applyAnnotationChanges(s.curated, step.changes),
          decisions: applyDecisionChanges(s.decisions, step.decisions),
          draft: null,
        },
        focus,
      ),
    )
    this.saves.enqueue({ documentId: this.documentId, changes: step.changes, decisions: step.decisions })
  }

  /** Recomputes the queue and what follows from it, and places the item in hand. */
  private derive(
    s: Omit<ReviewState, 'decided' | 'queue' | 'toDecide'> & Partial<ReviewState>,
    focus: Focus,
  ): ReviewState {
    const options = { autoAcceptAgreed: s.autoAcceptAgreed }
    const queue = reviewQueue(this.items, s.decisions, options)
    let currentKey = s.currentKey
    if (focus !== 'keep' && 'on' in focus) currentKey = focus.on
    else if (focus !== 'keep') {
      const at = this.indexOf(focus.after.key)
      currentKey = (queue.find((item) => this.indexOf(item.key) > at) ?? queue[0])?.key ?? null
    }
    return {
      curated: s.curated,
      decisions: s.decisions,
      decided: decisionsByItem(s.decisions),
      queue,
      toDecide: reviewQueue(this.items, [], options).length,
      currentKey,
      draft: s.draft ?? null,
      autoAcceptAgreed: s.autoAcceptAgreed,
    }
  }

  private context(): CurationContext {
    const { curated, decisions } = this.state.get()
    return {
      curator: this.options.curator,
      now: this.options.now?.() ?? new Date().toISOString(),
      newId: this.options.newId ?? (() => crypto.randomUUID()),
      curated,
      decisions,
    }
  }

  private indexOf(key: string): number {
    return this.itemIndex.get(key) ?? -1
  }
}

/** The item a step decided (or took back): the first decision it changes. */
function itemKeyOf(step: CurationStep | undefined): string | null {
  const change = step?.decisions[0]
  if (!change) return null
  return change.op === 'put' ? change.decision.itemKey : change.itemKey
}
