// The editing state of the open document: its annotations in document order, the selected one, and every
// change to them. Each change goes through `apply`, which records its inverse for undo (a bulk change is
// one step), updates the state at once and queues the save. A document may be shown before all of its
// annotations have arrived (`AnnotationEditing.loading`, then `finishLoading`): the text is laid out and
// painted with the first of them meanwhile, and nothing can be changed until the whole set is there.
import type { Annotation, AnnotationChange, Fragment, RoleFiller } from '@shared/model/annotation'
import { quoteAt } from '@shared/model/quote'
import { TYPE_ATTRIBUTE } from '@shared/model/tag-schema'
import { applyChanges, sortedAnnotations, type SortedAnnotations } from '@shared/editing/sorted-annotations'
import { invertChanges } from '@shared/editing/invert-changes'
import { UndoHistory } from '@shared/editing/undo-history'
import { asCodePoint, type CodePointOffset } from '@shared/text/offsets'
import type { DocumentModel } from './document-model'
import type { SaveQueue } from './save-queue'
import { createStore, type Store } from './store'

export interface EditingState {
  readonly annotations: SortedAnnotations
  readonly selectedId: string | null
  /** Bumped on every undo/redo-relevant change, so menus can refresh their labels. */
  readonly revision: number
  /** Set when a selection made elsewhere (the list, next/previous) should scroll the text to it. */
  readonly reveal: { readonly id: string; readonly n: number } | null
  /** True while the text is shown and the rest of its annotations is still arriving: no change is taken. */
  readonly loading: boolean
}

/** A set other than the analyst's own: the curated set (editable) or a colleague's (read only). */
export interface OpenSet {
  readonly name: string
  readonly readOnly: boolean
}

export interface NewSpan {
  readonly start: CodePointOffset
  readonly end: CodePointOffset
}

export class AnnotationEditing {
  readonly state: Store<EditingState>
  private undoHistory: UndoHistory<AnnotationChange>

  constructor(
    readonly document: DocumentModel,
    annotations: readonly Annotation[],
    private readonly author: string,
    private readonly saves: SaveQueue,
    /** Null for the analyst's own set. */
    readonly openSet: OpenSet | null = null,
    /** The document's history kept from an earlier visit (kept-histories.ts), or a new one. */
    history = new UndoHistory<AnnotationChange>(),
    loading = false,
  ) {
    this.undoHistory = history
    this.state = createStore<EditingState>({
      annotations: sortedAnnotations(annotations),
      selectedId: null,
      revision: 0,
      reveal: null,
      loading,
    })
  }

  /**
   * A document shown while the rest of its annotations is still arriving (see `finishLoading`), with those
   * already in: the first part of an opening, which holds all that a view of the text's beginning shows.
   */
  static loading(
    document: DocumentModel,
    annotations: readonly Annotation[],
    author: string,
    saves: SaveQueue,
    openSet: OpenSet | null,
  ) {
    return new AnnotationEditing(document, annotations, author, saves, openSet, undefined, true)
  }

  get history(): UndoHistory<AnnotationChange> {
    return this.undoHistory
  }

  /** The annotations have arrived: they are shown, and changes are taken from now on. */
  finishLoading(annotations: readonly Annotation[], history?: UndoHistory<AnnotationChange>): void {
    if (!this.state.get().loading) throw new Error('finishLoading: this set is not loading')
    if (history) this.undoHistory = history
    this.state.set((s) => ({
      ...s,
      annotations: sortedAnnotations(annotations),
      revision: s.revision + 1,
      loading: false,
    }))
  }

  /** Whether changes are refused: a colleague's set, or one whose annotations have not arrived yet. */
  private get locked(): boolean {
    return this.openSet?.readOnly === true || this.state.get().loading
  }

  get selected(): Annotation | null {
    const { selectedId, annotations } = this.state.get()
    return selectedId ? (annotations.byId.get(selectedId) ?? null) : null
  }

  /** Applies changes as one undoable step. */
  apply(label: string, changes: readonly AnnotationChange[], selectId?: string | null): void {
    if (changes.length === 0 || this.locked) return
    const backward = invertChanges(this.state.get().annotations.byId, changes)
    this.history.record({ label, forward: [...changes], backward })
    this.commit(changes, selectId)
  }

