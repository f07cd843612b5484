// The main window: documents on the left, the text in the middle, its annotations on the right, the
// status bar below. State lives in the AppController; this file only lays it out.
import { useEffect, useRef, useState } from 'react'
import type { TagSchema } from '@shared/model/tag-schema'
import type { AnnotationEditing } from './state/annotation-editing'
import { api } from './api/api'
import { StatusBar } from './components/StatusBar'
import { AnnotationList } from './features/annotation-list/AnnotationList'
import { AnnotatorDialog } from './features/annotator/AnnotatorDialog'
import { DocumentList } from './features/documents/DocumentList'
import { TextView } from './features/document-view/TextView'
import type { TextSpan } from './features/document-view/selection-span'
import { TagPalette } from './features/tagging/TagPalette'
import { AppController } from './state/app-controller'
import { useStore } from './state/store'
import { useDeleteKey, useFileDrop } from './window-hooks'

/** One window, one controller. */
const app = new AppController(api)

export function App() {
  const fileInput = useRef<HTMLInputElement>(null)
  const session = useStore(app.session, (s) => s)
  const editing = useStore(app.editing, (e) => e)
  const error = useStore(app.error, (e) => e)
  const dialog = useStore(app.dialog, (d) => d)
  const save = useStore(app.saves.status, (s) => s)
  const [span, setSpan] = useState<TextSpan | null>(null)

  useEffect(() => {
    app.start().catch((e: unknown) => app.error.set(e instanceof Error ? e.message : String(e)))
    return app.filePickerRequests.subscribe(() => fileInput.current?.click())
  }, [])
  useFileDrop(onFilesDropped)
  useDeleteKey(editing)

  if (!session) return <div className="loading">Opening workspace…</div>
  const tag = (category: string): void => {
    if (span && editing) editing.add(category, span.start, span.end)
    window.getSelection()?.removeAllRanges()
    setSpan(null)
  }

  return (
    <div className="app">
      <header className="title-bar">
        <span className="brand">Parley</span>
        <span className="doc-name" data-testid="open-document-title">
          {editing?.document.meta.title ?? ''}
        </span>
      </header>
      {error && (
        <div className="error-banner" role="alert" data-testid="error-banner">
          <span>{error}</span>
          <button type="button" className="link" onClick={() => app.error.set(null)}>
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
        <section className="document-pane" aria-label="Text">
          {editing ? (
            <TextView key={editing.document.meta.id} editing={editing} onSpanSelected={setSpan} />
          ) : (
            <p className="empty-state">Open a text to start annotating.</p>
          )}
        </section>
        {editing && (
          <AnnotationPane key={editing.document.meta.id} editing={editing} schema={session.tagSchema} />
        )}
      </main>
      <StatusBar
        annotator={session.annotator}
        workspacePath={session.workspacePath}
        save={save}
        onChangeAnnotator={() => app.dialog.set('annotator')}
      />
      {span && (
        <TagPalette
          schema={session.tagSchema}
          position={{ left: span.rect.left, top: span.rect.bottom + 6 }}
          onPick={tag}
          onDismiss={() => setSpan(null)}
        />
      )}
      {dialog === 'annotator' && (
        <AnnotatorDialog
          initialName={session.annotator ?? session.suggestedAnnotator}
          firstStart={!session.annotator}
          onSave={(name) => void app.setAnnotator(name)}
          onCancel={session.annotator ? () => app.dialog.set('none') : undefined}
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

const onFilesDropped = (files: File[]): void => void app.importFiles(files)

function AnnotationPane({ editing, schema }: { editing: AnnotationEditing; schema: TagSchema }) {
  const state = useStore(editing.state, (s) => s)
  return (
    <AnnotationList
      schema={schema}
      annotations={state.annotations}
      selectedId={state.selectedId}
      onSelect={(id) => editing.select(id)}
    />
  )
}
