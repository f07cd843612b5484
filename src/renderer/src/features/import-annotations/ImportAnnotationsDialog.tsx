// File › Import Annotations…: a colleague's files (Parley JSON, JSONL or doccano, brat .ann + .txt, W3C
// JSON-LD) are validated first and imported all or nothing, each set under its annotator's name.
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useModalFocus } from '../../components/use-modal-focus'
import type { Bridge, ImportDone } from '@shared/ipc/contract'
import { formatList } from '../../i18n/format'

interface ImportAnnotationsDialogProps {
  readonly api: Bridge
  readonly onClose: () => void
}

export function ImportAnnotationsDialog({ api, onClose }: ImportAnnotationsDialogProps) {
  const dialog = useModalFocus<HTMLDivElement>(onClose)
  const { t } = useTranslation('import-annotations')
  const picker = useRef<HTMLInputElement>(null)
  const [files, setFiles] = useState<File[]>([])
  const [annotator, setAnnotator] = useState('')
  const [done, setDone] = useState<ImportDone | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const run = async (): Promise<void> => {
    setProblem(null)
    const payload = await Promise.all(
      files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
    )
    const result = await api.importAnnotations({ files: payload, annotator: annotator.trim() || null })
    if (result.ok) setDone(result.value)
    else setProblem(result.error.message)
  }
  return (
    <div className="modal-backdrop">
      <div
        className="modal wide"
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby="import-title"
        data-testid="import-dialog"
      >
        <h2 id="import-title">{t('title')}</h2>
        {done ? (
          <div data-testid="import-done">
            <p>
              {t('done', {
                annotations: t('annotationCount', { count: done.annotations }),
                documents: t('documentCount', { count: done.documents }),
                names: formatList(done.annotators, 'and'),
              })}
            </p>
            {done.notAnchored.length > 0 && (
              <p className="form-error">
                {t('notAnchored', {
                  count: done.notAnchored.length,
                  list: done.notAnchored.slice(0, 20).join('; '),
                })}
              </p>
            )}
          </div>
        ) : (
          <>
            <p className="hint">{t('formats')}</p>
            {/* The browser's own file button speaks the OS language: this one speaks the UI's. */}
            <input
              ref={picker}
              type="file"
              multiple
              hidden
              accept=".json,.jsonl,.ann,.txt,.jsonld"
              data-testid="import-files"
              onChange={(e) => setFiles([...(e.target.files ?? [])])}
            />
            <div className="file-choice">
              <button type="button" onClick={() => picker.current?.click()} data-testid="import-choose">
                {t('chooseFiles')}
              </button>
              <span className="hint" data-testid="import-chosen">
                {files.length === 0
                  ? t('noFiles')
                  : t('chosen', { count: files.length, names: files.map((f) => f.name).join(', ') })}
              </span>
            </div>
            <label className="stacked">
              {t('annotator')}
              <input
                value={annotator}
                onChange={(e) => setAnnotator(e.target.value)}
                placeholder={t('annotatorExample')}
                data-testid="import-annotator"
              />
            </label>
          </>
        )}
        {problem && (
          <pre className="form-error import-problems" role="alert" data-testid="import-problems">
            {problem}
          </pre>
        )}
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            {done ? t('close') : t('cancel')}
          </button>
          {!done && (
            <button
              type="button"
              className="primary"
              disabled={files.length === 0}
              onClick={() => void run()}
              data-testid="import-run"
            >
              {t('run')}
            </button>
          )}
        </div>
      </div>
    </div>
  )
}
