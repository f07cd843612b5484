// The documents of the workspace, and the way in for new texts: a button and drag-and-drop.
import type { DocumentSummary } from '@shared/model/document'

interface DocumentListProps {
  readonly documents: readonly DocumentSummary[]
  readonly openId: string | null
  readonly onOpen: (id: string) => void
  readonly onImportClick: () => void
}

export function DocumentList({ documents, openId, onOpen, onImportClick }: DocumentListProps) {
  return (
    <nav className="document-list" aria-label="Documents" data-testid="document-list">
      <div className="pane-header">
        <h2>Documents</h2>
        <button
          type="button"
          className="small"
          onClick={onImportClick}
          data-testid="open-text"
          title="Open Text… (Ctrl+O)"
        >
          Open text…
        </button>
      </div>
      {documents.length === 0 ? (
        <p className="empty-state">No documents yet. Open a .txt or .md file, or drop one on the window.</p>
      ) : (
        <ul>
          {documents.map((d) => (
            <li key={d.id}>
              <button
                type="button"
                className={d.id === openId ? 'doc current' : 'doc'}
                aria-current={d.id === openId ? 'page' : undefined}
                onClick={() => onOpen(d.id)}
                data-testid={`document-${d.id}`}
              >
                <span className="doc-title">{d.title}</span>
                <span className="doc-meta">
                  {d.length.toLocaleString()} chars · {d.encoding}
                  {d.annotationCount > 0 ? ` · ${d.annotationCount} tags` : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  )
}
