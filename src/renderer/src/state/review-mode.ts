// Whether the window is reviewing, and the review panels around it: choosing annotators for the open
// document, the review in progress (which replaces the editor), and the agreement panel. Opening a review
// remembers the choice and can start at a given place (a disagreement clicked in the agreement panel).
import type { Api } from '@shared/ipc/contract'
import { err, type Result } from '@shared/result'
import { loadReviewPreferences, saveReviewPreferences } from './review-preferences'
import { ReviewSession } from './review-session'
import { createStore } from './store'

export type ReviewMode =
  | { readonly kind: 'off' }
  | { readonly kind: 'choosing'; readonly documentId: string }
  | { readonly kind: 'loading'; readonly documentId: string }
  | { readonly kind: 'reviewing'; readonly session: ReviewSession }

export const reviewMode = createStore<ReviewMode>({ kind: 'off' })

/** The agreement panel, open for one document or (null) the whole workspace. */
export const agreementPanel = createStore<{ readonly documentId: string | null } | null>(null)

export const chooseAnnotators = (documentId: string): void => reviewMode.set({ kind: 'choosing', documentId })

export const leaveReview = (): void => reviewMode.set({ kind: 'off' })

export const activeReview = (): ReviewSession | null => {
  const mode = reviewMode.get()
  return mode.kind === 'reviewing' ? mode.session : null
}

/** Opens a review; `at` (code points) makes the item there, if any, the one in hand. */
export async function startReview(
  api: Pick<Api, 'openReview' | 'saveCuration'>,
  request: { readonly documentId: string; readonly annotators: readonly string[]; readonly curator: string },
  at?: { readonly start: number; readonly end: number },
): Promise<Result<ReviewSession>> {
  const { autoAcceptAgreed } = loadReviewPreferences()
  saveReviewPreferences({ annotators: request.annotators })
  reviewMode.set({ kind: 'loading', documentId: request.documentId })
  let opened: Result<ReviewSession>
  try {
    opened = await ReviewSession.open(
      api,
      { documentId: request.documentId, annotators: request.annotators },
      { curator: request.curator, autoAcceptAgreed },
    )
  } catch (error) {
    opened = err('failed', error instanceof Error ? error.message : String(error))
  }
  if (!opened.ok) {
    reviewMode.set({ kind: 'off' })
    return opened
  }
  const session = opened.value
  if (at) {
    const item =
      session.items.find((i) => i.start === at.start && i.end === at.end) ??
      session.items.find((i) => i.start < at.end && at.start < i.end)
    if (item) session.select(item.key)
  }
  reviewMode.set({ kind: 'reviewing', session })
  return opened
}