  undo(): string | null {
    if (this.locked) return null
    const step = this.history.undo()
    if (!step) return null
    this.commit(step.backward, this.firstPut(step.backward))
    return step.label
  }

  redo(): string | null {
    if (this.locked) return null
    const step = this.history.redo()
    if (!step) return null
    this.commit(step.forward, this.firstPut(step.forward))
    return step.label
  }

  create(label: string, type: string | undefined, spans: readonly NewSpan[]): Annotation | null {
    const annotation = this.build(label, type, spans)
    if (!annotation) return null
    this.apply(`Tag ${type ? `${label}:${type}` : label}`, [{ op: 'put', annotation }], annotation.id)
    return annotation
  }

  /** Tags many spans at once (tag all occurrences): one undo step. */
  createMany(label: string, type: string | undefined, spans: readonly NewSpan[]): number {
    const created = spans.flatMap((s) => this.build(label, type, [s]) ?? [])
    this.apply(
      `Tag ${created.length} occurrences`,
      created.map((annotation) => ({ op: 'put' as const, annotation })),
    )
    return created.length
  }

  /** Creates an annotation and fills a role of another with it, as one step (creating an entity on the spot). */
  createForRole(
    parentId: string,
    role: string,
    multiple: boolean,
    label: string,
    type: string | undefined,
    span: NewSpan,
  ): void {
    const parent = this.state.get().annotations.byId.get(parentId)
    const created = this.build(label, type, [span])
    if (!parent || !created) return
    const fillers = multiple ? [...(parent.roles[role] ?? []), { ref: created.id }] : [{ ref: created.id }]
    const updated: Annotation = {
      ...parent,
      roles: { ...parent.roles, [role]: fillers },
      modified: created.created,
    }
    this.apply(
      `Fill ${role}`,
      [
        { op: 'put', annotation: created },
        { op: 'put', annotation: updated },
      ],
      parentId,
    )
  }

  /** Fills a role with an existing annotation (appended where several are allowed). */
  fillRole(parentId: string, role: string, multiple: boolean, fillerId: string): void {
    const parent = this.state.get().annotations.byId.get(parentId)
    if (!parent || parentId === fillerId) return
    const current = parent.roles[role] ?? []
    if (current.some((f) => 'ref' in f && f.ref === fillerId)) return
    this.setRole(parentId, role, multiple ? [...current, { ref: fillerId }] : [{ ref: fillerId }])
  }

  retag(id: string, label: string, type: string | undefined): void {
    const a = this.state.get().annotations.byId.get(id)
    if (!a) return
    const attributes = { ...a.attributes }
    if (type) attributes[TYPE_ATTRIBUTE] = type
    else delete attributes[TYPE_ATTRIBUTE]
    const roles = label === a.label ? a.roles : {}
    this.update('Change label', a, { label, attributes, roles })
  }

  setAttribute(id: string, attribute: string, value: string | null): void {
    const a = this.state.get().annotations.byId.get(id)
    if (!a || (a.attributes[attribute] ?? null) === value) return
    const attributes = { ...a.attributes }
    if (value === null || value === '') delete attributes[attribute]
    else attributes[attribute] = value
    this.update(`Set ${attribute}`, a, { attributes })
  }

  setRole(id: string, role: string, fillers: readonly RoleFiller[]): void {
    const a = this.state.get().annotations.byId.get(id)
    if (!a) return
    const roles: Record<string, readonly RoleFiller[]> = { ...a.roles }
    if (fillers.length === 0) delete roles[role]
    else roles[role] = fillers
    this.update(`Set ${role}`, a, { roles })
  }

  setNote(id: string, note: string): void {
    const a = this.state.get().annotations.byId.get(id)
    if (a && a.note !== note) this.update('Edit note', a, { note })
  }

  /** Adds a piece to a span, making it discontinuous (as brat and MAE allow). */
  addFragment(id: string, span: NewSpan): void {
    const a = this.state.get().annotations.byId.get(id)
    if (!a) return
    const pieces = mergeFragments([...(a.fragments ?? [{ start: a.start, end: a.end }]), span])
    const start = pieces[0]!.start
    const end = pieces[pieces.length - 1]!.end
    const quote = quoteAt(this.document.text, this.document.index, start, end)
    this.update('Add fragment', a, { start, end, quote, fragments: pieces.length > 1 ? pieces : undefined })
  }

