// File › Import Annotations…: a colleague's files (Parley JSON, JSONL or doccano, brat .ann + .txt, W3C
// JSON-LD) are validated first and imported all or nothing, each set under its annotator's name.
import { useState } from 'react'
import type { Bridge, ImportDone } from '@shared/ipc/contract'

interface ImportAnnotationsDialogProps {
  readonly api: Bridge
  readonly onClose: () => void
}

export function ImportAnnotationsDialog({ api, onClose }: ImportAnnotationsDialogProps) {
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
        role="dialog"
        aria-modal="true"
        aria-labelledby="import-title"
        data-testid="import-dialog"
      >
        <h2 id="import-title">Import annotations</h2>
        {done ? (
          <div data-testid="import-done">
            <p>
              Imported {done.annotations} annotations on {done.documents} document
              {done.documents === 1 ? '' : 's'} by {done.annotators.join(', ')}.
            </p>
            {done.notAnchored.length > 0 && (
              <p className="form-error">
                {done.notAnchored.length} spans could not be found in the changed text and were not imported:{' '}
                {done.notAnchored.slice(0, 20).join('; ')}
              </p>
            )}
          </div>
        ) : (
          <>
            <p className="hint">
              Parley JSON (.json), JSONL or doccano (.jsonl), brat (.ann with its .txt), W3C Web Annotation
              (.jsonld).
            </p>
            <input
              type="file"
              multiple
              accept=".json,.jsonl,.ann,.txt,.jsonld"
              data-testid="import-files"
              onChange={(e) => setFiles([...(e.target.files ?? [])])}
            />
            <label className="stacked">
              Annotator, when the files do not say
              <input
                value={annotator}
                onChange={(e) => setAnnotator(e.target.value)}
                placeholder="e.g. Aïcha Benali"
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
            {done ? 'Close' : 'Cancel'}
          </button>
          {!done && (
            <button
              type="button"
              className="primary"
              disabled={files.length === 0}
              onClick={() => void run()}
              data-testid="import-run"
            >
              Import
            </button>
          )}
        </div>
      </div>
    </div>
  )
}
