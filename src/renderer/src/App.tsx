// The main window: documents on the left, the open document's workbench, the status bar below. State
// lives in the AppController; this file only lays it out.
import { useEffect, useRef, type ReactNode } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import { api } from './api/api'
import { StatusBar } from './components/StatusBar'
import { AnnotatorDialog } from './features/annotator/AnnotatorDialog'
import { applyHighlightStyles } from './features/document-view/highlight-styles'
import { DocumentList } from './features/documents/DocumentList'
import { AppController } from './state/app-controller'
import { useStore } from './state/store'
import { useFileDrop } from './window-hooks'
import { ExportDialog } from './features/export/ExportDialog'
import { ImportAnnotationsDialog } from './features/import-annotations/ImportAnnotationsDialog'
import { ImportFolder } from './features/import-folder/ImportFolder'
import { SOURCE_ACCEPT } from '@shared/text/source-files'
import { SchemaEditor } from './features/settings/SchemaEditor'
import { useAppliedPreferences } from './features/preferences/apply-preferences'
import { PreferencesDialog } from './features/preferences/PreferencesDialog'
import { patchUi, ui } from './state/ui-state'
import { Workbench } from './Workbench'
import { ReviewButton } from './features/review/ReviewButton'
import { SetChooser } from './features/review/SetChooser'
import { ReviewDialogs, ReviewWorkbench } from './Reviewing'
import { chooseAnnotators, leaveReview, reviewMode } from './state/review-mode'
import { allCommands } from './commands/all-commands'
import { useAppCommands } from './commands/use-app-commands'
import { NoDocument } from './components/EmptyStates'
import { CommandPalette } from './features/command-palette/CommandPalette'
import { FirstRunGuide } from './features/guide/FirstRunGuide'
import { useFirstRunGuide } from './features/guide/use-first-run-guide'
import { GuidelinesPanel } from './features/guidelines/GuidelinesPanel'
import { Recovery } from './features/recovery/Recovery'
import { SaveCopyButton } from './features/recovery/SaveCopyButton'
import { SourceTextChanges } from './features/source-text/SourceTextChanges'

/** One window, one controller. */
const app = new AppController(api)
const onFilesDropped = (files: File[]): void => void app.importFiles(files)

/** The status bar, subscribed to the save status on its own: each edit turns it to "saving", which must
 * not re-render the whole window. */
function LiveStatusBar(props: { annotator: string | null; workspacePath: string; children: ReactNode }) {
  const save = useStore(app.saves.status, (s) => s)
  return <StatusBar {...props} save={save} onChangeAnnotator={() => app.dialog.set('annotator')} />
}