  /** Removes an annotation, and every role that pointed to it, as one step. */
  remove(id: string): void {
    const { annotations } = this.state.get()
    if (!annotations.byId.has(id)) return
    const changes: AnnotationChange[] = [{ op: 'delete', id }]
    for (const other of annotations.list) {
      if (!refersTo(other, id)) continue
      const roles = Object.entries(other.roles)
      const kept = Object.fromEntries(
        roles
          .map(([role, fillers]) => [role, fillers.filter((f) => !('ref' in f) || f.ref !== id)] as const)
          .filter(([, f]) => f.length > 0),
      )
      changes.push({ op: 'put', annotation: { ...other, roles: kept, modified: new Date().toISOString() } })
    }
    this.apply('Delete', changes, null)
  }

  select(id: string | null, reveal = false): void {
    this.state.set((s) => {
      if (!reveal) return s.selectedId === id ? s : { ...s, selectedId: id }
      return { ...s, selectedId: id, reveal: id ? { id, n: (s.reveal?.n ?? 0) + 1 } : s.reveal }
    })
  }

  /** Selects the next (1) or previous (-1) annotation in document order and scrolls to it. */
  step(direction: 1 | -1): void {
    const { annotations, selectedId } = this.state.get()
    const list = annotations.list
    if (list.length === 0) return
    const current = selectedId ? list.findIndex((a) => a.id === selectedId) : -1
    const next =
      current < 0 ? (direction > 0 ? 0 : list.length - 1) : (current + direction + list.length) % list.length
    this.select(list[next]!.id, true)
  }

  private update(label: string, a: Annotation, patch: Partial<Annotation>): void {
    const annotation: Annotation = { ...a, ...patch, modified: new Date().toISOString() }
    if (patch.fragments === undefined && 'fragments' in patch)
      delete (annotation as { fragments?: unknown }).fragments
    this.apply(label, [{ op: 'put', annotation }], a.id)
  }

  private build(label: string, type: string | undefined, spans: readonly NewSpan[]): Annotation | null {
    const pieces = mergeFragments(spans)
    if (pieces.length === 0 || this.locked) return null
    const start = pieces[0]!.start
    const end = pieces[pieces.length - 1]!.end
    const now = new Date().toISOString()
    return {
      id: crypto.randomUUID(),
      label,
      start,
      end,
      ...(pieces.length > 1 ? { fragments: pieces } : {}),
      quote: quoteAt(this.document.text, this.document.index, start, end),
      attributes: type ? { [TYPE_ATTRIBUTE]: type } : {},
      roles: {},
      note: '',
      author: this.author,
      created: now,
      modified: now,
    }
  }

  private commit(changes: readonly AnnotationChange[], selectId?: string | null): void {
    this.state.set((s) => ({
      ...s,
      annotations: applyChanges(s.annotations, changes),
      selectedId: selectId === undefined ? s.selectedId : selectId,
      revision: s.revision + 1,
    }))
    this.saves.enqueue(this.document.meta.id, [...changes], this.openSet?.name)
  }

  private firstPut(changes: readonly AnnotationChange[]): string | null {
    for (const c of changes) if (c.op === 'put') return c.annotation.id
    return null
  }
}

/** Whether a role of `a` is filled by `id`; allocates nothing, as it runs over every annotation. */
function refersTo(a: Annotation, id: string): boolean {
  for (const role in a.roles) {
    const fillers = a.roles[role]
    if (fillers) for (const f of fillers) if ('ref' in f && f.ref === id) return true
  }
  return false
}

/** Sorts pieces and merges those that touch or overlap. */
export function mergeFragments(spans: readonly NewSpan[]): Fragment[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start)
  const merged: Fragment[] = []
  for (const s of sorted) {
    const last = merged[merged.length - 1]
    if (last && s.start <= last.end)
      merged[merged.length - 1] = { start: last.start, end: asCodePoint(Math.max(last.end, s.end)) }
    else merged.push({ start: s.start, end: s.end })
  }
  return merged
}
