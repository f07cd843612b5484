// Review mode wired into the window: the annotator chooser and the agreement panel (reached from the
// title bar, the `r` key, the menu and the command palette), and the review itself in place of the editor,
// with the cheat sheet and the menu's undo/redo/next/previous routed to it. Features stay apart; this file
// joins them, as Workbench.tsx does for the editor.
import { useEffect, useState } from 'react'
import type { TagSchema } from '@shared/model/tag-schema'
import { CURATED, type Disagreement } from '@shared/review/review-types'
import { api } from './api/api'
import { AgreementPanel } from './features/agreement/AgreementPanel'
import { CheatSheet } from './features/help/CheatSheet'
import { ReviewChooser } from './features/review/ReviewChooser'
import { ReviewView } from './features/review/ReviewView'
import { i18n } from './i18n/i18n'
import type { AppController } from './state/app-controller'
import { loadReviewPreferences } from './state/review-preferences'
import {
  activeReview,
  agreementPanel,
  chooseAnnotators,
  leaveReview,
  reviewMode,
  startReview,
} from './state/review-mode'
import type { ReviewSession } from './state/review-session'
import { useStore } from './state/store'
import { patchUi, ui } from './state/ui-state'

const TYPING = 'input, textarea, select, [contenteditable="true"]'

/** Opens a review (after the one in progress, if any, is saved), reporting a failure in the error banner. */
async function beginReview(
  app: AppController,
  documentId: string,
  annotators: readonly string[],
  at?: { start: number; end: number },
): Promise<void> {
  const curator = app.session.get()?.annotator
  if (!curator) return
  await activeReview()?.saves.flushed()
  if (app.editing.get()?.document.meta.id !== documentId) await app.openDocument(documentId)
  const opened = await startReview(api, { documentId, annotators, curator }, at)
  if (!opened.ok) app.error.set(i18n.t('review:failed', { message: opened.error.message }))
}

/** Leaves review for the curated set in the editor, once every decision is on disk. */
async function openCurated(app: AppController, session: ReviewSession): Promise<void> {
  await session.saves.flushed()
  leaveReview()
  await app.openDocument(session.documentId, CURATED)
}

const openAgreement = (app: AppController): void => {
  const review = activeReview()
  agreementPanel.set({ documentId: review?.documentId ?? app.editing.get()?.document.meta.id ?? null })
}

/** The chooser and the agreement panel, and the ways to open them; mounted for the window's lifetime. */
export function ReviewDialogs({ app }: { app: AppController }) {
  const mode = useStore(reviewMode, (m) => m)
  const agreement = useStore(agreementPanel, (a) => a)
  const [remembered, setRemembered] = useState(() => loadReviewPreferences().annotators)

  useEffect(() => {
    const enter = (): void => {
      const documentId = app.editing.get()?.document.meta.id
      if (documentId && reviewMode.get().kind === 'off') {
        setRemembered(loadReviewPreferences().annotators)
        chooseAnnotators(documentId)
      }
    }
    const stopMenu = app.commandRequests.subscribe(() => {
      const id = app.commandRequests.get()?.id
      if (id === 'review') enter()
      else if (id === 'agreement') openAgreement(app)
    })
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'r' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented)
        return
      if ((event.target as HTMLElement | null)?.closest?.(TYPING)) return
      if (document.querySelector('[aria-modal="true"]') || ui.get().palette) return
      event.preventDefault()
      enter()
    }
    window.addEventListener('keydown', onKey)
    return () => {
      stopMenu()
      window.removeEventListener('keydown', onKey)
    }
  }, [app])

  const title = app.editing.get()?.document.meta.title ?? ''
  return (
    <>
      {mode.kind === 'choosing' && (
        <ReviewChooser
          api={api}
          documentId={mode.documentId}
          title={title}
          remembered={remembered}
          onCancel={leaveReview}
          onStart={(annotators) => void beginReview(app, mode.documentId, annotators)}
        />
      )}
      {agreement && (
        <AgreementPanel
          api={api}
          documentId={agreement.documentId}
          remembered={remembered}
          onClose={() => agreementPanel.set(null)}
          onOpenDisagreement={(d: Disagreement, annotators) => {
            agreementPanel.set(null)
            void beginReview(app, d.documentId, annotators, d)
          }}
        />
      )}
    </>
  )
}

interface ReviewWorkbenchProps {
  readonly app: AppController
  readonly session: ReviewSession
  readonly schema: TagSchema
}

/** The review in place of the editor, with the menu's editing commands and the cheat sheet routed to it. */
export function ReviewWorkbench({ app, session, schema }: ReviewWorkbenchProps) {
  const cheatSheet = useStore(ui, (s) => s.cheatSheet)
  useEffect(
    () =>
      app.commandRequests.subscribe(() => {
        const id = app.commandRequests.get()?.id
        if (id === 'undo') session.undo()
        else if (id === 'redo') session.redo()
        else if (id === 'next') session.step(1)
        else if (id === 'previous') session.step(-1)
        else if (id === 'shortcuts') patchUi({ cheatSheet: !ui.get().cheatSheet })
      }),
    [app, session],
  )
  return (
    <>
      <ReviewView
        session={session}
        schema={schema}
        onLeave={leaveReview}
        onAgreement={() => openAgreement(app)}
        onOpenCurated={() => void openCurated(app, session)}
      />
      {cheatSheet && <CheatSheet schema={schema} onClose={() => patchUi({ cheatSheet: false })} />}
    </>
  )
}