/** `startNotice`: what the recovery screen repaired before the workspace opened (said in the notice bar). */
export function App({ startNotice = null }: { readonly startNotice?: string | null }) {
  const fileInput = useRef<HTMLInputElement>(null)
  const session = useStore(app.session, (s) => s)
  const editing = useStore(app.editing, (e) => e)
  const error = useStore(app.error, (e) => e)
  const notice = useStore(app.notice, (n) => n)
  const dialog = useStore(app.dialog, (d) => d)
  const settingsOpen = useStore(ui, (s) => s.settings)
  const exporting = useStore(ui, (s) => s.exporting)
  const importing = useStore(ui, (s) => s.importing)
  const preferencesOpen = useStore(ui, (s) => s.preferences)
  const { t } = useTranslation()
  const paletteOpen = useStore(ui, (s) => s.commandPalette)
  const guidelinesOpen = useStore(ui, (s) => s.guidelines)
  const commandContext = useAppCommands(app)
  const guide = useFirstRunGuide(app)
  const review = useStore(reviewMode, (m) => m)

  useEffect(() => {
    if (startNotice) app.notice.set(startNotice)
  }, [startNotice])
  useEffect(() => {
    app.start().catch((e: unknown) => app.error.set(e instanceof Error ? e.message : String(e)))
    return app.filePickerRequests.subscribe(() => fileInput.current?.click())
  }, [])
  useEffect(() => {
    if (session) applyHighlightStyles(session.tagSchema)
  }, [session])
  useFileDrop(onFilesDropped)
  useAppliedPreferences(session?.preferences)

  if (!session) return <div className="loading">{t('loading')}</div>
  return (
    <div className="app">
      <header className="title-bar">
        <span className="brand">Parley</span>
        <span className="doc-name" data-testid="open-document-title">
          {editing?.document.meta.title ?? ''}
        </span>
        {editing && session.annotator && review.kind !== 'reviewing' && (
          <SetChooser
            api={api}
            documentId={editing.document.meta.id}
            openSet={editing.openSet?.name ?? null}
            annotator={session.annotator}
            onOpen={(set) => void app.openDocument(editing.document.meta.id, set)}
          />
        )}
        <span className="title-hint">
          <Trans t={t} i18nKey="titleBar.shortcutsHint" components={{ key: <kbd /> }} />
        </span>
        <ReviewButton
          disabled={!editing || review.kind === 'reviewing'}
          onClick={() => editing && chooseAnnotators(editing.document.meta.id)}
        />
        <button
          type="button"
          className="title-button"
          onClick={() => patchUi({ importing: true })}
          data-testid="open-import"
        >
          {t('titleBar.import')}
        </button>
        <button
          type="button"
          className="title-button"
          onClick={() => patchUi({ exporting: true })}
          data-testid="open-export"
        >
          {t('titleBar.export')}
        </button>
        <button
          type="button"
          className="title-button"
          onClick={() => patchUi({ settings: true })}
          data-testid="open-settings"
        >
          {t('titleBar.tagSchema')}
        </button>
        <button
          type="button"
          className="title-button"
          onClick={() => patchUi({ preferences: true })}
          data-testid="open-preferences"
        >
          {t('titleBar.preferences')}
        </button>
      </header>
      {error && (
        <div className="error-banner" role="alert" data-testid="error-banner">
          <span>{error}</span>
          <button type="button" className="link" onClick={() => app.error.set(null)}>
            {t('dismiss')}
          </button>
        </div>
      )}
      {notice && (
        <div className="notice-banner" role="status" data-testid="notice-banner">
          <span>{notice}</span>
          <button type="button" className="link" onClick={() => app.notice.set(null)}>
            {t('dismiss')}
          </button>
        </div>
      )}
      <main className={guidelinesOpen ? 'workbench with-guidelines' : 'workbench'}>
        <DocumentList
          documents={session.documents}
          tagCounts={app.tagCounts}
          openId={editing?.document.meta.id ?? null}
          onOpen={(id) => {
            leaveReview()
            void app.openDocument(id)
          }}
          onImportClick={() => fileInput.current?.click()}
          onImportFolderClick={() => app.run('importFolder')}
        />
        {review.kind === 'reviewing' ? (
          <ReviewWorkbench
            key={review.session.documentId}
            app={app}
            session={review.session}
            schema={session.tagSchema}
          />
        ) : editing ? (
          <Workbench
            key={`${editing.document.meta.id}/${editing.openSet?.name ?? ''}`}
            app={app}
            editing={editing}
            schema={session.tagSchema}
          />
        ) : (
          <NoDocument
            onOpenText={() => fileInput.current?.click()}
            onImportFolder={() => app.run('importFolder')}
            onOpenGuidelines={() => patchUi({ guidelines: true })}
          />
        )}
        {guidelinesOpen && <GuidelinesPanel onClose={() => patchUi({ guidelines: false })} />}
      </main>
      <LiveStatusBar annotator={session.annotator} workspacePath={session.workspacePath}>
        <SaveCopyButton app={app} api={api} />
      </LiveStatusBar>
      <Recovery app={app} api={api} />
      <SourceTextChanges app={app} api={api} />
      {dialog === 'annotator' && (
        <AnnotatorDialog
          initialName={session.annotator ?? session.suggestedAnnotator}
          firstStart={!session.annotator}
          onSave={(name) => void app.setAnnotator(name)}
          onCancel={session.annotator ? () => app.dialog.set('none') : undefined}
        />
      )}
      {exporting && (
        <ExportDialog
          api={api}
          documentId={editing?.document.meta.id ?? null}
          annotator={session.annotator}
          onClose={() => patchUi({ exporting: false })}
        />
      )}
      {importing && <ImportAnnotationsDialog api={api} onClose={() => patchUi({ importing: false })} />}
      <ReviewDialogs app={app} />
      {settingsOpen && (
        <SchemaEditor
          schema={session.tagSchema}
          onSave={(s) => app.saveTagSchema(s)}
          onClose={() => patchUi({ settings: false })}
        />
      )}
      {preferencesOpen && (
        <PreferencesDialog
          preferences={session.preferences}
          onChange={(p) => void app.savePreferences(p)}
          onClose={() => patchUi({ preferences: false })}
        />
      )}
      {paletteOpen && (
        <CommandPalette
          commands={[allCommands]}
          context={commandContext}
          onClose={() => patchUi({ commandPalette: false })}
        />
      )}
      {guide.open && (
        <FirstRunGuide
          onClose={guide.close}
          onOpenGuidelines={() => {
            guide.close()
            patchUi({ guidelines: true })
          }}
        />
      )}
      <ImportFolder
        api={api}
        requests={app.folderPickerRequests}
        onImported={(id) => void app.showImported(id)}
      />
      <input
        ref={fileInput}
        type="file"
        hidden
        multiple
        accept={`${SOURCE_ACCEPT},text/plain,text/markdown,text/html`}
        data-testid="file-input"
        onChange={(event) => {
          void app.importFiles([...(event.target.files ?? [])])
          event.target.value = ''
        }}
      />
    </div>
  )
}
