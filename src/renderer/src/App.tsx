// The main window: documents on the left, the open document's workbench, the status bar below. State
// lives in the AppController; this file only lays it out.
import { useEffect, useRef } from 'react'
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
import { SchemaEditor } from './features/settings/SchemaEditor'
import { patchUi, ui } from './state/ui-state'
import { Workbench } from './Workbench'

/** One window, one controller. */
const app = new AppController(api)
const onFilesDropped = (files: File[]): void => void app.importFiles(files)

export function App() {
  const fileInput = useRef<HTMLInputElement>(null)
  const session = useStore(app.session, (s) => s)
  const editing = useStore(app.editing, (e) => e)
  const error = useStore(app.error, (e) => e)
  const notice = useStore(app.notice, (n) => n)
  const dialog = useStore(app.dialog, (d) => d)
  const save = useStore(app.saves.status, (s) => s)
  const settingsOpen = useStore(ui, (s) => s.settings)
  const exporting = useStore(ui, (s) => s.exporting)
  const importing = useStore(ui, (s) => s.importing)

  useEffect(() => {
    app.start().catch((e: unknown) => app.error.set(e instanceof Error ? e.message : String(e)))
    return app.filePickerRequests.subscribe(() => fileInput.current?.click())
  }, [])
  useEffect(() => {
    if (session) applyHighlightStyles(session.tagSchema)
  }, [session])
  useFileDrop(onFilesDropped)

  if (!session) return <div className="loading">Opening workspace…</div>
  return (
    <div className="app">
      <header className="title-bar">
        <span className="brand">Parley</span>
        <span className="doc-name" data-testid="open-document-title">
          {editing?.document.meta.title ?? ''}
        </span>
        <span className="title-hint">
          Press <kbd>?</kbd> for shortcuts
        </span>
        <button
          type="button"
          className="title-button"
          onClick={() => patchUi({ importing: true })}
          data-testid="open-import"
        >
          Import…
        </button>
        <button
          type="button"
          className="title-button"
          onClick={() => patchUi({ exporting: true })}
          data-testid="open-export"
        >
          Export…
        </button>
        <button
          type="button"
          className="title-button"
          onClick={() => patchUi({ settings: true })}
          data-testid="open-settings"
        >
          Tag schema…
        </button>
      </header>
      {error && (
        <div className="error-banner" role="alert" data-testid="error-banner">
          <span>{error}</span>
          <button type="button" className="link" onClick={() => app.error.set(null)}>
            Dismiss
          </button>
        </div>
      )}
      {notice && (
        <div className="notice-banner" role="status" data-testid="notice-banner">
          <span>{notice}</span>
          <button type="button" className="link" onClick={() => app.notice.set(null)}>
            Dismiss
          </button>
        </div>
      )}
      <main className="workbench">
        <DocumentList
          documents={session.documents}
          openId={editing?.document.meta.id ?? null}
          onOpen={(id) => void app.openDocument(id)}
          onImportClick={() => fileInput.current?.click()}
        />
        {editing ? (
          <Workbench key={editing.document.meta.id} app={app} editing={editing} schema={session.tagSchema} />
        ) : (
          <p className="empty-state">Open a text to start annotating.</p>
        )}
      </main>
      <StatusBar
        annotator={session.annotator}
        workspacePath={session.workspacePath}
        save={save}
        onChangeAnnotator={() => app.dialog.set('annotator')}
      />
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
      {settingsOpen && (
        <SchemaEditor
          schema={session.tagSchema}
          onSave={(s) => app.saveTagSchema(s)}
          onClose={() => patchUi({ settings: false })}
        />
      )}
      <input
        ref={fileInput}
        type="file"
        hidden
        multiple
        accept=".txt,.md,text/plain,text/markdown"
        data-testid="file-input"
        onChange={(event) => {
          void app.importFiles([...(event.target.files ?? [])])
          event.target.value = ''
        }}
      />
    </div>
  )
}
