// The offer to restore an annotation set from one of its backups (RELIABILITY.md 4 and 12): for a file that
// cannot be read, it says where the file breaks and, on "Restore a backup…", lists the kept versions; for a
// healthy set (File › Restore an earlier version…) it lists them at once and asks for a confirmation, since
// the current work is replaced (kept aside by the services, never deleted). "Leave it" writes nothing.
import type { AnnotationBackup, Api, RestoredDocument } from '@shared/ipc/contract'
import type { RecoveryRequest } from '../../state/app-controller'
import { createStore, type Store } from '../../state/store'

export type RecoveryProblem =
  /** Edits of this set are still waiting to be saved: restoring now would lose or misplace them. */
  | { readonly kind: 'unsaved' }
  /** The services refused (the backups could not be listed, or the restore failed): their message. */
  | { readonly kind: 'refused'; readonly message: string }

export interface RecoveryView {
  readonly request: RecoveryRequest
  /** Newest first; null while they are being listed. */
  readonly backups: readonly AnnotationBackup[] | null
  /** The list is shown: at once for a healthy set, after "Restore a backup…" for a damaged one. */
  readonly listing: boolean
  readonly chosen: string | null
  /** A healthy set: the analyst is asked to confirm that her current annotations will be replaced. */
  readonly confirming: boolean
  readonly busy: boolean
  readonly problem: RecoveryProblem | null
}

export interface RecoveryHooks {
  /** True while changes of the request's document are still waiting to be saved. */
  hasUnsaved(request: RecoveryRequest): boolean
  /** The set came back from `backup`: the window shows it (and where the replaced file was kept). */
  restored(document: RestoredDocument, request: RecoveryRequest, backup: AnnotationBackup): void
}

/** A backup that still parses can be chosen; one that no longer does is listed only. */
export const isChoosable = (backup: AnnotationBackup): boolean => backup.annotations !== null

export class RecoveryOffer {
  readonly view = createStore<RecoveryView | null>(null)

  constructor(
    private readonly api: Pick<Api, 'annotationBackups' | 'restoreAnnotationBackup'>,
    private readonly requests: Store<RecoveryRequest | null>,
    private readonly hooks: RecoveryHooks,
  ) {}

  /** Answers each request (one already waiting included); returns the unsubscribe function. */
  connect(): () => void {
    const answer = (): void => {
      const request = this.requests.get()
      if (request && request !== this.view.get()?.request) void this.open(request)
    }
    answer()
    return this.requests.subscribe(answer)
  }

  private async open(request: RecoveryRequest): Promise<void> {
    this.view.set({
      request,
      backups: null,
      listing: request.damage === null,
      chosen: null,
      confirming: false,
      busy: false,
      problem: null,
    })
    const { documentId, set } = request
    const listed = await (set === undefined
      ? this.api.annotationBackups(documentId)
      : this.api.annotationBackups(documentId, set))
    this.patch(request, (v) =>
      listed.ok
        ? { ...v, backups: listed.value, chosen: listed.value.find(isChoosable)?.name ?? null }
        : { ...v, backups: [], problem: { kind: 'refused', message: listed.error.message } },
    )
  }

  /** "Restore a backup…" on a damaged set: shows the kept versions. */
  showBackups(): void {
    this.update((v) => ({ ...v, listing: true }))
  }

  choose(name: string): void {
    this.update((v) =>
      v.backups?.some((b) => b.name === name && isChoosable(b))
        ? { ...v, chosen: name, confirming: false, problem: null }
        : v,
    )
  }

  /** Restores the chosen backup; for a healthy set the first call asks for the confirmation instead. */
  async restore(): Promise<void> {
    const view = this.view.get()
    if (!view?.chosen || view.busy) return
    if (view.request.damage === null && !view.confirming)
      return this.update((v) => ({ ...v, confirming: true }))
    if (this.hooks.hasUnsaved(view.request))
      return this.update((v) => ({ ...v, problem: { kind: 'unsaved' } }))
    const { request, chosen } = view
    const backup = view.backups?.find((b) => b.name === chosen)
    if (!backup) return
    this.update((v) => ({ ...v, busy: true, problem: null }))
    const { documentId, set } = request
    const result = await (set === undefined
      ? this.api.restoreAnnotationBackup(documentId, chosen)
      : this.api.restoreAnnotationBackup(documentId, chosen, set))
    if (!result.ok)
      return this.patch(request, (v) => ({
        ...v,
        busy: false,
        confirming: false,
        problem: { kind: 'refused', message: result.error.message },
      }))
    this.close()
    this.hooks.restored(result.value, request, backup)
  }

  /** Back from the confirmation to the list. */
  cancelConfirmation(): void {
    this.update((v) => ({ ...v, confirming: false }))
  }

  /** "Leave it": nothing is written, the set stays as it is (a damaged one stays closed). */
  leave(): void {
    if (!this.view.get()?.busy) this.close()
  }

  private close(): void {
    this.view.set(null)
    this.requests.set(null)
  }

  private update(change: (view: RecoveryView) => RecoveryView): void {
    this.view.set((v) => (v ? change(v) : v))
  }

  /** Applies an answer only if the offer it belongs to is still the one shown. */
  private patch(request: RecoveryRequest, change: (view: RecoveryView) => RecoveryView): void {
    this.view.set((v) => (v?.request === request ? change(v) : v))
  }
}
