// The documents of the workspace, and the way in for new texts: a button and drag-and-drop.
import { useTranslation } from 'react-i18next'
import type { DocumentSummary } from '@shared/model/document'
import { displayShortcut } from '../../commands/command'
import { useStore, type Store } from '../../state/store'

interface DocumentListProps {
  readonly documents: readonly DocumentSummary[]
  /** Counts of the analyst's own sets heard from saves since the session was read (AppController.tagCounts). */
  readonly tagCounts: Store<ReadonlyMap<string, number>>
  readonly openId: string | null
  readonly onOpen: (id: string) => void
  readonly onImportClick: () => void
  readonly onImportFolderClick: () => void
}

export function DocumentList({
  documents,
  tagCounts,
  openId,
  onOpen,
  onImportClick,
  onImportFolderClick,
}: DocumentListProps) {
  const { t } = useTranslation('documents')
  const counts = useStore(tagCounts, (c) => c)
  return (
    <nav className="document-list" aria-label={t('title')} data-testid="document-list">
      <div className="pane-header">
        <h2>{t('title')}</h2>
        <button
          type="button"
          className="small"
          onClick={onImportClick}
          data-testid="open-text"
          title={t('openTitle', { shortcut: displayShortcut('Mod+O') })}
        >
          {t('openText')}
        </button>
        <button
          type="button"
          className="small"
          onClick={onImportFolderClick}
          data-testid="import-folder"
          title={t('openTitle', { ns: 'import-folder' })}
        >
          {t('open', { ns: 'import-folder' })}
        </button>
      </div>
      {documents.length === 0 ? (
        <p className="empty-state">{t('empty')}</p>
      ) : (
        <ul>
          {documents.map((d) => {
            const tags = counts.get(d.id) ?? d.annotationCount
            return (
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
                    {t('chars', { count: d.length })} · {d.encoding}
                    {tags > 0 ? ` · ${t('tags', { count: tags })}` : ''}
                  </span>
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </nav>
  )
}
